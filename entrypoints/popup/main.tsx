import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { uiLang } from '@/components/i18n';
import { Popup } from '@/components/popup/Popup';
import '@/components/ui.css';

/** The tab to coach: `?tab=<id>` (used when the popup is opened as a page), else the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

document.documentElement.lang = uiLang();
const root = createRoot(document.getElementById('root') as HTMLElement);
void targetTab().then((tabId) => root.render(<Popup tabId={tabId} />));
