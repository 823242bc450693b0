/** The toolbar popup: the coach for the draft in the current tab, or a scratch pad. */
import { useEffect } from 'react';
import { t } from '../i18n';
import { useRules } from '../stores/rules';
import { useSettings } from '../stores/settings';
import { DraftView } from './DraftView';
import { QuickSettings } from './QuickSettings';
import { ScratchPad } from './ScratchPad';
import { usePopup } from './store';

/** How often the open popup asks the page for the draft's latest analysis. */
const REFRESH_MS = 1500;

export function Popup({ tabId }: { tabId: number | null }) {
  const { mode, host, drafts, init, refresh, scratch, select, notRunning } = usePopup();
  useEffect(() => useSettings.getState().connect(), []);
  useEffect(() => useRules.getState().connect(), []);
  useEffect(() => {
    void init(tabId);
  }, [init, tabId]);
  useEffect(() => {
    if (mode !== 'draft') return;
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [mode, refresh]);
  return (
    <div className="popup">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> Helder
        </h1>
        {mode === 'draft' && (
          <button type="button" className="link" onClick={scratch}>
            {t('popup_toScratch')}
          </button>
        )}
        {mode === 'scratch' && drafts.length > 0 && (
          <button type="button" className="link" onClick={() => void select(drafts[0]?.draftId ?? '')}>
            {t('popup_toDraft')}
          </button>
        )}
      </header>
      <main>
        {mode === 'loading' && <p className="muted">{t('popup_waiting')}</p>}
        {notRunning && host && (
          <p className="note" role="status">
            {t('popup_notRunning', host)}
          </p>
        )}
        {mode === 'draft' && <DraftView />}
        {mode === 'scratch' && <ScratchPad />}
      </main>
      <QuickSettings host={host} />
    </div>
  );
}
