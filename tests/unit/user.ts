/**
 * jsdom can't make trusted events. Unit tests of the in-page UI's logic stand in for the writer with these:
 * events they dispatch are counted as the writer's by a test double of isTrusted (see the vi.mock in those
 * tests). Tests of the guard itself (tests/unit/inpage-security.test.ts) use the real isTrusted and show that
 * a script's events are refused.
 */
export const userEvents = new WeakSet<Event>();

export function asWriter<E extends Event>(target: EventTarget, e: E): E {
  userEvents.add(e);
  target.dispatchEvent(e);
  return e;
}

export function writerClick(target: EventTarget): void {
  asWriter(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

export function writerInput(input: HTMLInputElement, value: string): void {
  input.value = value;
  asWriter(input, new Event('input', { bubbles: true }));
}

/**
 * A factory for vi.mock('@/components/inpage/host'): the e2e build's host (open shadow roots under a named tag,
 * the review's test switch honoured), with the writer's events (asWriter) trusted.
 */
export async function hostDouble(real: Record<string, unknown>, trustAll = false) {
  return {
    ...real,
    E2E_BUILD: true,
    createHost(doc: Document, name: string) {
      const host = doc.createElement(`helder-${name}`);
      return { host, root: host.attachShadow({ mode: 'open' }) };
    },
    isTrusted: (e: Event) => e.isTrusted || (!trustAll && userEvents.has(e)),
  };
}
