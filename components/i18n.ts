/**
 * UI strings through the browser's own i18n (components/public/_locales), so
 * the UI follows the browser language (Dutch or English, English otherwise).
 */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions as never) || key;
  } catch {
    return key;
  }
}

export function uiLang(): 'nl' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
  } catch {
    return 'en';
  }
}
