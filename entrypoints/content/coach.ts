/**
 * The in-page coach: finds compose editors, analyses the writer's own text
 * after a typing pause, and draws underlines, cards and a badge in an overlay
 * (a shadow root outside the editor). The editor DOM is only ever changed
 * through an accepted suggestion, via the browser's editing path.
 */
import { type AnalyzeResult, analyze, type Finding, type MergedRules, SEVERITY_RANK } from '@/rules';
import type { Adapter } from '@/utils/adapters/types';
import { type ApplyResponse, type DraftReport, type DraftSummary, keyFindings } from '@/utils/messaging';
import { getSettings, type Settings, settingsItem, siteEnabled, updateSettings } from '@/utils/settings';
import { rangeFor, readText, type TextMap } from '@/utils/textmap';
import { renderBadge, renderCard, renderList, type UiHandlers } from './ui';

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

  constructor(
    private readonly adapter: Adapter,
    private readonly host: HTMLElement,
    css: string,
  ) {
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    root.append(style, this.layer);
  }

  private get enabled(): boolean {
    return this.settings !== null && siteEnabled(this.settings, location.hostname);
  }

  setRules(rules: MergedRules): void {
    this.rules = rules;
    for (const d of this.drafts.values()) this.analyzeNow(d);
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.scan();
    for (const d of this.drafts.values()) this.analyzeNow(d);
  }

  /** Finds new compose editors and forgets removed ones. */
  scan = guard(() => {
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

  analyzeNow = guard((d: Draft) => {
    if (!this.rules || !this.settings || !this.enabled) return;
    d.map = readText(d.editor, this.adapter.boundarySelector);
    const lang = this.settings.lang === 'auto' ? undefined : this.settings.lang;
    // The engine caches per sentence, so only changed sentences are worked on again.
    d.result = analyze(d.map.text, { ruleSets: this.rules.ruleSets, lang, context: this.adapter.context(d.editor) });
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
  });

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
      apply: (replacement) => this.apply(d, key, replacement),
      ignore: () => {
        d.ignored.add(key);
        this.openCard = null;
        this.analyzeNow(d);
      },
      disableRule: (ruleId) => {
        this.openCard = null;
        void getSettings().then((s) => updateSettings({ disabledRules: [...new Set([...s.disabledRules, ruleId])] }));
      },
      close: () => {
        this.openCard = null;
        this.openList = null;
        this.render();
        d.editor.focus();
      },
      open: (k) => {
        this.openCard = { draft: d, key: k };
        this.openList = null;
        this.render();
      },
    };
  }

  private paint(): void {
    const active = document.activeElement;
    const focusInside = this.layer.getRootNode() instanceof ShadowRoot && (this.layer.getRootNode() as ShadowRoot).activeElement;
    this.layer.replaceChildren();
    if (!this.enabled) return;
    const badgeHidden = this.settings?.badgeHiddenSites.includes(location.hostname) ?? false;
    for (const d of this.drafts.values()) {
      if (!d.result) continue;
      const clip = visibleBox(d.editor);
      if (!clip) continue;
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
          this.layer.append(u);
        }
      }
      if (!badgeHidden && this.showsAt(this.adapter.composeRoot(d.editor), clip.right - 60, clip.bottom - 16)) {
        const badge = renderBadge(d.result.score, d.shown.length, () => {
          this.openList = this.openList === d ? null : d;
          this.openCard = null;
          this.render();
        });
        badge.dataset.draft = d.id;
        badge.style.left = `${clip.right - 96}px`;
        badge.style.top = `${clip.bottom - 26}px`;
        this.layer.append(badge);
      }
      if (this.openList === d) {
        const list = renderList(d.shown, this.handlers(d, ''));
        place(list, clip.right - 340, clip.bottom - 30, true);
        this.layer.append(list);
      }
      if (this.openCard?.draft === d) {
        const s = d.shown.find((x) => x.key === this.openCard?.key);
        if (!s) this.openCard = null;
        else {
          const origin = this.rules?.origins[s.finding.ruleId];
          const placeholders = this.rules?.ruleSets.find((r) => r.id === s.finding.ruleSetId)?.placeholders ?? {};
          const card = renderCard(s.finding, s.key, origin, placeholders, this.handlers(d, s.key));
          const rect = s.finding.scope === 'span' ? s.range.getClientRects()[0] : clip;
          place(card, rect ? rect.left : clip.left, rect ? rect.bottom + 6 : clip.top, false);
          this.layer.append(card);
        }
      }
    }
    if (focusInside && active) (this.layer.querySelector('[data-autofocus]') as HTMLElement | null)?.focus();
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

  /** Replaces a finding's text through the editor's own editing path (undoable with Ctrl+Z). */
  apply(d: Draft, key: string, replacement: string): ApplyResponse {
    const s = d.shown.find((x) => x.key === key);
    if (!s) return { ok: false, reason: 'The text changed; the suggestion no longer applies.' };
    const map = readText(d.editor, this.adapter.boundarySelector);
    const f = s.finding;
    if (map.text.slice(f.start, f.end) !== f.text) return { ok: false, reason: 'The text changed; the suggestion no longer applies.' };
    const range = rangeFor(map, f.replaceStart, f.replaceEnd);
    if (!range) return { ok: false, reason: 'The text changed; the suggestion no longer applies.' };
    d.editor.focus();
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    // Clients with their own undo stack record the text before Apply, and Apply, as steps of their own.
    guard(() => this.adapter.recordUndoStep?.(d.editor))();
    const ok = document.execCommand('insertText', false, replacement);
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
    const placeholders: DraftReport['placeholders'] = {};
    for (const f of d.result.findings) {
      const origin = this.rules?.origins[f.ruleId];
      if (origin) origins[f.ruleId] = origin;
      const set = this.rules?.ruleSets.find((r) => r.id === f.ruleSetId);
      if (set) placeholders[set.id] = set.placeholders;
    }
    return { draftId, text: d.map.text, result: d.result, ignored: [...d.ignored], origins, placeholders };
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

function place(el: HTMLElement, left: number, top: number, above: boolean): void {
  el.style.left = `${Math.max(8, Math.min(left, innerWidth - 350))}px`;
  if (above) el.style.bottom = `${Math.max(8, innerHeight - top)}px`;
  else el.style.top = `${Math.max(8, Math.min(top, innerHeight - 120))}px`;
}

export async function startCoach(adapter: Adapter, css: string): Promise<Coach> {
  const host = document.createElement('helder-overlay');
  document.documentElement.append(host);
  const coach = new Coach(adapter, host, css);
  coach.setSettings(await getSettings());
  settingsItem.watch(guard((s: Settings | null) => s && getSettings().then((full) => coach.setSettings(full))));
  return coach;
}
