// @vitest-environment jsdom
/** Which Outlook editors are composes: structure (an own Send button), never class names; the mail module only. */
import { afterEach, describe, expect, it } from 'vitest';
import { outlook, outlookComposeRoot } from '@/utils/adapters/outlook';

const body = (label = 'Message body, press Alt+F10 to exit') =>
  `<div id="editorParent_1"><div role="textbox" aria-multiline="true" aria-label="${label}" contenteditable="true"><div>Hi</div></div></div>`;
const send = '<button type="button" aria-label="Send" title="Send (Ctrl+Enter)">Send</button>';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/mail/');
});

describe('Outlook compose root', () => {
  it("is the editor's nearest ancestor with its own Send button, whatever the classes", () => {
    document.body.innerHTML = `<div class="_a1"><div class="_b2">${send}<div class="_c3"><div class="_d4">${body()}</div></div></div></div>`;
    const ed = outlook.findEditors(document)[0] as HTMLElement;
    expect(ed).toBeTruthy();
    expect(outlookComposeRoot(ed)?.className).toBe('_b2');
    expect(outlook.sendButton(ed)?.getAttribute('aria-label')).toBe('Send');
  });

  it('two composes each get their own Send; an editor in a dialog without Send (signature) is not a compose', () => {
    document.body.innerHTML =
      `<div id="a">${send}${body()}</div><div id="b">${send}${body()}</div>` +
      `<div role="dialog" aria-label="Settings"><button>Save</button>${body('Email signature')}</div>`;
    const eds = outlook.findEditors(document);
    expect(eds.map((e) => outlookComposeRoot(e)?.id)).toEqual(['a', 'b']);
  });

  it('an editor outside any compose, next to one, is not a compose (its nearest Send belongs to the other)', () => {
    document.body.innerHTML = `<div id="page"><div id="a">${send}${body()}</div><div id="notes">${body('Note')}</div></div>`;
    expect(outlook.findEditors(document)).toHaveLength(1);
  });

  it('Calendar, Notes and To Do are not mail: their editors are left alone even with a Send button', () => {
    document.body.innerHTML = `<div id="event">${send}${body('Event description')}</div>`;
    expect(outlook.findEditors(document)).toHaveLength(1);
    history.replaceState(null, '', '/calendar/view/week');
    expect(outlook.findEditors(document)).toHaveLength(0);
  });
});
