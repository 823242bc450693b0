/**
 * Outlook on the web. Hooks (see tests/fixtures/outlook.html and
 * tests/fixtures/outlook-shapes.html for sources): the body is
 * div[role=textbox][contenteditable=true][aria-multiline=true] (the read-only
 * message in the reading pane has the same aria-label but is not
 * contenteditable); history starts at #appendonsend / #divRplyFwdMsg /
 * #mail-editor-reference-message-container, the signature is #Signature.
 *
 * The compose window is found from structure, never from class names (they
 * are hashed and change with every build): it is the editor's nearest
 * ancestor that contains the compose's Send button. An editor with no Send
 * button of its own (the signature editor in Settings, notes, a calendar
 * event) is not a compose and is left alone.
 */
import { type Adapter, firstMatch, textOf } from './types';

const EDITORS = [
  'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  '[id^="editorParent"] [contenteditable="true"]',
  'div[contenteditable="true"][aria-label^="Message body"]',
  'div[contenteditable="true"][aria-label^="Berichttekst"]',
];

/**
 * The Send button: name=Send (older builds), or a button whose accessible name or
 * tooltip starts with "Send"/"Verzenden", or whose tooltip names the Ctrl+Enter
 * shortcut (tooltips read "Send (Ctrl+Enter)" in every language we know of).
 */
const SEND = [
  'button[name="Send"]',
  'button[aria-label="Send"]',
  'button[aria-label="Verzenden"]',
  'button[title^="Send"]',
  'button[title^="Verzenden"]',
  'button[title*="Ctrl+Enter"]',
].join(', ');

/** Surfaces that cover the page and own their editors: a Send must be inside to count. */
const SURFACE = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

function isEditorCandidate(el: Element): boolean {
  return el.matches(EDITORS.join(', '));
}

function sendButtonsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(SEND)].filter((b) => !b.closest('[contenteditable="true"]'));
}

/** The compose window around an editor, or null when the editor belongs to no compose. */
export function outlookComposeRoot(editor: HTMLElement): HTMLElement | null {
  const doc = editor.ownerDocument;
  for (let a = editor.parentElement; a && a !== doc.documentElement; a = a.parentElement) {
    if (sendButtonsIn(a).length) {
      // The first Send going up must be this compose's own: not one of another compose in the same container.
      const others = [...a.querySelectorAll('[contenteditable="true"]')].filter(
        (e) => e !== editor && !editor.contains(e) && !e.contains(editor) && isEditorCandidate(e),
      );
      return others.length ? null : a;
    }
    // A dialog without a Send button (Settings → signature): its editor is not a compose.
    if (a.matches(SURFACE)) return null;
  }
  return null;
}

/**
 * Outlook's other modules share the host and the editor component: an event's description in Calendar (which has a
 * Send button when it has attendees), Notes, To Do. Only the mail module's editors are composes.
 */
const NOT_MAIL = /^\/(calendar|people|notes|tasks|todo|bookings|files)(\/|$)/i;

export const outlook: Adapter = {
  client: 'outlook',
  findEditors: (doc) =>
    NOT_MAIL.test(doc.location?.pathname ?? '') ? [] : firstMatch(doc, EDITORS).filter((e) => outlookComposeRoot(e) !== null),
  composeRoot: (editor) => outlookComposeRoot(editor) ?? editor.parentElement ?? editor,
  boundarySelector:
    '#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container, #Signature, [id^="Signature"], hr[tabindex="-1"], #x_divRplyFwdMsg',
  context(editor) {
    const history = editor.querySelector('#mail-editor-reference-message-container, #divRplyFwdMsg');
    if (history) {
      // The quoted message follows the header block.
      const parts: string[] = [];
      for (let n = history.nextElementSibling; n; n = n.nextElementSibling) parts.push(textOf(n));
      const text = parts.join('\n').trim();
      if (text) return text;
      return textOf(history);
    }
    return textOf(
      editor.ownerDocument.querySelector('#ReadingPaneContainerId [aria-label][role="document"], [role="document"][aria-label]'),
    );
  },
  label(editor) {
    const root = outlook.composeRoot(editor);
    const subject = root.querySelector<HTMLInputElement>('input[id^="subjectLine"], input[aria-label="Add a subject"]')?.value;
    return subject || root.getAttribute('aria-label') || 'Outlook';
  },
  /**
   * Outlook's editor (roosterjs) keeps a snapshot undo stack and intercepts Ctrl+Z. Its UndoPlugin does not
   * look at 'input' events, so a change made with execCommand records no step: one Ctrl+Z would also take back
   * what the writer typed before it. It does take a snapshot when an IME composition ends (DOMEventPlugin turns
   * the content div's compositionend into a compositionEnd plugin event; UndoPlugin marks new content and
   * snapshots), so a composition that starts and ends with no text is how Helder asks for a step: once before
   * Apply (the writer's typing becomes its own step) and once after (Apply is one step).
   * (microsoft/roosterjs: roosterjs-content-model-core/lib/corePlugin/undo/UndoPlugin.ts, domEvent/DOMEventPlugin.ts)
   */
  recordUndoStep(editor) {
    const view = editor.ownerDocument.defaultView ?? window;
    const Composition = (view as unknown as { CompositionEvent?: typeof CompositionEvent }).CompositionEvent;
    if (!Composition) return;
    editor.dispatchEvent(new Composition('compositionstart', { bubbles: true, data: '' }));
    editor.dispatchEvent(new Composition('compositionend', { bubbles: true, data: '' }));
  },
  sendButton(editor) {
    const root = outlookComposeRoot(editor);
    if (!root) return null;
    const buttons = sendButtonsIn(root);
    // Prefer the most specific hook when a compose has several matches (e.g. a split button's menu part).
    return buttons.find((b) => b.matches('button[name="Send"]')) ?? buttons.find((b) => !b.hasAttribute('aria-haspopup')) ?? null;
  },
};
