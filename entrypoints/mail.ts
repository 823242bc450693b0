/**
 * The content script of the mail pages, listed in the manifest by wxt.config.ts
 * (`MAIL_PAGES`). It is an unlisted script rather than a WXT content script
 * (defineContentScript) on purpose: WXT 0.20's content-script context posts
 * `{ type: "<extension id>:content:wxt:content-script-started", … }` to the
 * page with window.postMessage when it starts, so any page script could tell
 * that Helder runs and which extension it is (fingerprinting). Helder uses
 * nothing of that context, and an unlisted script has none.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_CSS } from '@/components/inpage/overlay.css';
import { watchActiveRulesWith } from '@/utils/active-rules';
import { gmail } from '@/utils/adapters/gmail';
import { outlook } from '@/utils/adapters/outlook';
import { onMessage } from '@/utils/messaging';
import { builtinRuleSets } from './content/builtin';
import { type Coach, guard, startCoach } from './content/coach';
import { startPresend } from './content/presend';

export default defineUnlistedScript({
  async main() {
    try {
      const adapter = location.hostname === 'mail.google.com' ? gmail : outlook;
      const coach = await startCoach(adapter, OVERLAY_CSS);
      wire(coach);
      startPresend(coach, adapter); // Pre-send review (issue 6): utils/presend.ts, components/review/.
    } catch (e) {
      // Send is untouched (the pre-send check is not installed); the popup says Helder is not running here.
      console.error('[Helder] could not start', e);
      try {
        onMessage('listDrafts', () => ({ host: location.hostname, drafts: [], notRunning: true }));
      } catch {
        // Nothing more to do: the popup then offers the scratch pad.
      }
    }
  },
});

function wire(coach: Coach): void {
  watchActiveRulesWith(
    builtinRuleSets,
    guard((rules) => coach.setRules(rules)),
  );
  // Compose windows come and go as the single-page app changes.
  let pending = 0;
  new MutationObserver(
    guard((records: MutationRecord[]) => {
      coach.onPageMutations(records); // moves and re-renders: at once, before the next frame
      if (pending) return;
      pending = window.setTimeout(() => {
        pending = 0;
        coach.scan();
      }, 200);
    }),
  ).observe(document.body, { childList: true, subtree: true });
  // Underlines follow scrolling (of any ancestor), resizing, zoom and late fonts.
  addEventListener('scroll', coach.render, { capture: true, passive: true });
  addEventListener('resize', coach.render, { passive: true });
  document.fonts?.addEventListener?.('loadingdone', coach.render);
  document.addEventListener(
    'click',
    guard((e: MouseEvent) => {
      const editor = (e.target as Element | null)?.closest?.('[contenteditable="true"]') as HTMLElement | null;
      if (editor && coach.drafts.has(editor)) coach.cardAt(editor, e.clientX, e.clientY);
    }),
    { capture: true, passive: true },
  );
  // Keyboard: Alt+Enter opens the card of the finding at the caret and moves focus into it.
  document.addEventListener(
    'keydown',
    guard((e: KeyboardEvent) => {
      // Esc in the draft closes an open card, list or notice (inside them, they handle Esc themselves).
      if (e.key === 'Escape' && e.isTrusted && coach.popoverOpen) {
        const editor = (e.target as Element | null)?.closest?.('[contenteditable="true"]') as HTMLElement | null;
        if (editor && coach.drafts.has(editor)) coach.closePopovers();
        return;
      }
      if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey) {
        const editor = (e.target as Element | null)?.closest?.('[contenteditable="true"]') as HTMLElement | null;
        if (editor && coach.drafts.has(editor)) {
          e.preventDefault();
          coach.cardAtCaret(true);
        }
      }
    }),
    { capture: true },
  );
  onMessage('listDrafts', () => ({ host: location.hostname, drafts: coach.listDrafts() }));
  onMessage('getDraftReport', ({ data }) => coach.report(data.draftId));
  onMessage('applySuggestion', ({ data }) => {
    const d = coach.byId(data.draftId);
    return d
      ? coach.apply(d, data.key, data.replacement, data.remove === true, typeof data.index === 'number' ? data.index : 0)
      : { ok: false as const, reason: 'This draft is closed.' };
  });
  onMessage('showFinding', ({ data }) => coach.show(data.draftId, data.key));
  onMessage('ignoreFinding', ({ data }) => coach.ignore(data.draftId, data.key));
}
