/**
 * Outlook on the web. Hooks (see tests/fixtures/outlook.html for sources):
 * the body is div[role=textbox][contenteditable=true][aria-multiline=true]
 * (the read-only message in the reading pane has the same aria-label but is
 * not contenteditable); history starts at #appendonsend / #divRplyFwdMsg /
 * #mail-editor-reference-message-container, the signature is #Signature.
 */
import { type Adapter, firstMatch, textOf } from './types';

const EDITORS = [
  'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  '[id^="editorParent"] [contenteditable="true"]',
  'div[contenteditable="true"][aria-label^="Message body"]',
  'div[contenteditable="true"][aria-label^="Berichttekst"]',
];

export const outlook: Adapter = {
  client: 'outlook',
  findEditors: (doc) => firstMatch(doc, EDITORS),
  composeRoot: (editor) =>
    (editor.closest('[data-fixture-compose], [role="dialog"], .compose') ?? editor.parentElement ?? editor) as HTMLElement,
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
  sendButton(editor) {
    const root = outlook.composeRoot(editor);
    return firstMatch(root, ['button[name="Send"]', 'button[title^="Send"]', 'button[title^="Verzenden"]'])[0] ?? null;
  },
};
