/**
 * Popup state (zustand): which tab and draft the popup coaches, the draft's
 * latest report from the content script, and the actions that go back to it
 * through typed messaging. Without a content script (any non-mail tab) the
 * popup is a scratch pad.
 */
import { create } from 'zustand';
import type { DraftReport, DraftSummary } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';

export type Mode = 'loading' | 'draft' | 'scratch';

interface PopupState {
  tabId: number | null;
  mode: Mode;
  /** Host of the mail page, for the per-site switch; null in scratch mode. */
  host: string | null;
  drafts: DraftSummary[];
  draftId: string | null;
  report: DraftReport | null;
  /** A failure talking to the page, shown to the writer. */
  error: string | null;
  init(tabId: number | null): Promise<void>;
  select(draftId: string): Promise<void>;
  refresh(): Promise<void>;
  apply(key: string, replacement: string): Promise<string | null>;
  show(key: string): Promise<void>;
  ignore(key: string): Promise<void>;
  /** Switch to the scratch pad by choice, even on a mail page. */
  scratch(): void;
}

const message = (e: unknown) => String((e as Error)?.message ?? e);

export const usePopup = create<PopupState>((set, get) => ({
  tabId: null,
  mode: 'loading',
  host: null,
  drafts: [],
  draftId: null,
  report: null,
  error: null,

  async init(tabId) {
    set({ tabId, mode: 'loading', error: null });
    if (tabId === null) return set({ mode: 'scratch' });
    try {
      const { host, drafts } = await sendMessage('listDrafts', undefined, tabId);
      const keep = drafts.find((d) => d.draftId === get().draftId);
      const draftId = keep?.draftId ?? drafts[0]?.draftId ?? null;
      set({ host, drafts, draftId, mode: draftId ? 'draft' : 'scratch' });
      if (draftId) await get().refresh();
    } catch (e) {
      // No content script in this tab (not a mail page, or Helder is off there): scratch pad.
      console.debug('[Helder] no draft in tab', tabId, e);
      set({ mode: 'scratch', host: null, drafts: [], draftId: null, report: null });
    }
  },

  async select(draftId) {
    set({ draftId, report: null, mode: 'draft' });
    await get().refresh();
  },

  async refresh() {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return;
    try {
      const report = await sendMessage('getDraftReport', { draftId }, tabId);
      if (get().draftId === draftId) set({ report, error: report ? null : get().error });
    } catch (e) {
      set({ error: message(e) });
    }
  },

  async apply(key, replacement) {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return null;
    try {
      const res = await sendMessage('applySuggestion', { draftId, key, replacement }, tabId);
      // The content script re-analyses shortly after the edit.
      setTimeout(() => void get().refresh(), 500);
      return res.ok ? null : res.reason;
    } catch (e) {
      return message(e);
    }
  },

  async show(key) {
    const { tabId, draftId } = get();
    if (tabId === null || !draftId) return;
    await sendMessage('showFinding', { draftId, key }, tabId).catch((e) => set({ error: message(e) }));
  },

  async ignore(key) {
    const { tabId, draftId, report } = get();
    if (tabId === null || !draftId) return;
    try {
      if (await sendMessage('ignoreFinding', { draftId, key }, tabId))
        set({ report: report && { ...report, ignored: [...report.ignored, key] } });
    } catch (e) {
      set({ error: message(e) });
    }
  },

  scratch() {
    set({ mode: 'scratch' });
  },
}));
