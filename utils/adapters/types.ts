/** A webmail client as Helder sees it: where compose editors are and which parts are not the writer's. */
import { BLOCK } from '../textmap';
export interface Adapter {
  client: 'gmail' | 'outlook';
  /** Editable compose bodies in the page, in document order. */
  findEditors(doc: Document): HTMLElement[];
  /** The compose window around an editor (for labels and the badge). */
  composeRoot(editor: HTMLElement): HTMLElement;
  /** Elements where the writer's own text ends: quoted history and signature. */
  boundarySelector: string;
  /** The customer's message being answered, if visible. */
  context(editor: HTMLElement): string;
  /** A short label to tell drafts apart (subject or recipient). */
  label(editor: HTMLElement): string;
  /** The client's Send button of this compose window. */
  sendButton(editor: HTMLElement): HTMLElement | null;
  /**
   * Makes the client's own undo stack record the editor's current content as a step, for editors that keep
   * their own snapshots (Outlook) instead of the browser's undo. Called before and after Apply.
   */
  recordUndoStep?(editor: HTMLElement): void;
}

/** First non-empty result of ordered selector fallbacks. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  for (const sel of selectors) {
    const found = [...root.querySelectorAll<HTMLElement>(sel)];
    if (found.length) return found;
  }
  return [];
}

/** How much of the customer's message is read as context: its newest part, which the reply answers. */
export const CONTEXT_LIMIT = 20_000;

/**
 * The text of an element (a quoted customer message), line breaks at blocks
 * and <br>, read up to `max` characters: a megabyte of quoted mail costs no
 * more than its first 20,000 characters, and nothing here forces a layout
 * (unlike innerText) or recurses (an element nested thousands deep is fine).
 */
export function textOf(el: Element | null | undefined, max = CONTEXT_LIMIT): string {
  if (!el) return '';
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 0x1 | 0x4, {
    acceptNode: (n) => (n.nodeName === 'SCRIPT' || n.nodeName === 'STYLE' ? 2 : 1),
  });
  let out = '';
  for (let n: Node | null = walker.currentNode; n && out.length < max; n = walker.nextNode()) {
    if (n.nodeType === 3) out += (n as Text).data.slice(0, max - out.length + 1).replace(/\s+/g, ' ');
    else if (n.nodeName === 'BR' || (n !== el && BLOCK.has(n.nodeName))) out += '\n';
  }
  return out
    .slice(0, max)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
