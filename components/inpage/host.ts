/**
 * How Helder's in-page UI meets the page, so the page can't steer it (issue 14):
 *
 * - Hosts are plain <div>s in a closed shadow root: a page can't pre-empt the element name (as it could a
 *   custom element such as <helder-overlay>, by defining it first), can't reach inside, and can't read
 *   the findings, the score or the underlined phrases from it. The host's inline style is `!important`, so
 *   page CSS can't hide or move it.
 * - Controls act only on the writer's own input: `isTrusted` events (a page's dispatched clicks, inputs
 *   and keys are not).
 *
 * The end-to-end build (HELDER_E2E=1, into .output-e2e/; never shipped) opens the shadow roots and marks the
 * hosts with data-helder-e2e so the functional e2e tests can look inside, and lets tests switch the review
 * to fail. The security e2e tests run on the production build (.output/), which has none of that.
 */
/** True only in the end-to-end test build (a build-time constant: production code has none of its branches). */
export const E2E_BUILD: boolean = __HELDER_E2E__;

/** A host for a shadow root of Helder's UI; `name` marks it for the e2e build only. */
export function createHost(doc: Document, name: 'overlay' | 'review'): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  host.style.setProperty('position', 'static', 'important');
  if (E2E_BUILD) host.dataset.helderE2e = name;
  const root = host.attachShadow({ mode: E2E_BUILD ? 'open' : 'closed' });
  return { host, root };
}

/** Whether an event came from the writer (not dispatched by a script). Tests of UI logic replace this module's export. */
export function isTrusted(e: Event): boolean {
  return e.isTrusted;
}
