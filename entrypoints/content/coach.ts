/**
 * The in-page coach: finds compose editors, analyses the writer's own text
 * after a typing pause, and draws underlines, cards and a badge in an overlay
 * (a shadow root outside the editor). The editor DOM is only ever changed
 * through an accepted suggestion, via the browser's editing path.
 */

import { createHost } from '@/components/inpage/host';
import { renderBadge, renderCard, renderList, renderRuleOff, type UiHandlers } from '@/components/inpage/ui';
import { categoryLabel } from '@/components/labels';
import type { AnalyzeResult, Finding, MergedRules } from '@/rules';
import { takeOverEdit } from '@/rules/apply';
import { AnalysisTimeout, analyze, prepare } from '@/rules/engine/analyze';
import { SEVERITY_RANK } from '@/rules/types';
import type { Adapter } from '@/utils/adapters/types';
import { type ApplyResponse, type DraftReport, type DraftSummary, keyFindings } from '@/utils/messaging';
import { badgeShown, getSettings, type Settings, settingsItem, siteEnabled, updateSettings } from '@/utils/settings';
import { rangeFor, readText, type TextMap } from '@/utils/textmap';

export interface Draft {
  id: string;
  editor: HTMLElement;
  map: TextMap;
  result: AnalyzeResult | null;
  /** Findings shown (after settings and ignores), with their DOM ranges. */
  shown: Array<{ finding: Finding; key: string; range: Range }>;
  ignored: Set<string>;
  timer: number | undefined;
  observer: MutationObserver;
}

const DEBOUNCE_MS = 350;

/** Runs `fn`, logging instead of throwing: the page must keep working whatever happens here. */
export function guard<A extends unknown[], R>(fn: (...args: A) => R, fallback?: R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      console.error('[Helder]', e);
      return fallback;
    }
  };
}

export class Coach {
  readonly drafts = new Map<HTMLElement, Draft>();
  private rules: MergedRules | null = null;
  private settings: Settings | null = null;
  private layer: HTMLElement;
  private frame = 0;
  private seq = 0;
  private openCard: { draft: Draft; key: string } | null = null;
  private openList: Draft | null = null;
  /** The finding "Show" pointed at, and until when its underline flashes (it survives redraws from scrolling). */
  private flash: { key: string; until: number } | null = null;

  private readonly host: HTMLElement;

  constructor(
    private readonly adapter: Adapter,
    css: string,
  ) {
    const { host, root } = createHost(document, 'overlay');
    this.host = host;
    const style = document.createElement('style');
    style.textContent = css;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    root.append(style, this.layer);
  }

  /** Puts the overlay in the page, and back whenever the page removes it. */
  mount(): void {
    const put = guard(() => {
      if (!this.host.isConnected) {
        document.documentElement.append(this.host);
        this.render();
      }
    });
    put();
    new MutationObserver(put).observe(document.documentElement, { childList: true });
    // A page that replaces <body> or empties <html> deeper down: checked with every scan too.
    this.remount = put;
  }

  private remount: () => void = () => {};

  private get enabled(): boolean {
    return this.settings !== null && siteEnabled(this.settings, location.hostname);
  }

  setRules(rules: MergedRules): void {
    // Compiled in slices first, so a new rule set never blocks the page; the drafts are analysed when it is ready.
    prepare(rules.ruleSets).then(
      guard(() => {
        this.rules = rules;
        for (const d of this.drafts.values()) this.analyzeNow(d);
      }),
      (e: unknown) => console.error('[Helder] could not compile the rule sets', e),
    );
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.scan();
    for (const d of this.drafts.values()) this.analyzeNow(d);
  }

  /** Finds new compose editors and forgets removed ones. */
  scan = guard(() => {
    this.remount();
    if (this.enabled) for (const editor of this.adapter.findEditors(document)) if (!this.drafts.has(editor)) this.attach(editor);
    for (const [editor, d] of this.drafts)
      if (!editor.isConnected) {
        d.observer.disconnect();
        this.drafts.delete(editor);
      }
    this.render();
  });

  /**
   * The client moved or re-rendered part of the page (Gmail full screen and back, Outlook pop-out, a React
   * re-render). Runs from a MutationObserver, so before the next frame: a moved editor gets its ranges back
   * (they collapse when their nodes leave the document), a replacing editor takes over its draft.
   */
  onPageMutations = guard((records: MutationRecord[]) => {
    let moved: Set<Draft> | null = null;
    let newEditor = false;
    for (const rec of records) {
      for (const node of rec.removedNodes) {
        for (const d of this.drafts.values()) {
          if (!d.editor.isConnected && (node === d.editor || node.contains(d.editor))) this.replaceable.add(d);
        }
      }
      for (const node of rec.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as HTMLElement;
        for (const d of this.drafts.values()) {
          if (el === d.editor || el.contains(d.editor)) (moved ??= new Set()).add(d);
        }
        if (!newEditor && (el.isContentEditable || el.querySelector('[contenteditable="true"]'))) newEditor = true;
      }
    }
    if (moved) for (const d of moved) this.reanchor(d);
    if (newEditor) this.scan();
    this.replaceable.clear();
  });

  /** Drafts whose editor the client removed in the mutations being handled: a new editor may take them over. */
  private readonly replaceable = new Set<Draft>();

  /** Maps the draft's findings onto the editor's current DOM again (same text), or re-analyses it (changed text). */
  reanchor(d: Draft): void {
    if (!d.editor.isConnected || !d.result) return;
    const map = readText(d.editor, this.adapter.boundarySelector);
    if (map.text !== d.map.text) {
      this.analyzeNow(d);
      return;
    }
    d.map = map;
    for (const s of d.shown) {
      if (s.finding.scope !== 'span') {
        s.range = d.editor.ownerDocument.createRange();
        s.range.selectNodeContents(d.editor);
        continue;
      }
      const r = rangeFor(map, s.finding.start, s.finding.end);
      if (r) s.range = r;
    }
    this.render();
  }

  private attach(editor: HTMLElement): void {
    // An editor the client put in place of one it removed (a re-render) takes over that draft: same id,
    // same ignored findings, the card stays open.
    const text = readText(editor, this.adapter.boundarySelector).text;
    for (const d of this.replaceable) {
      const old = d.editor;
      if (old.isConnected || d.map.text !== text || this.drafts.get(old) !== d) continue;
      this.replaceable.delete(d);
      d.observer.disconnect();
      this.drafts.delete(old);
      d.editor = editor;
      d.observer.observe(editor, { childList: true, subtree: true, characterData: true });
      editor.addEventListener(
        'input',
        guard(() => this.schedule(d)),
      );
      this.drafts.set(editor, d);
      this.analyzeNow(d);
      return;
    }
    const draft: Draft = {
      id: `d${++this.seq}`,
      editor,
      map: { text: '', segments: [] },
      result: null,
      shown: [],
      ignored: new Set(),
      timer: undefined,
      // Observe only: catches changes the client makes without an input event.
      observer: new MutationObserver(guard(() => this.schedule(draft))),
    };
    draft.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    editor.addEventListener(
      'input',
      guard(() => this.schedule(draft)),
    );
    this.drafts.set(editor, draft);
    this.analyzeNow(draft);
  }

  private schedule(d: Draft): void {
    if (d.timer !== undefined) clearTimeout(d.timer);
    d.timer = window.setTimeout(
      guard(() => {
        d.timer = undefined;
        this.analyzeNow(d);
      }),
      DEBOUNCE_MS,
    );
  }

  analyzeNow = guard((d: Draft) => this.analyzeDraft(d));

  /**
   * Analyses the draft as it is now, within `budgetMs` (the review at Send).
   * False when the analysis could not finish in time: the draft keeps its
   * previous findings and nothing is drawn. Throws on any other failure.
   */
  analyzeWithin(d: Draft, budgetMs: number): boolean {
    try {
      this.analyzeDraft(d, performance.now() + budgetMs);
      return true;
    } catch (e) {
      if (e instanceof AnalysisTimeout) return false;
      throw e;
    }
  }

  private analyzeDraft(d: Draft, deadline?: number): void {
    if (!this.rules || !this.settings || !this.enabled) return;
    const map = readText(d.editor, this.adapter.boundarySelector);
    const lang = this.settings.lang === 'auto' ? undefined : this.settings.lang;
    // The engine caches per sentence, so only changed sentences are worked on again.
    const context = this.adapter.context(d.editor);
    d.result = analyze(map.text, { ruleSets: this.rules.ruleSets, lang, context, deadline });
    d.map = map;
    const show = new Set(this.settings.showSeverities);
    d.shown = [];
    for (const { finding, key } of keyFindings(d.result.findings)) {
      if (!show.has(finding.severity) || d.ignored.has(key)) continue;
      const range = finding.scope === 'span' ? rangeFor(d.map, finding.start, finding.end) : d.editor.ownerDocument.createRange();
      if (!range) continue;
      if (finding.scope === 'message') range.selectNodeContents(d.editor);
      d.shown.push({ finding, key, range });
    }
    d.shown.sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.finding.start - b.finding.start);
    this.render();
  }

  /** Re-positions everything on the next frame (scroll, resize, zoom, fonts, text changes). */
  render = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(
      guard(() => {
        this.frame = 0;
        this.paint();
      }),
    );
  };

  private handlers(d: Draft, key: string): UiHandlers {
    return {
      apply: (replacement, index) => this.apply(d, key, replacement, false, index),
      remove: () => this.apply(d, key, '', true),
      ignore: () => {
        d.ignored.add(key);
        this.openCard = null;
        this.analyzeNow(d);
        d.editor.focus();
      },
      disableRule: (ruleId) => {
        // The card gives way to a notice with Undo, in the same place: the writer can take it back from here.
        const s = d.shown.find((x) => x.key === key);
        const anchor = s?.range.getClientRects()[0];
        this.ruleOff = { draft: d, ruleId, name: s ? categoryLabel(s.finding.category) : ruleId, at: anchor ? anchor : null };
        this.openCard = null;
        this.focusPopover = true;
        void getSettings().then((st) => updateSettings({ disabledRules: [...new Set([...st.disabledRules, ruleId])] }));
        this.render();
      },
      enableRule: (ruleId) => {
        this.ruleOff = null;
        void getSettings().then((st) => updateSettings({ disabledRules: st.disabledRules.filter((r) => r !== ruleId) }));
        this.render();
        d.editor.focus();
      },
      close: () => this.closePopovers(d),
      open: (k) => {
        this.openCard = { draft: d, key: k };
        this.openList = null;
        this.focusPopover = true;
        this.render();
      },
    };
  }

  /** Esc or ×: closes the card, the list and the notice, and gives the writer back the draft. */
  closePopovers(d?: Draft): void {
    const draft = d ?? this.openCard?.draft ?? this.openList ?? this.ruleOff?.draft;
    this.openCard = null;
    this.openList = null;
    this.ruleOff = null;
    this.render();
    draft?.editor.focus();
  }

  get popoverOpen(): boolean {
    return !!(this.openCard || this.openList || this.ruleOff);
  }

  /** The popover (card, list or notice) drawn last, kept between paints so focus and typed values survive. */
  private popover: { id: string; el: HTMLElement } | null = null;
  /** Move focus into the popover at its next paint (opened from the keyboard or the list). */
  private focusPopover = false;
  private ruleOff: { draft: Draft; ruleId: string; name: string; at: DOMRect | null } | null = null;
  private badgeMenu: Draft | null = null;

  private paint(): void {
    const marks = document.createDocumentFragment();
    let popover: { id: string; make: () => HTMLElement; place: (el: HTMLElement) => void } | null = null;
    const host = location.hostname;
    if (this.enabled) {
      const badgeOn = this.settings ? badgeShown(this.settings, host) : true;
      for (const d of this.drafts.values()) {
        if (!d.result) continue;
        const clip = visibleBox(d.editor);
        if (!clip) continue;
        const send = this.adapter.sendButton(d.editor)?.getBoundingClientRect() ?? null;
        for (const s of d.shown) {
          if (s.finding.scope !== 'span') continue;
          for (const r of s.range.getClientRects()) {
            if (r.width === 0 || r.bottom < clip.top || r.top > clip.bottom || r.right < clip.left || r.left > clip.right) continue;
            // Never over a dialog or menu that covers the text (Settings, a client menu): only where the text shows.
            if (!this.showsAt(d.editor, r.left + Math.min(r.width / 2, 6), r.top + r.height / 2)) continue;
            const u = document.createElement('div');
            u.className = `u ${s.finding.severity}`;
            u.dataset.key = s.key;
            if (this.flash?.key === s.key && Date.now() < this.flash.until) u.classList.add('flash');
            u.dataset.draft = d.id;
            u.style.left = `${r.left}px`;
            u.style.top = `${r.bottom - 2}px`;
            u.style.width = `${r.width}px`;
            marks.append(u);
          }
        }
        let badgeBox: Box | null = null;
        if (badgeOn && this.showsAt(this.adapter.composeRoot(d.editor), clip.right - 8, clip.bottom - 8)) {
          const badge = renderBadge(
            d.result.score,
            d.shown.length,
            host,
            {
              toggleList: () => {
                this.openList = this.openList === d ? null : d;
                this.openCard = null;
                this.ruleOff = null;
                this.badgeMenu = null;
                this.focusPopover = true;
                this.render();
              },
              hideHere: () => {
                this.badgeMenu = null;
                const st = this.settings;
                if (st) void updateSettings({ badgeHiddenSites: [...new Set([...st.badgeHiddenSites, host])] });
                d.editor.focus();
              },
              hideEverywhere: () => {
                this.badgeMenu = null;
                void updateSettings({ badgeHidden: true });
                d.editor.focus();
              },
            },
            this.badgeMenu === d,
          );
          badge.dataset.draft = d.id;
          badgeBox = this.placeBadge(badge, d, clip, send);
          if (badgeBox) marks.append(badge);
        }
        if (this.openList === d) {
          popover = {
            id: `list:${d.id}:${d.shown.map((x) => x.key).join(',')}`,
            make: () => renderList(d.shown, this.handlers(d, '')),
            place: (el) => placeOutside(el, this.adapter.composeRoot(d.editor), clip, badgeBox, send),
          };
        }
        if (this.ruleOff?.draft === d) {
          const off = this.ruleOff;
          popover = {
            id: `off:${d.id}:${off.ruleId}`,
            make: () => renderRuleOff(off.name, off.ruleId, this.handlers(d, '')),
            place: (el) => placeNear(el, off.at ?? clip, send),
          };
        }
        if (this.openCard?.draft === d) {
          const s = d.shown.find((x) => x.key === this.openCard?.key);
          if (!s) this.openCard = null;
          else {
            const origin = this.rules?.origins[s.finding.ruleId];
            const rect = s.finding.scope === 'span' ? s.range.getClientRects()[0] : null;
            popover = {
              id: `card:${d.id}:${s.key}`,
              make: () => renderCard(s.finding, s.key, origin, this.handlers(d, s.key)),
              place: (el) => placeNear(el, rect ?? clip, send),
            };
          }
        }
      }
    }
    // Marks are redrawn; the popover is kept when it is the same one, so focus and typed values stay.
    for (const c of [...this.layer.children]) if (c !== this.popover?.el) c.remove();
    this.layer.prepend(marks);
    if (!popover) {
      this.popover?.el.remove();
      this.popover = null;
      return;
    }
    if (this.popover?.id !== popover.id) {
      // A new popover in place of one that had focus (the list after a re-analysis) takes the focus over.
      const root = this.layer.getRootNode() as ShadowRoot;
      if (this.popover && root.activeElement && this.popover.el.contains(root.activeElement)) this.focusPopover = true;
      this.popover?.el.remove();
      this.popover = { id: popover.id, el: popover.make() };
      this.layer.append(this.popover.el);
    }
    popover.place(this.popover.el);
    if (this.focusPopover) {
      this.focusPopover = false;
      // The first thing to act on: a suggestion's field or button, the first finding of the list, else any button.
      const el = this.popover.el;
      (
        (el.querySelector('.sugg input, .sugg button:not([disabled]), .item, .actions button') ??
          el.querySelector('button')) as HTMLElement | null
      )?.focus();
    }
  }

  /**
   * The badge goes where it covers no draft text and not the client's Send button: below the editor, above it,
   * beside it, or inside the editor's right margin where no line reaches. Null: no such place (not drawn).
   */
  private placeBadge(badge: HTMLElement, d: Draft, clip: Box, send: DOMRect | null): Box | null {
    badge.style.visibility = 'hidden';
    this.layer.append(badge);
    const { width: w, height: h } = badge.getBoundingClientRect();
    badge.remove();
    badge.style.visibility = '';
    const free = (b: Box) => b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight && !(send && overlaps(b, send));
    const outside: Box[] = [
      { left: clip.right - w, top: clip.bottom + 4, right: clip.right, bottom: clip.bottom + 4 + h },
      { left: clip.right - w, top: clip.top - h - 4, right: clip.right, bottom: clip.top - 4 },
      { left: clip.right + 6, top: clip.bottom - h, right: clip.right + 6 + w, bottom: clip.bottom },
    ];
    let at = outside.find((b) => free(b) && !overlaps(b, clip));
    if (!at) {
      // Inside the editor: a spot in the right margin, from the bottom up, that no line of text reaches.
      const r = document.createRange();
      r.selectNodeContents(d.editor);
      const lines = [...r.getClientRects()].filter((x) => x.width > 0 && x.bottom >= clip.top && x.top <= clip.bottom);
      for (let top = clip.bottom - h - 4; top >= clip.top && !at; top -= h / 2) {
        const b = { left: clip.right - w - 6, top, right: clip.right - 6, bottom: top + h };
        if (free(b) && !lines.some((l) => overlaps(b, l))) at = b;
      }
    }
    if (!at) return null;
    badge.style.left = `${at.left}px`;
    badge.style.top = `${at.top}px`;
    return at;
  }

  /** Whether `el` (or Helder's own overlay) is what the writer sees at a point, not something covering it. */
  private showsAt(el: HTMLElement, x: number, y: number): boolean {
    const top = document.elementFromPoint(x, y);
    if (!top) return true; // Outside the viewport: clipped elsewhere.
    return top === this.host || el.contains(top);
  }

  /** Shows the card of the finding under a point (click) or around the caret. */
  cardAt = guard((editor: HTMLElement, x: number, y: number) => {
    const d = this.drafts.get(editor);
    if (!d) return;
    const hit = d.shown.find(
      (s) =>
        s.finding.scope === 'span' &&
        [...s.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 3),
    );
    const next = hit ? { draft: d, key: hit.key } : null;
    if (next?.key !== this.openCard?.key) {
      this.openCard = next;
      this.render();
    }
  });

  cardAtCaret = guard((focus = false) => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const caret = sel.getRangeAt(0);
    const editor = [...this.drafts.keys()].find((e) => e.contains(caret.startContainer));
    if (!editor) return;
    const d = this.drafts.get(editor) as Draft;
    const hit = d.shown.find(
      (s) =>
        s.finding.scope === 'span' &&
        s.range.compareBoundaryPoints(Range.START_TO_START, caret) <= 0 &&
        s.range.compareBoundaryPoints(Range.END_TO_END, caret) >= 0,
    );
    if (!hit) return;
    this.openCard = { draft: d, key: hit.key };
    this.paint();
    if (focus) (this.layer.querySelector('.card button, .card input') as HTMLElement | null)?.focus();
  });

  /**
   * Replaces a finding's text through the editor's own editing path (undoable
   * with Ctrl+Z): with `replacement`, or, with `remove`, as the finding's own
   * "leave it out" edit says.
   */
  apply(d: Draft, key: string, replacement: string, remove = false, index = 0): ApplyResponse {
    const s = d.shown.find((x) => x.key === key);
    if (!s) return { ok: false, reason: 'The text changed; the suggestion no longer applies.' };
    const map = readText(d.editor, this.adapter.boundarySelector);
    const f = s.finding;
    if (map.text.slice(f.start, f.end) !== f.text) return { ok: false, reason: 'The text changed; the suggestion no longer applies.' };
    const edit = takeOverEdit(f, replacement, remove, index);
    if (!edit) return { ok: false, reason: 'This finding has nothing to leave out.' };
    const range = rangeFor(map, edit.start, edit.end);
    if (!range) return { ok: false, reason: 'The text changed; the suggestion no longer applies.' };
    d.editor.focus();
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    // Clients with their own undo stack record the text before Apply, and Apply, as steps of their own.
    guard(() => this.adapter.recordUndoStep?.(d.editor))();
    // An empty insertText deletes the selection, as the Delete key would.
    const ok = edit.text ? document.execCommand('insertText', false, edit.text) : document.execCommand('delete', false);
    guard(() => this.adapter.recordUndoStep?.(d.editor))();
    this.openCard = null;
    this.schedule(d);
    return ok ? { ok: true } : { ok: false, reason: 'The editor did not accept the change.' };
  }

  // --- messages from the popup ---
  listDrafts(): DraftSummary[] {
    return [...this.drafts.values()].map((d) => ({
      draftId: d.id,
      client: this.adapter.client,
      label: this.adapter.label(d.editor),
      score: d.result?.score ?? 100,
      findingCount: d.shown.length,
    }));
  }

  report(draftId: string): DraftReport | null {
    const d = this.byId(draftId);
    if (!d?.result) return null;
    const origins: DraftReport['origins'] = {};
    for (const f of d.result.findings) {
      const origin = this.rules?.origins[f.ruleId];
      if (origin) origins[f.ruleId] = origin;
    }
    return { draftId, text: d.map.text, result: d.result, ignored: [...d.ignored], origins };
  }

  byId(draftId: string): Draft | undefined {
    return [...this.drafts.values()].find((d) => d.id === draftId);
  }

  show(draftId: string, key: string): boolean {
    const d = this.byId(draftId);
    const s = d?.shown.find((x) => x.key === key);
    if (!d || !s) return false;
    (s.range.startContainer.parentElement ?? d.editor).scrollIntoView({ block: 'center' });
    this.openCard = { draft: d, key };
    this.flash = { key, until: Date.now() + 2000 };
    this.paint();
    return true;
  }

  ignore(draftId: string, key: string): boolean {
    const d = this.byId(draftId);
    if (!d) return false;
    d.ignored.add(key);
    this.analyzeNow(d);
    return true;
  }
}

/** The part of an element that is visible through its scrolling ancestors and the viewport. */
function visibleBox(el: HTMLElement): { left: number; top: number; right: number; bottom: number } | null {
  const r = el.getBoundingClientRect();
  let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (/(auto|scroll|hidden)/.test(style.overflow + style.overflowY + style.overflowX)) {
      const pr = p.getBoundingClientRect();
      box = {
        left: Math.max(box.left, pr.left),
        top: Math.max(box.top, pr.top),
        right: Math.min(box.right, pr.right),
        bottom: Math.min(box.bottom, pr.bottom),
      };
    }
  }
  box = {
    left: Math.max(box.left, 0),
    top: Math.max(box.top, 0),
    right: Math.min(box.right, innerWidth),
    bottom: Math.min(box.bottom, innerHeight),
  };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

type Box = { left: number; top: number; right: number; bottom: number };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Puts a popover below an anchor (above it when below would cover the client's Send button or not fit). */
function placeNear(el: HTMLElement, anchor: Box, send: DOMRect | null): void {
  const { width: w, height: h } = el.getBoundingClientRect();
  const left = Math.max(8, Math.min(anchor.left, innerWidth - w - 8));
  const below = { left, top: anchor.bottom + 6, right: left + w, bottom: anchor.bottom + 6 + h };
  const above = { left, top: anchor.top - 6 - h, right: left + w, bottom: anchor.top - 6 };
  const fits = (b: Box) => b.top >= 8 && b.bottom <= innerHeight - 8 && !(send && overlaps(b, send));
  const at = fits(below) ? below : fits(above) ? above : below;
  el.style.left = `${at.left}px`;
  el.style.top = `${Math.max(8, Math.min(at.top, innerHeight - h - 8))}px`;
}

/** The findings list: beside the compose window when there is room, so it covers no draft text; else near the badge. */
function placeOutside(el: HTMLElement, root: HTMLElement, clip: Box, badge: Box | null, send: DOMRect | null): void {
  const { width: w, height: h } = el.getBoundingClientRect();
  const r = root.getBoundingClientRect();
  const top = Math.max(8, Math.min(clip.top, innerHeight - h - 8));
  if (innerWidth - r.right >= w + 16) el.style.left = `${r.right + 8}px`;
  else if (r.left >= w + 16) el.style.left = `${r.left - w - 8}px`;
  else {
    placeNear(el, badge ?? clip, send);
    return;
  }
  el.style.top = `${top}px`;
}

export async function startCoach(adapter: Adapter, css: string): Promise<Coach> {
  const coach = new Coach(adapter, css);
  coach.mount();
  coach.setSettings(await getSettings());
  settingsItem.watch(guard((s: Settings | null) => s && getSettings().then((full) => coach.setSettings(full))));
  return coach;
}
