/** A webmail client as Helder sees it: where compose editors are and which parts are not the writer's. */
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

export function textOf(el: Element | null | undefined): string {
  return (el as HTMLElement | null)?.innerText?.trim() ?? el?.textContent?.trim() ?? '';
}
