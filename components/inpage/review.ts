/**
 * The pre-send review: a small dialog anchored to the compose window, in its
 * own shadow root outside the editor. It lists the serious findings with the
 * in-page card (Apply / Ignore / Turn off this rule), and offers "Send anyway"
 * and "Back to editing" (Esc). Plain DOM, like the rest of the in-page UI, so
 * the content script stays small; rule text is only ever set as text.
 */
import { t } from '@/components/i18n';
import { categoryLabel } from '@/components/labels';
import type { Finding, RuleOrigin } from '@/rules';
import type { BlockingFinding, ReviewActions, ReviewHandle } from '@/utils/presend';
import { createHost, E2E_BUILD, isTrusted } from './host';
import { OVERLAY_CSS } from './overlay.css';
import { REVIEW_CSS } from './review.css';
import { renderCard, trusted } from './ui';

export interface ReviewFinding extends BlockingFinding {
  finding: Finding;
  origin?: RuleOrigin;
}

export interface ReviewCallbacks {
  /** Applies a suggestion through the editor's editing path; false/reason when it no longer fits. */
  apply(key: string, replacement: string, remove?: boolean, index?: number): { ok: true } | { ok: false; reason: string };
  ignore(key: string): void;
  disableRule(ruleId: string): void;
  /** Takes back disableRule. */
  enableRule(ruleId: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

let seq = 0;

export function mountReview<F extends ReviewFinding>(
  anchor: HTMLElement,
  initial: F[],
  actions: ReviewActions<F>,
  callbacks: ReviewCallbacks,
  /** The client's Send button: the review never covers it. */
  sendButton?: HTMLElement | null,
): ReviewHandle<F> {
  const doc = anchor.ownerDocument;
  const { host, root: shadow } = createHost(doc, 'review');
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS + REVIEW_CSS;
  const id = `helder-review-${++seq}`;

  const box = el('div', 'review');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'false');
  box.setAttribute('aria-labelledby', `${id}-title`);
  box.setAttribute('aria-describedby', `${id}-intro`);
  box.tabIndex = -1;
  const head = el('div', 'rhead');
  const title = el('h2', undefined, t('review_title'));
  title.id = `${id}-title`;
  const intro = el('p');
  intro.id = `${id}-intro`;
  head.append(title, intro);
  const items = el('div', 'items');
  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  const foot = el('div', 'rfoot');
  const hint = el('span', 'hint', t('review_hint'));
  const back = el('button', 'back', t('review_back'));
  back.type = 'button';
  const send = el('button', 'send');
  send.type = 'button';
  foot.append(hint, back, send);
  box.append(head, items, status, foot);
  shadow.append(style, box);

  let findings: F[] = initial;
  let closed = false;
  let frame = 0;

  /** Any failure inside the review closes it (see presend.ts); the writer is never stuck. */
  const safe =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        fn(...args);
      } catch (err) {
        actions.crashed(err);
      }
    };

  const afterAction = () => {
    actions.refresh();
    if (!closed) box.focus();
  };

  function render(): void {
    const clear = findings.length === 0;
    box.classList.toggle('clear', clear);
    intro.textContent = clear
      ? t('review_allFixed')
      : findings.length === 1
        ? t('review_introOne')
        : t('review_introMany', String(findings.length));
    send.textContent = clear ? t('review_send') : t('review_sendAnyway');
    items.replaceChildren();
    for (const f of findings) {
      const take = (replacement: string, remove: boolean, index = 0) => {
        const res = callbacks.apply(f.key, replacement, remove, index);
        status.classList.toggle('problem', !res.ok);
        status.textContent = res.ok ? t('review_applied') : t('review_applyFailed');
        afterAction();
      };
      const card = renderCard(f.finding, f.key, f.origin, {
        apply: safe((replacement: string, index: number) => take(replacement, false, index)),
        remove: safe(() => take('', true)),
        ignore: safe(() => {
          callbacks.ignore(f.key);
          status.classList.remove('problem');
          status.textContent = '';
          afterAction();
        }),
        disableRule: safe((ruleId: string) => {
          callbacks.disableRule(ruleId);
          status.classList.remove('problem');
          // Says so, with Undo, where it was done.
          const undo = el('button', 'undo', t('card_undo'));
          undo.type = 'button';
          trusted(
            undo,
            'click',
            safe(() => {
              callbacks.enableRule(ruleId);
              status.textContent = '';
              afterAction();
            }),
          );
          status.replaceChildren(document.createTextNode(`${t('card_ruleOff', categoryLabel(f.finding.category))} `), undo);
          afterAction();
        }),
        enableRule: () => {},
        close: safe(() => actions.back()),
        open: () => {},
      });
      // Inside the review a card is a section of this dialog, not a dialog of its own, and has no close button.
      card.setAttribute('role', 'group');
      card.querySelector('.close')?.remove();
      // Which words: the review is read away from the underlines.
      if (f.finding.scope === 'span') card.querySelector('.head')?.after(el('p', 'quote', `“${f.finding.text}”`));
      items.append(card);
    }
  }

  function place(): void {
    frame = 0;
    if (closed) return;
    const gap = 8;
    const r = anchor.getBoundingClientRect();
    const send = sendButton?.isConnected ? sendButton.getBoundingClientRect() : null;
    const vw = doc.documentElement.clientWidth || innerWidth;
    const vh = doc.documentElement.clientHeight || innerHeight;
    const width = Math.min(440, vw - 2 * gap);
    let left: number;
    let bottomY: number | null = null; // the review's bottom edge, or
    let topY: number | null = null; // its top edge
    if (vw - r.right >= width + 2 * gap || r.left >= width + 2 * gap) {
      // Beside the compose window: the draft stays readable while the writer fixes it.
      left = vw - r.right >= width + 2 * gap ? r.right + gap : r.left - width - gap;
      bottomY = Math.min(vh - gap, Math.max(r.bottom, 240));
    } else {
      // Over the compose window, above its Send button (never on top of it), or below when there is no room above.
      left = Math.max(gap, Math.min(r.left + gap, vw - width - gap));
      const above = (send ? send.top : r.bottom) - gap;
      const belowTop = (send ? send.bottom : r.bottom) + gap;
      if (above - gap >= 240 || above >= vh - belowTop) bottomY = Math.min(vh - gap, Math.max(above, 160));
      else topY = Math.max(gap, belowTop);
    }
    box.style.left = `${left}px`;
    box.style.width = `${width}px`;
    if (bottomY !== null) {
      box.style.top = '';
      box.style.bottom = `${vh - bottomY}px`;
      box.style.maxHeight = `${Math.min(620, bottomY - gap)}px`;
    } else {
      box.style.bottom = '';
      box.style.top = `${topY}px`;
      box.style.maxHeight = `${Math.min(620, vh - (topY as number) - gap)}px`;
    }
  }
  const schedule = () => {
    if (!frame && !closed) frame = requestAnimationFrame(safe(place));
  };

  // Only the writer's own clicks and keys: a page script can't press "Send anyway" for them.
  trusted(
    send,
    'click',
    safe(() => actions.sendAnyway()),
  );
  trusted(
    back,
    'click',
    safe(() => actions.back()),
  );
  box.addEventListener(
    'keydown',
    safe((e: KeyboardEvent) => {
      if (e.key === 'Escape' && isTrusted(e)) {
        e.preventDefault();
        actions.back();
      }
    }),
  );
  // Keys typed in the review (placeholder fields, Esc) are not the page's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation());

  render();
  // e2e build only: a review that mounts invisibly, to exercise the deadline (see utils/presend.ts).
  if (E2E_BUILD && doc.documentElement.dataset.helderTestFailReview === 'hidden') host.style.setProperty('display', 'none', 'important');
  doc.documentElement.append(host);
  place();
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });
  box.focus();

  return {
    isVisible() {
      if (closed || !host.isConnected || !box.isConnected) return false;
      const view = doc.defaultView;
      const hs = view?.getComputedStyle(host);
      const bs = view?.getComputedStyle(box);
      return hs?.display !== 'none' && hs?.visibility !== 'hidden' && bs?.display !== 'none' && bs?.visibility !== 'hidden';
    },
    update(next) {
      findings = next;
      render();
    },
    focus() {
      box.focus();
    },
    close() {
      closed = true;
      if (frame) cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', schedule);
      host.remove();
    },
  };
}
