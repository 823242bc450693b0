// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReview, type ReviewFinding } from '@/components/inpage/review';
import { asWriter, writerClick, writerInput } from './user';

// The review's logic, with the writer's clicks (see ./user.ts): open roots to look in, user events trusted.
vi.mock('@/components/inpage/host', async (importOriginal) => (await import('./user')).hostDouble(await importOriginal()));

import type { Finding } from '@/rules';
import {
  type BlockingFinding,
  installPresend,
  type Presend,
  type PresendCompose,
  type PresendOptions,
  type ReviewActions,
  type ReviewHandle,
} from '@/utils/presend';

/**
 * A fake compose that behaves like the fixtures: the page's listeners are
 * bubble-phase on the compose root and ignore defaultPrevented/isTrusted;
 * Gmail's Send is a div[role=button] with Enter/Space handled by the page,
 * Outlook's a real <button>; a send records the text and clears the editor.
 */
interface FakeCompose extends PresendCompose {
  send: HTMLElement;
  sent: Array<{ via: string; text: string }>;
  /** When set, the client refuses to send (like "no recipient"). */
  refuse: boolean;
}

function buildCompose(kind: 'gmail' | 'outlook', text = 'Hi Anna, as I already told you, restart.'): FakeCompose {
  const root = document.createElement('div');
  root.className = 'compose';
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.tabIndex = 1; // as Gmail's; jsdom only focuses elements with a tabindex
  editor.textContent = text;
  let send: HTMLElement;
  if (kind === 'gmail') {
    send = document.createElement('div');
    send.setAttribute('role', 'button');
    send.tabIndex = 1;
  } else {
    send = document.createElement('button');
    (send as HTMLButtonElement).type = 'button';
  }
  send.textContent = 'Send';
  send.className = 'send';
  root.append(send, editor);
  document.body.append(root);
  const c: FakeCompose = { root, editor, send, sent: [], refuse: false };
  const doSend = (via: string) => {
    if (c.refuse) return;
    c.sent.push({ via, text: editor.textContent ?? '' });
    editor.textContent = '';
  };
  send.addEventListener('click', () => doSend('click'));
  root.addEventListener('keydown', (e) => {
    const enter = e.key === 'Enter';
    if (enter && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      doSend('ctrl-enter');
      return;
    }
    if (kind === 'gmail' && (enter || e.key === ' ') && send.contains(e.target as Node)) {
      e.preventDefault();
      doSend('keyboard');
    }
  });
  return c;
}

interface FakeFinding extends BlockingFinding {
  text: string;
}

/** A minimal review: a visible element with the two buttons. */
function fakeReview(): {
  open: PresendOptions<FakeFinding>['openReview'];
  last: () => { el: HTMLElement; actions: ReviewActions<FakeFinding>; updates: FakeFinding[][] } | null;
  count: () => number;
} {
  let last: { el: HTMLElement; actions: ReviewActions<FakeFinding>; updates: FakeFinding[][] } | null = null;
  let count = 0;
  return {
    open(_c, findings, actions) {
      count++;
      const el = document.createElement('div');
      el.className = 'review';
      el.tabIndex = -1;
      document.body.append(el);
      const rec = { el, actions, updates: [findings] };
      last = rec;
      const handle: ReviewHandle<FakeFinding> = {
        isVisible: () => el.isConnected && el.style.display !== 'none',
        update: (f) => rec.updates.push(f),
        focus: () => el.focus(),
        close: () => el.remove(),
      };
      return handle;
    },
    last: () => last,
    count: () => count,
  };
}

function ctrlEnter(target: HTMLElement): boolean {
  return target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
}

function key(target: HTMLElement, k: 'Enter' | ' '): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true, cancelable: true }));
}

/** A real user's click: pointer and mouse down/up, then click. */
function userClick(target: HTMLElement): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
}

describe('pre-send interception', () => {
  let composes: FakeCompose[];
  let blocking: FakeFinding[];
  let presend: Presend<FakeFinding> | null;
  let review: ReturnType<typeof fakeReview>;
  let enabled: boolean;
  let getBlocking: () => FakeFinding[];

  function install(over: Partial<PresendOptions<FakeFinding>> = {}): Presend<FakeFinding> {
    presend = installPresend<FakeFinding>({
      enabled: () => enabled,
      composeOf: (node) => composes.find((c) => c.root.contains(node)) ?? null,
      sendButton: (c) => (c as FakeCompose).send,
      getBlockingFindings: () => getBlocking(),
      openReview: review.open,
      confirmMs: 300,
      deadlineMs: 200,
      ...over,
    });
    return presend;
  }

  beforeEach(() => {
    document.body.replaceChildren();
    delete document.documentElement.dataset.helderTestFailReview;
    composes = [];
    blocking = [{ key: 'blame|as i already told you|0', text: 'as I already told you' }];
    review = fakeReview();
    enabled = true;
    getBlocking = () => blocking;
    presend = null;
    vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    presend?.dispose();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  for (const kind of ['gmail', 'outlook'] as const) {
    describe(kind, () => {
      it('intercepts a click on Send in the capture phase and opens the review; nothing is sent', () => {
        const c = buildCompose(kind);
        composes.push(c);
        install();
        userClick(c.send);
        expect(c.sent).toEqual([]);
        expect(review.count()).toBe(1);
        expect(presend?.phaseOf(c.editor)).toBe('reviewing');
      });

      it('intercepts Ctrl+Enter and Cmd+Enter anywhere in the compose', () => {
        const c = buildCompose(kind);
        composes.push(c);
        install();
        expect(ctrlEnter(c.editor)).toBe(false); // cancelled
        expect(c.sent).toEqual([]);
        expect(review.count()).toBe(1);
        review.last()?.actions.back();
        c.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true, cancelable: true }));
        expect(c.sent).toEqual([]);
        expect(review.count()).toBe(2);
      });

      it('"Send anyway" sends exactly once through the client, with the text unchanged', () => {
        vi.useFakeTimers();
        const c = buildCompose(kind);
        composes.push(c);
        install();
        const text = c.editor.textContent;
        ctrlEnter(c.editor);
        review.last()?.actions.sendAnyway();
        expect(c.sent).toEqual([{ via: 'click', text }]);
        expect(review.last()?.el.isConnected).toBe(false);
        // The client cleared the editor (confirmed); a bounced second Send right after is still swallowed.
        userClick(c.send);
        ctrlEnter(c.editor);
        expect(c.sent).toHaveLength(1);
        vi.advanceTimersByTime(500);
        expect(presend?.phaseOf(c.editor)).toBe('idle');
      });

      it('a clean draft sends untouched by every way of sending', () => {
        blocking = [];
        const c = buildCompose(kind);
        composes.push(c);
        install();
        userClick(c.send);
        c.editor.textContent = 'next';
        ctrlEnter(c.editor);
        c.editor.textContent = 'third';
        if (kind === 'gmail') key(c.send, 'Enter');
        else c.send.click(); // a <button> turns Enter into a click natively
        c.editor.textContent = 'fourth';
        if (kind === 'gmail') key(c.send, ' ');
        else c.send.click();
        expect(c.sent.map((s) => s.via)).toEqual([
          'click',
          'ctrl-enter',
          kind === 'gmail' ? 'keyboard' : 'click',
          kind === 'gmail' ? 'keyboard' : 'click',
        ]);
        expect(review.count()).toBe(0);
      });

      it('does nothing when switched off', () => {
        enabled = false;
        const c = buildCompose(kind);
        composes.push(c);
        install();
        ctrlEnter(c.editor);
        expect(c.sent).toHaveLength(1);
        expect(review.count()).toBe(0);
      });
    });
  }

  it('Enter and Space on a focused Gmail Send button are intercepted, keyup included', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    const ups: string[] = [];
    c.root.addEventListener('keyup', (e) => ups.push(e.key));
    key(c.send, ' ');
    expect(c.sent).toEqual([]);
    expect(ups).toEqual([]); // the keyup of a swallowed Space never reaches the page
    expect(review.count()).toBe(1);
    review.last()?.actions.back();
    key(c.send, 'Enter');
    expect(c.sent).toEqual([]);
    expect(review.count()).toBe(2);
  });

  it('double Ctrl+Enter and double clicks while reviewing send nothing; then exactly one send', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    ctrlEnter(c.editor);
    ctrlEnter(c.editor);
    userClick(c.send);
    userClick(c.send);
    expect(c.sent).toEqual([]);
    expect(review.count()).toBe(1); // re-entrancy: the open review is reused, not stacked
    expect(review.last()?.updates.length).toBeGreaterThan(1);
    review.last()?.actions.sendAnyway();
    review.last()?.actions.sendAnyway(); // a double click on "Send anyway"
    expect(c.sent).toHaveLength(1);
  });

  it('while a send is in progress, further Send gestures are swallowed; the draft stays', () => {
    vi.useFakeTimers();
    const c = buildCompose('outlook');
    composes.push(c);
    // A client that takes its time: the click starts sending, the editor is cleared later.
    c.refuse = true; // no synchronous send
    c.send.addEventListener('click', () => {
      setTimeout(() => {
        c.sent.push({ via: 'async', text: c.editor.textContent ?? '' });
        c.editor.textContent = '';
      }, 150);
    });
    install({ confirmMs: 1000 });
    const text = c.editor.textContent;
    ctrlEnter(c.editor);
    review.last()?.actions.sendAnyway();
    expect(presend?.phaseOf(c.editor)).toBe('sending');
    expect(ctrlEnter(c.editor)).toBe(false);
    userClick(c.send);
    vi.advanceTimersByTime(200);
    expect(c.sent).toEqual([{ via: 'async', text }]);
    vi.advanceTimersByTime(600);
    expect(presend?.phaseOf(c.editor)).toBe('idle');
  });

  it('a refused send holds back further Send gestures only briefly', () => {
    vi.useFakeTimers();
    const c = buildCompose('outlook');
    composes.push(c);
    c.refuse = true;
    install({ confirmMs: 4000, holdMs: 1000 });
    ctrlEnter(c.editor);
    review.last()?.actions.sendAnyway();
    vi.advanceTimersByTime(500);
    c.refuse = false;
    userClick(c.send); // a bounce right after: held back
    expect(c.sent).toEqual([]);
    vi.advanceTimersByTime(600);
    // The client asked for a recipient, the writer added one and sends again: it goes through.
    userClick(c.send);
    expect(c.sent).toHaveLength(1);
    expect(review.count()).toBe(1);
  });

  it('if Helder throws after the review is open, the next Send reaches the client and the review closes', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install({
      openReview: (comp, f, a) => {
        const h = review.open(comp, f, a);
        return {
          ...h,
          update: () => {
            throw new Error('update broke');
          },
        };
      },
    });
    ctrlEnter(c.editor);
    expect(c.sent).toEqual([]);
    ctrlEnter(c.editor);
    expect(c.sent).toHaveLength(1);
    expect(review.last()?.el.isConnected).toBe(false);
    expect(presend?.phaseOf(c.editor)).toBe('idle');
  });

  it('when the client refuses to send, Helder does not pretend it sent: back to idle, draft kept', () => {
    vi.useFakeTimers();
    const c = buildCompose('gmail');
    composes.push(c);
    c.refuse = true;
    const onSent = vi.fn();
    install({ onSent, confirmMs: 500 });
    const text = c.editor.textContent;
    ctrlEnter(c.editor);
    review.last()?.actions.sendAnyway();
    expect(presend?.phaseOf(c.editor)).toBe('sending');
    vi.advanceTimersByTime(600);
    expect(presend?.phaseOf(c.editor)).toBe('idle');
    expect(onSent).not.toHaveBeenCalled();
    expect(c.editor.textContent).toBe(text);
    // The writer already chose to send these findings: the next Send goes straight to the client.
    c.refuse = false;
    ctrlEnter(c.editor);
    expect(c.sent).toEqual([{ via: 'ctrl-enter', text }]);
    expect(review.count()).toBe(1);
  });

  it('onSent is called once the client has really sent', () => {
    const c = buildCompose('outlook');
    composes.push(c);
    const onSent = vi.fn();
    install({ onSent });
    userClick(c.send);
    review.last()?.actions.sendAnyway();
    expect(onSent).toHaveBeenCalledTimes(1);
  });

  it('fails open: the check throws → the event passes untouched', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    getBlocking = () => {
      throw new Error('engine broke');
    };
    install();
    expect(ctrlEnter(c.editor)).toBe(false); // cancelled by the page itself, which sent
    expect(c.sent).toHaveLength(1);
    expect(review.count()).toBe(0);
  });

  it('fails open: the review throws while mounting → the event passes untouched', () => {
    const c = buildCompose('outlook');
    composes.push(c);
    install({
      openReview: () => {
        throw new Error('review broke');
      },
    });
    userClick(c.send);
    expect(c.sent).toEqual([{ via: 'click', text: 'Hi Anna, as I already told you, restart.' }]);
  });

  it('fails open with the test switch data-helder-test-fail-review="1", by every way of sending', () => {
    vi.useFakeTimers();
    document.documentElement.dataset.helderTestFailReview = '1';
    const c = buildCompose('gmail');
    composes.push(c);
    install({ testSwitch: () => document.documentElement.dataset.helderTestFailReview }); // as the e2e build wires it
    userClick(c.send);
    vi.advanceTimersByTime(1000);
    c.editor.textContent = 'again, as I already told you';
    ctrlEnter(c.editor);
    vi.advanceTimersByTime(1000);
    c.editor.textContent = 'and again';
    key(c.send, 'Enter');
    expect(c.sent.map((s) => s.via)).toEqual(['click', 'ctrl-enter', 'keyboard']);
    expect(review.count()).toBe(0);
  });

  it('in production the page cannot switch the review off: data-helder-test-fail-review is not read', () => {
    document.documentElement.dataset.helderTestFailReview = '1';
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    userClick(c.send);
    expect(review.count()).toBe(1);
    expect(c.sent).toEqual([]);
  });

  it('fails open: a review that is not visible in time → sent through the client after the deadline', () => {
    vi.useFakeTimers();
    const c = buildCompose('gmail');
    composes.push(c);
    install({
      openReview: (comp, f, a) => {
        const h = review.open(comp, f, a);
        (review.last() as { el: HTMLElement }).el.style.display = 'none';
        return h;
      },
    });
    ctrlEnter(c.editor);
    expect(c.sent).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(c.sent).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(presend?.phaseOf(c.editor)).toBe('idle');
  });

  it('a review removed by the page never holds Send hostage', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    ctrlEnter(c.editor);
    review.last()?.el.remove();
    blocking = [];
    ctrlEnter(c.editor);
    expect(c.sent).toHaveLength(1);
  });

  it('a review that crashes after it was shown closes, and the next Send goes straight through', () => {
    const c = buildCompose('outlook');
    composes.push(c);
    install();
    ctrlEnter(c.editor);
    review.last()?.actions.crashed(new Error('render failed'));
    expect(review.last()?.el.isConnected).toBe(false);
    expect(c.sent).toEqual([]);
    expect(presend?.phaseOf(c.editor)).toBe('idle');
    ctrlEnter(c.editor);
    expect(c.sent).toHaveLength(1);
  });

  it('after a fix, Send sends (clicking the client Send while the review is open)', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    userClick(c.send);
    expect(review.count()).toBe(1);
    // The writer applies the fix from the review.
    c.editor.textContent = 'Hi Anna, could you restart?';
    blocking = [];
    expect(review.last()?.actions.refresh()).toEqual([]);
    userClick(c.send);
    expect(c.sent).toEqual([{ via: 'click', text: 'Hi Anna, could you restart?' }]);
    expect(review.last()?.el.isConnected).toBe(false);
  });

  it('a click whose press was swallowed is replayed whole if the draft became clean (clients acting on mouseup)', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    const seen: string[] = [];
    for (const t of ['mousedown', 'mouseup', 'click']) c.send.addEventListener(t, () => seen.push(t));
    install();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'])
      c.send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
    expect(seen).toEqual([]); // the press of a blocked draft never reaches the page
    blocking = [];
    c.send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(c.sent).toHaveLength(1);
  });

  it('"Back to editing" closes the review and gives focus back to the editor with its selection', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    c.editor.focus();
    const r = document.createRange();
    r.setStart(c.editor.firstChild as Text, 3);
    r.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(r);
    ctrlEnter(c.editor);
    review.last()?.el.focus();
    review.last()?.actions.back();
    expect(document.activeElement).toBe(c.editor);
    expect(document.getSelection()?.getRangeAt(0).startOffset).toBe(3);
    expect(c.sent).toEqual([]);
    expect(presend?.phaseOf(c.editor)).toBe('idle');
  });

  it('events outside any compose, and other keys, are never touched', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    install();
    const other = document.createElement('button');
    document.body.append(other);
    expect(ctrlEnter(other)).toBe(true);
    const ev = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    c.editor.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    expect(review.count()).toBe(0);
  });

  it('several composes keep separate states', () => {
    const a = buildCompose('gmail');
    const b = buildCompose('gmail', 'clean');
    composes.push(a, b);
    getBlocking = () => (a.editor.textContent ? blocking : []);
    install({ getBlockingFindings: (c) => ((c as FakeCompose) === a ? blocking : []) });
    ctrlEnter(a.editor);
    ctrlEnter(b.editor);
    expect(a.sent).toEqual([]);
    expect(b.sent).toHaveLength(1);
    expect(presend?.phaseOf(a.editor)).toBe('reviewing');
    expect(presend?.phaseOf(b.editor)).toBe('idle');
  });

  it('dispose removes the listeners and closes open reviews', () => {
    const c = buildCompose('gmail');
    composes.push(c);
    const p = install();
    ctrlEnter(c.editor);
    p.dispose();
    presend = null;
    expect(review.last()?.el.isConnected).toBe(false);
    ctrlEnter(c.editor);
    expect(c.sent).toHaveLength(1);
  });
});

describe('the review dialog', () => {
  const finding: Finding = {
    ruleId: 'en.blame.already-told',
    ruleSetId: 'builtin-en',
    category: 'blame',
    severity: 'error',
    scope: 'span',
    start: 9,
    end: 30,
    text: 'as I already told you',
    message: 'This blames the reader.',
    hears: 'You are stupid.',
    suggestions: ['To avoid this next time, you can {step}.'],
    replaceStart: 9,
    replaceEnd: 30,
  };

  beforeEach(() => {
    document.body.replaceChildren();
    for (const h of document.querySelectorAll('helder-review')) h.remove();
    delete document.documentElement.dataset.helderTestFailReview;
  });

  function actions() {
    return { sendAnyway: vi.fn(), back: vi.fn(), refresh: vi.fn(() => []), crashed: vi.fn() } satisfies ReviewActions<ReviewFinding>;
  }

  it('renders the findings as text, with Send anyway / Back to editing, and focus inside', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const a = actions();
    const apply = vi.fn(() => ({ ok: true as const }));
    const h = mountReview(anchor, [{ key: 'k', finding: { ...finding, message: '<b>x</b>' } }], a, {
      apply,
      ignore: vi.fn(),
      disableRule: vi.fn(),
      enableRule: vi.fn(),
    });
    const root = document.querySelector('helder-review')?.shadowRoot as ShadowRoot;
    const dialog = root.querySelector('[role=dialog]') as HTMLElement;
    expect(dialog).toBeTruthy();
    expect(root.activeElement).toBe(dialog);
    expect(root.querySelector('b')?.textContent).not.toBe('x'); // rule text is never HTML
    expect(dialog.textContent).toContain('<b>x</b>');
    expect(h.isVisible()).toBe(true);
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['review_sendAnyway', 'review_back', 'card_apply', 'card_ignore']));
    // Fill the placeholder, apply.
    writerInput(root.querySelector('input') as HTMLInputElement, 'restart the laptop');
    writerClick(root.querySelector('button.primary') as HTMLButtonElement);
    expect(apply).toHaveBeenCalledWith('k', 'To avoid this next time, you can restart the laptop.', false, 0);
    expect(a.refresh).toHaveBeenCalled();
    writerClick(root.querySelector('.rfoot .send') as HTMLButtonElement);
    expect(a.sendAnyway).toHaveBeenCalledTimes(1);
    asWriter(dialog, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(a.back).toHaveBeenCalled();
    h.close();
    expect(document.querySelector('helder-review')).toBeNull();
    expect(h.isVisible()).toBe(false);
  });

  it("a script's click on Send anyway or Back to editing, or its Esc, does nothing (only the writer's own events count)", () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const a = actions();
    const h = mountReview(anchor, [{ key: 'k', finding }], a, {
      apply: vi.fn(),
      ignore: vi.fn(),
      disableRule: vi.fn(),
      enableRule: vi.fn(),
    });
    const root = document.querySelector('helder-review')?.shadowRoot as ShadowRoot;
    (root.querySelector('.rfoot .send') as HTMLButtonElement).click();
    (root.querySelector('.rfoot .back') as HTMLButtonElement).click();
    root.querySelector('[role=dialog]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(a.sendAnyway).not.toHaveBeenCalled();
    expect(a.back).not.toHaveBeenCalled();
    h.close();
  });

  it('keys typed in the review do not reach the page (Gmail has single-key shortcuts)', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const seen: string[] = [];
    const listener = (e: Event) => seen.push((e as KeyboardEvent).key);
    document.addEventListener('keydown', listener);
    const h = mountReview(anchor, [{ key: 'k', finding }], actions(), {
      apply: vi.fn(),
      ignore: vi.fn(),
      disableRule: vi.fn(),
      enableRule: vi.fn(),
    });
    const input = document.querySelector('helder-review')?.shadowRoot?.querySelector('input') as HTMLInputElement;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual([]);
    h.close();
  });

  it('when nothing serious is left it says so and offers Send', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const h = mountReview(anchor, [{ key: 'k', finding }], actions(), {
      apply: vi.fn(),
      ignore: vi.fn(),
      disableRule: vi.fn(),
      enableRule: vi.fn(),
    });
    h.update([]);
    const root = document.querySelector('helder-review')?.shadowRoot as ShadowRoot;
    expect(root.querySelector('.rfoot .send')?.textContent).toBe('review_send');
    expect(root.textContent).toContain('review_allFixed');
    expect(root.querySelectorAll('.card')).toHaveLength(0);
    h.close();
  });

  it('the "hidden" test switch mounts it invisibly (to exercise the deadline)', () => {
    document.documentElement.dataset.helderTestFailReview = 'hidden';
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const h = mountReview(anchor, [{ key: 'k', finding }], actions(), {
      apply: vi.fn(),
      ignore: vi.fn(),
      disableRule: vi.fn(),
      enableRule: vi.fn(),
    });
    expect(h.isVisible()).toBe(false);
    h.close();
  });
});
