/**
 * UI strings through the browser's own i18n (components/public/_locales), so
 * the UI follows the browser language (Dutch or English, English otherwise).
 */
import { browser } from 'wxt/browser';
import { countMessage } from './count';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions as never) || key;
  } catch {
    return key;
  }
}

/** A message with a count in it, in the right form for one ("1 problem"): see `countMessage`. */
export function tn(key: string, n: number, rest: string[] = []): string {
  return countMessage(t, key, n, rest);
}

export function uiLang(): 'nl' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
  } catch {
    return 'en';
  }
}
