/**
 * Pre-send interception: catches Send in the capture phase, before the mail
 * client's own (bubble-phase) listeners, and opens a review only when the
 * draft has serious findings. Written so it can never stand between the writer
 * and Send:
 *
 * - The decision is synchronous, at the moment of Send. If anything throws
 *   while deciding or while mounting the review, the event is left untouched
 *   and the client sends as usual (the event is only cancelled after the
 *   review is mounted).
 * - If the review is not visible within `deadlineMs`, or it crashes during
 *   its first render, the email is sent through the client's own path.
 * - Per compose window: idle → reviewing → sending → idle. While reviewing
 *   or sending, further Send gestures (a second Ctrl+Enter, a double click)
 *   are swallowed, so nothing is sent twice; "sending" ends when the client
 *   clears or closes the compose, or after `confirmMs` (the client refused,
 *   e.g. no recipient: then nothing is reported as sent and the draft stays).
 * - "Send anyway" replays a realistic click on the client's Send button
 *   (pointer/mouse down, up, click — the sequence InboxSDK uses for Gmail)
 *   while a flag lets exactly that synchronous dispatch through.
 *
 * Test switch, in the end-to-end test build only (`testSwitch`; the
 * production build has no such code, so a page can't switch the review off):
 * `<html data-helder-test-fail-review="1">` makes the review throw while
 * mounting; with `"hidden"` it mounts invisibly, so the deadline path sends.
 */

export type Phase = 'idle' | 'reviewing' | 'sending';
export type SendVia = 'click' | 'keyboard' | 'shortcut';

export interface PresendCompose {
  /** The compose window: contains the editor and the client's Send button. */
  root: HTMLElement;
  editor: HTMLElement;
}

export interface BlockingFinding {
  /** Stable identity within the draft (see `findingKey`). */
  key: string;
}

export interface ReviewHandle<F extends BlockingFinding> {
  /** True while the review is in the page and not hidden. */
  isVisible(): boolean;
  /** Shows a fresh list of findings (empty: nothing serious left). */
  update(findings: F[]): void;
  focus(): void;
  close(): void;
}

export interface ReviewActions<F extends BlockingFinding> {
  /** Send through the client's own path, exactly once, despite the findings. */
  sendAnyway(): void;
  /** Close the review and give the writer back the editor (Esc). */
  back(): void;
  /** Re-reads the draft after a fix; returns what still blocks and updates the review. */
  refresh(): F[];
  /** The review failed after it was shown: close it, never get stuck. */
  crashed(error: unknown): void;
}

export interface PresendOptions<F extends BlockingFinding> {
  doc?: Document;
  /** Off switch (settings): when false every event passes untouched. */
  enabled(): boolean;
  /** The compose window a node belongs to, if any. */
  composeOf(node: Node): PresendCompose | null;
  /** The client's Send button of a compose. */
  sendButton(compose: PresendCompose): HTMLElement | null;
  /**
   * Synchronous: analyses the current text and returns findings at or above
   * the threshold that the writer has not ignored. Throwing = send untouched.
   */
  getBlockingFindings(compose: PresendCompose): F[];
  /** Mounts the review synchronously. Throwing = send untouched. */
  openReview(compose: PresendCompose, findings: F[], actions: ReviewActions<F>): ReviewHandle<F>;
  /** Did the client send? Default: the compose or editor is gone, or the editor was emptied. */
  isSent?(compose: PresendCompose, textBefore: string): boolean;
  /** Called once the client really sent after "Send anyway" (never on a refused send). */
  onSent?(compose: PresendCompose): void;
  /** The e2e build's test switch (see the header); production passes none. */
  testSwitch?: () => string | undefined;
  /** How long the review may take to become visible before the email is sent anyway. */
  deadlineMs?: number;
  /** How long to wait for the client to confirm a send before assuming it refused. */
  confirmMs?: number;
  /** After a confirmed send, how long further Send gestures on that compose are still swallowed. */
  graceMs?: number;
  /** Before a send is confirmed, how long further Send gestures are swallowed (then they pass again). */
  holdMs?: number;
}

interface State<F extends BlockingFinding> {
  phase: Phase;
  compose: PresendCompose;
  review: ReviewHandle<F> | null;
  via: SendVia;
  /** A pointer press on Send was swallowed: swallow the rest of that click too. */
  press: number;
  /** Keys the writer chose to send anyway: they no longer block this draft. */
  acknowledged: Set<string>;
  /** After a failure of the review, the next Send passes untouched. */
  passNext: boolean;
  timers: number[];
  stopWatching: (() => void) | null;
  /** Selection in the editor when the review opened, restored on "Back to editing". */
  selection: Range | null;
}

const PRESS_EVENTS = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup']);
const LISTENED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keypress', 'keyup'] as const;
/** How long after a swallowed press the matching click is still considered part of it. */
const PRESS_MS = 1500;

export function log(message: string, error?: unknown): void {
  if (error === undefined) console.info(`[Helder] ${message}`);
  else console.error(`[Helder] ${message}`, error);
}

function editorText(editor: HTMLElement): string {
  return (editor.innerText ?? editor.textContent ?? '').trim();
}

function defaultIsSent(c: PresendCompose, textBefore: string): boolean {
  if (!c.root.isConnected || !c.editor.isConnected) return true;
  return textBefore !== '' && (c.editor.textContent ?? '').trim() === '';
}

function isCtrlEnter(e: KeyboardEvent): boolean {
  return (e.key === 'Enter' || e.keyCode === 13) && (e.ctrlKey || e.metaKey) && !e.altKey;
}

function isActivationKey(e: KeyboardEvent): boolean {
  return (e.key === 'Enter' || e.key === ' ' || e.keyCode === 13 || e.keyCode === 32) && !e.ctrlKey && !e.metaKey && !e.altKey;
}

function swallow(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/**
 * A realistic click on an element, as a mail client expects it: pointer and
 * mouse down/up, then click, at the element's centre with the primary button.
 */
export function simulateClick(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView ?? window;
  const r = el.getBoundingClientRect();
  const base: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
    clientX: r.left + r.width / 2,
    clientY: r.top + r.height / 2,
  };
  const Pointer = (view as unknown as { PointerEvent?: typeof PointerEvent }).PointerEvent;
  const Mouse = (view as unknown as { MouseEvent: typeof MouseEvent }).MouseEvent;
  const make = <E extends Event>(create: (init: MouseEventInit) => E): E => {
    try {
      return create({ ...base, view });
    } catch {
      return create(base); // Some DOM implementations refuse a foreign view object.
    }
  };
  const pointer = { pointerId: 1, pointerType: 'mouse', isPrimary: true };
  if (Pointer) el.dispatchEvent(make((i) => new Pointer('pointerdown', { ...i, ...pointer, buttons: 1 })));
  el.dispatchEvent(make((i) => new Mouse('mousedown', { ...i, buttons: 1 })));
  if (Pointer) el.dispatchEvent(make((i) => new Pointer('pointerup', { ...i, ...pointer })));
  el.dispatchEvent(make((i) => new Mouse('mouseup', i)));
  el.dispatchEvent(make((i) => new Mouse('click', { ...i, detail: 1 })));
}

export class Presend<F extends BlockingFinding> {
  private readonly doc: Document;
  private readonly states = new WeakMap<HTMLElement, State<F>>();
  /** Composes not idle, to close their reviews on dispose. */
  private readonly active = new Set<State<F>>();
  /** True while Helder itself replays a send: those events pass untouched. */
  private replaying = false;
  /** Key of a swallowed keydown: its keypress/keyup are swallowed too. */
  private swallowedKey: { key: string; at: number } | null = null;
  private readonly deadlineMs: number;
  private readonly confirmMs: number;
  private readonly graceMs: number;
  private readonly holdMs: number;

  constructor(private readonly opts: PresendOptions<F>) {
    this.doc = opts.doc ?? document;
    this.deadlineMs = opts.deadlineMs ?? 1000;
    this.confirmMs = opts.confirmMs ?? 4000;
    this.graceMs = opts.graceMs ?? 400;
    this.holdMs = Math.min(opts.holdMs ?? 1000, this.confirmMs);
  }

  /** Capture-phase listeners on window: they run before any listener of the page's elements. */
  install(): () => void {
    const win = this.doc.defaultView;
    if (!win) return () => {};
    for (const type of LISTENED) win.addEventListener(type, this.onEvent, { capture: true });
    return () => this.dispose();
  }

  dispose(): void {
    const win = this.doc.defaultView;
    for (const type of LISTENED) win?.removeEventListener(type, this.onEvent, { capture: true });
    for (const st of [...this.active]) this.toIdle(st);
  }

  /** The phase of the compose an element belongs to (for tests and diagnostics). */
  phaseOf(node: Node): Phase {
    const c = this.opts.composeOf(node);
    return (c && this.states.get(c.root)?.phase) || 'idle';
  }

  private state(c: PresendCompose): State<F> {
    let st = this.states.get(c.root);
    if (!st) {
      st = {
        phase: 'idle',
        compose: c,
        review: null,
        via: 'click',
        press: 0,
        acknowledged: new Set(),
        passNext: false,
        timers: [],
        stopWatching: null,
        selection: null,
      };
      this.states.set(c.root, st);
    }
    st.compose = c; // The editor may have been replaced by the client.
    return st;
  }

  /** The compose of the event being handled, to fail open if handling it throws after cancelling it. */
  private current: State<F> | null = null;
  /** Whether Helder cancelled the event being handled. */
  private cancelled = false;

  private readonly onEvent = (e: Event): void => {
    if (this.replaying) return;
    this.current = null;
    this.cancelled = false;
    try {
      this.handle(e);
    } catch (err) {
      log('pre-send check failed; the email is sent as usual', err);
      const st = this.current as State<F> | null;
      try {
        // If Helder already cancelled the event, the writer's Send must not be lost; if not, it goes on
        // to the client, and a review still open for this compose must not stay behind.
        if (st && this.cancelled && st.phase !== 'sending') this.failOpen(st);
        else if (st && st.phase === 'reviewing') this.toIdle(st);
      } catch (err2) {
        log('could not recover from a failure', err2);
      }
    } finally {
      this.current = null;
      this.cancelled = false;
    }
  };

  /** Classifies the event and acts on it. Cancels the event only as its very last step. */
  private handle(e: Event): { swallowed: boolean; st: State<F> | null } {
    const none = { swallowed: false, st: null };
    if (e.type === 'keyup' || e.type === 'keypress') {
      const k = this.swallowedKey;
      if (k && (e as KeyboardEvent).key === k.key && e.timeStamp - k.at < 2000) {
        if (e.type === 'keyup') this.swallowedKey = null;
        swallow(e);
        return { swallowed: true, st: null };
      }
      return none;
    }
    if (!this.opts.enabled()) return none;
    const target = e.target as Node | null;
    if (!target || typeof (target as Node).nodeType !== 'number') return none;
    const c = this.opts.composeOf(target);
    if (!c) return none;

    let via: SendVia | null = null;
    let press = false;
    if (e.type === 'keydown') {
      const k = e as KeyboardEvent;
      if (k.isComposing) return none;
      if (isCtrlEnter(k)) via = 'shortcut';
      else if (isActivationKey(k) && this.onSendButton(c, target)) via = 'keyboard';
    } else if (e.type === 'click') {
      if (this.onSendButton(c, target)) via = 'click';
    } else if (PRESS_EVENTS.has(e.type)) {
      if ((e as MouseEvent).button === 0 && this.onSendButton(c, target)) press = true;
    }
    if (!via && !press) return none;

    const st = this.state(c);
    this.current = st;
    const pass = { swallowed: false, st };
    const done = (): { swallowed: boolean; st: State<F> } => {
      swallow(e);
      this.cancelled = true;
      if (e.type === 'keydown') this.swallowedKey = { key: (e as KeyboardEvent).key, at: e.timeStamp };
      return { swallowed: true, st };
    };

    // A send is under way: never a second one.
    if (st.phase === 'sending') return done();
    // The review vanished (removed by the page?): never hold Send hostage; decide afresh.
    if (st.phase === 'reviewing' && !this.safeVisible(st.review as ReviewHandle<F>)) this.toIdle(st);
    if (st.phase === 'idle' && st.passNext) {
      if (via) st.passNext = false;
      return pass;
    }

    const recentPress = st.press !== 0 && e.timeStamp - st.press < PRESS_MS;
    if (press) {
      if (e.type === 'pointerup' || e.type === 'mouseup') return recentPress ? done() : pass;
      if (recentPress) return done(); // mousedown after its swallowed pointerdown
      const left = this.blocking(st);
      if (!left?.length) {
        st.press = 0;
        if (st.phase === 'reviewing') this.toIdle(st); // Everything fixed: this press sends.
        return pass;
      }
      // Swallow the whole click (some clients act on mousedown/mouseup); the review opens on its click.
      st.press = e.timeStamp;
      return done();
    }

    // A send gesture: click on Send, Enter/Space on Send, Ctrl/Cmd+Enter.
    const pressed = e.type === 'click' && recentPress;
    st.press = 0;
    const left = this.blocking(st);
    if (!left?.length) {
      if (st.phase === 'reviewing') this.toIdle(st); // The writer fixed everything: Send sends.
      if (pressed) {
        // Its press was swallowed: replay the whole click so the client sees a complete one.
        this.sendThroughClient(st);
        return done();
      }
      return pass;
    }
    if (st.phase === 'reviewing') {
      // Send again while the review is open: keep it open, send nothing.
      st.review?.update(left);
      st.review?.focus();
      return done();
    }
    st.via = via as SendVia;
    if (!this.open(st, left)) {
      if (pressed) {
        this.sendThroughClient(st);
        return done();
      }
      return pass; // The review could not be mounted: the event goes on untouched.
    }
    return done();
  }

  private onSendButton(c: PresendCompose, target: Node): boolean {
    const btn = this.opts.sendButton(c);
    return !!btn && btn.contains(target);
  }

  /** Findings that block, without those the writer already chose to send anyway; null when the check failed. */
  private blocking(st: State<F>): F[] | null {
    try {
      return this.opts.getBlockingFindings(st.compose).filter((f) => !st.acknowledged.has(f.key));
    } catch (err) {
      log('could not check the draft before sending; sending as usual', err);
      return null;
    }
  }

  /** Mounts the review. False (and nothing changed) when it could not be mounted. */
  private open(st: State<F>, findings: F[]): boolean {
    const c = st.compose;
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    st.selection = range && c.editor.contains(range.startContainer) ? range.cloneRange() : null;
    let review: ReviewHandle<F>;
    try {
      if (this.opts.testSwitch?.() === '1') throw new Error('test switch: the review fails');
      review = this.opts.openReview(c, findings, this.actionsFor(st));
    } catch (err) {
      log('the review could not be shown; sending as usual', err);
      return false;
    }
    st.review = review;
    st.phase = 'reviewing';
    this.active.add(st);
    // Fail open when the review is not visible in time.
    st.timers.push(
      (this.doc.defaultView ?? window).setTimeout(() => {
        if (st.review === review && st.phase === 'reviewing' && !this.safeVisible(review)) {
          log('the review did not appear in time; sending as usual');
          this.failOpen(st);
        }
      }, this.deadlineMs),
    );
    // Never leave a review behind a compose that was closed or discarded.
    st.timers.push(
      (this.doc.defaultView ?? window).setInterval(() => {
        if (st.phase === 'reviewing' && (!st.compose.root.isConnected || !this.opts.enabled())) this.toIdle(st);
      }, 500),
    );
    return true;
  }

  private safeVisible(review: ReviewHandle<F>): boolean {
    try {
      return review.isVisible();
    } catch {
      return false;
    }
  }

  private actionsFor(st: State<F>): ReviewActions<F> {
    return {
      sendAnyway: () => {
        if (st.phase !== 'reviewing') return;
        for (const f of this.blocking(st) ?? []) st.acknowledged.add(f.key);
        this.toIdle(st, true);
        this.sendThroughClient(st);
      },
      back: () => {
        if (st.phase !== 'reviewing') return;
        this.toIdle(st, true);
      },
      refresh: () => {
        const left = this.blocking(st) ?? [];
        try {
          st.review?.update(left);
        } catch (err) {
          this.crash(st, err);
        }
        return left;
      },
      crashed: (err) => this.crash(st, err),
    };
  }

  /** The review broke after it was shown: close it; the next Send passes untouched. */
  private crash(st: State<F>, err: unknown): void {
    log('the review failed; the next Send goes straight through', err);
    if (st.phase !== 'reviewing') return;
    if (!this.safeVisible(st.review as ReviewHandle<F>)) {
      this.failOpen(st); // It never showed: the writer pressed Send, so send.
      return;
    }
    this.toIdle(st, true);
    st.passNext = true;
  }

  /** The review failed before the writer could see it: send as they intended. */
  private failOpen(st: State<F>): void {
    if (st.phase === 'sending') return;
    this.toIdle(st);
    this.sendThroughClient(st);
  }

  private toIdle(st: State<F>, focusEditor = false): void {
    for (const t of st.timers) {
      clearTimeout(t);
      clearInterval(t);
    }
    st.timers = [];
    st.stopWatching?.();
    st.stopWatching = null;
    const review = st.review;
    st.review = null;
    st.phase = 'idle';
    this.active.delete(st);
    try {
      review?.close();
    } catch (err) {
      log('could not close the review', err);
    }
    if (focusEditor && st.compose.editor.isConnected) {
      try {
        st.compose.editor.focus();
        if (st.selection) {
          const sel = this.doc.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(st.selection);
        }
      } catch {
        // Focus is a courtesy; the draft itself is untouched.
      }
    }
  }

  /**
   * Sends through the client's own path: a realistic click on its Send
   * button (or, without one, the Ctrl+Enter it listens to). Exactly one:
   * only this synchronous dispatch passes Helder's listeners.
   */
  private sendThroughClient(st: State<F>): void {
    const c = st.compose;
    const textBefore = editorText(c.editor);
    st.phase = 'sending';
    this.active.add(st);
    this.replaying = true;
    try {
      const btn = this.opts.sendButton(c);
      if (btn?.isConnected) simulateClick(btn);
      else {
        const view = this.doc.defaultView ?? window;
        c.editor.dispatchEvent(
          new view.KeyboardEvent('keydown', {
            key: 'Enter',
            code: 'Enter',
            keyCode: 13,
            ctrlKey: true,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      }
    } catch (err) {
      log('could not trigger the client’s Send', err);
    } finally {
      this.replaying = false;
    }
    this.watchSend(st, textBefore);
  }

  /** Waits for the client to clear or close the compose; otherwise it refused and the draft stays as it is. */
  private watchSend(st: State<F>, textBefore: string): void {
    const view = this.doc.defaultView ?? window;
    const isSent = this.opts.isSent ?? defaultIsSent;
    const c = st.compose;
    let finished = false;
    const finish = (sent: boolean) => {
      if (finished) return;
      finished = true;
      cleanup();
      const settle = () => {
        if (st.phase === 'sending') {
          st.phase = 'idle';
          this.active.delete(st);
        }
      };
      // After a real send, a double click's second click (or a bounced key) must not send again.
      if (sent && this.graceMs > 0) st.timers.push(view.setTimeout(settle, this.graceMs));
      else settle();
      if (sent) {
        st.acknowledged.clear();
        try {
          this.opts.onSent?.(c);
        } catch (err) {
          log('onSent failed', err);
        }
      } else log('the mail client did not send (it may have refused, e.g. no recipient); the draft is unchanged');
    };
    const check = () => {
      try {
        if (isSent(c, textBefore)) finish(true);
      } catch (err) {
        log('could not tell whether the email was sent', err);
      }
    };
    // The writer typing again means the send is not under way (any more).
    const onInput = () => finish(isSent(c, textBefore));
    const interval = view.setInterval(check, 100);
    const timeout = view.setTimeout(() => finish(isSent(c, textBefore)), this.confirmMs);
    // Send gestures are held back only briefly: a client that refused (e.g. asks for a recipient)
    // must get the writer's next Send, even while Helder still watches for the send to happen.
    const hold = view.setTimeout(() => {
      if (st.phase === 'sending' && !finished) {
        st.phase = 'idle';
        this.active.delete(st);
      }
    }, this.holdMs);
    c.editor.addEventListener('input', onInput);
    const cleanup = () => {
      clearInterval(interval);
      clearTimeout(timeout);
      clearTimeout(hold);
      c.editor.removeEventListener('input', onInput);
    };
    st.stopWatching = () => finish(false);
    check();
  }
}

/** Installs pre-send interception; returns the controller (call `dispose()` to remove it). */
export function installPresend<F extends BlockingFinding>(opts: PresendOptions<F>): Presend<F> {
  const p = new Presend(opts);
  p.install();
  return p;
}
