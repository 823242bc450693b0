/**
 * Popup state (zustand): which tab and draft the popup coaches, the draft's
 * latest report from the content script, and the actions that go back to it
 * through typed messaging. Without a content script (any non-mail tab) the
 * popup is a scratch pad.
 */
import { create } from 'zustand';
import type { DraftReport, DraftSummary } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import { t } from '../i18n';

export type Mode = 'loading' | 'draft' | 'scratch';

interface PopupState {
  tabId: number | null;
  mode: Mode;
  /** Host of the mail page, for the per-site switch; null where there is no content script. */
  host: string | null;
  /** The content script is in the tab but could not start there. */
  notRunning: boolean;
  drafts: DraftSummary[];
  draftId: string | null;
  report: DraftReport | null;
  /** A failure talking to the page, shown to the writer. */
  error: string | null;
  /** The outcome of the last action (Apply, Ignore, a closed draft), announced politely. */
  status: string | null;
  init(tabId: number | null): Promise<void>;
  select(draftId: string): Promise<void>;
  /** Asks the page again for its drafts and the chosen draft's latest analysis. */
  refresh(): Promise<void>;
  apply(key: string, replacement: string, remove?: boolean, index?: number): Promise<string | null>;
  show(key: string): Promise<void>;
  ignore(key: string): Promise<void>;
  /** Switch to the scratch pad by choice, even on a mail page. */
  scratch(): void;
}

const message = (e: unknown) => String((e as Error)?.message ?? e);

/** The content script's refusals (plain English) in the writer's language; anything else is shown as it came. */
const REFUSALS: Record<string, string> = {
  'The text changed; the suggestion no longer applies.': 'popup_textChanged',
  'This draft is closed.': 'popup_draftClosed',
  'The editor did not accept the change.': 'popup_editorRefused',
};
export const refusalText = (reason: string) => (REFUSALS[reason] ? t(REFUSALS[reason]) : reason);

/** How long after Apply the popup asks for the new analysis (the content script debounces for 350 ms). */
const AFTER_APPLY_MS = 500;

export const usePopup = create<PopupState>((set, get) => ({
  tabId: null,
  mode: 'loading',
  host: null,
  notRunning: false,
  drafts: [],
  draftId: null,
  report: null,
  error: null,
  status: null,

  async init(tabId) {
    set({ tabId, mode: 'loading', error: null, status: null });
    if (tabId === null) return set({ mode: 'scratch' });
    try {
      const { host, drafts, notRunning } = await sendMessage('listDrafts', undefined, tabId);
      if (notRunning) return set({ host, drafts: [], draftId: null, report: null, mode: 'scratch', notRunning: true });
      const keep = drafts.find((d) => d.draftId === get().draftId);
      const draftId = keep?.draftId ?? drafts[0]?.draftId ?? null;
      set({ host, drafts, draftId, report: null, mode: draftId ? 'draft' : 'scratch', notRunning: false });
      if (draftId) await get().refresh();
    } catch (e) {
      // No content script in this tab (not a mail page, or not loaded yet): scratch pad.
      console.debug('[Helder] no draft in tab', tabId, e);
      set({ mode: 'scratch', host: null, drafts: [], draftId: null, report: null, notRunning: false });
    }
  },

  async select(draftId) {
    set({ draftId, report: null, mode: 'draft', error: null, status: null });
    await get().refresh();
  },

  async refresh() {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return;
    try {
      // Compose windows open and close while the popup is open: follow them.
      const { drafts } = await sendMessage('listDrafts', undefined, tabId);
      if (get().draftId !== draftId) return;
      if (!drafts.some((d) => d.draftId === draftId)) {
        const next = drafts[0]?.draftId ?? null;
        set({ drafts, draftId: next, report: null, status: t('popup_draftClosed') });
        if (next) return get().refresh();
        return set({ mode: 'scratch' });
      }
      set({ drafts });
      const report = await sendMessage('getDraftReport', { draftId }, tabId);
      // null: the draft has not been analysed yet (rules still loading); keep what is shown.
      if (get().draftId === draftId && report?.draftId === draftId) set({ report, error: null });
    } catch (e) {
      set({ error: message(e) });
    }
  },

  async apply(key, replacement, remove, index) {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return t('popup_noDraft');
    try {
      const res = await sendMessage(
        'applySuggestion',
        { draftId, key, replacement, ...(remove && { remove: true }), ...(index && { index }) },
        tabId,
      );
      if (!res.ok) return refusalText(res.reason);
      set({ status: t('popup_applied') });
      // The content script re-analyses shortly after the edit.
      setTimeout(() => void get().refresh(), AFTER_APPLY_MS);
      return null;
    } catch (e) {
      return t('popup_pageError', message(e));
    }
  },

  async show(key) {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return;
    try {
      if (!(await sendMessage('showFinding', { draftId, key }, tabId))) set({ status: t('popup_showFailed') });
    } catch (e) {
      set({ error: message(e) });
    }
  },

  async ignore(key) {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return;
    try {
      if (await sendMessage('ignoreFinding', { draftId, key }, tabId)) {
        const report = get().report;
        set({ report: report && { ...report, ignored: [...report.ignored, key] }, status: t('popup_ignored') });
      }
    } catch (e) {
      set({ error: message(e) });
    }
  },

  scratch() {
    set({ mode: 'scratch', status: null });
  },
}));
