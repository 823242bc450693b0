/**
 * Gmail. Hooks (see tests/fixtures/gmail.html for sources): the body is
 * div[g_editable=true][contenteditable] inside td.Ap / div.M9; quoted history
 * is .gmail_quote (with .gmail_attr), the signature .gmail_signature and its
 * "-- " prefix. Attributes and roles first, localised aria-labels last.
 */
import { type Adapter, firstMatch, textOf } from './types';

const EDITORS = [
  'div[g_editable="true"][contenteditable="true"]',
  '.M9 div[role="textbox"][contenteditable="true"]',
  'div[contenteditable="true"][aria-label="Message Body"]',
  'div[contenteditable="true"][aria-label="Berichttekst"]',
];

export const gmail: Adapter = {
  client: 'gmail',
  findEditors: (doc) => firstMatch(doc, EDITORS),
  composeRoot: (editor) => (editor.closest('.M9') ?? editor.closest('[role="dialog"]') ?? editor.parentElement ?? editor) as HTMLElement,
  boundarySelector: '.gmail_quote, .gmail_attr, .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]',
  context(editor) {
    const quoted = editor.querySelector('blockquote.gmail_quote');
    if (quoted) return textOf(quoted);
    // An inline reply shows the thread above it: the last message there.
    const thread = editor.closest('.AO, [role="main"]');
    const messages = thread ? thread.querySelectorAll('.a3s') : [];
    return textOf(messages[messages.length - 1]);
  },
  label(editor) {
    const root = gmail.composeRoot(editor);
    const subject = root.querySelector<HTMLInputElement>('input[name="subjectbox"]')?.value;
    const to = root.querySelector<HTMLInputElement>('input[peoplekit-id], textarea[name="to"]')?.value;
    return subject || to || 'Gmail';
  },
  sendButton(editor) {
    const root = gmail.composeRoot(editor);
    return (
      firstMatch(root, [
        '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
        'div[role="button"][data-tooltip^="Send"]',
        'div[role="button"][data-tooltip^="Verzenden"]',
      ])[0] ?? null
    );
  },
};
