// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyze, builtinRuleSet } from '@/rules';
import { gmail } from '@/utils/adapters/gmail';
import { outlook } from '@/utils/adapters/outlook';
import { rangeFor, readText } from '@/utils/textmap';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('readText', () => {
  it('reads a phrase split by formatting and maps it back to an exact range', () => {
    const ed = editor('<div>Beste Anna, we gaan <b>ermee</b> aan de <a href="#">slag</a>.</div>');
    const map = readText(ed, gmail.boundarySelector);
    expect(map.text).toBe('Beste Anna, we gaan ermee aan de slag.\n');
    const start = map.text.indexOf('we gaan');
    const end = map.text.indexOf('slag') + 4;
    expect(rangeFor(map, start, end)!.toString()).toBe('we gaan ermee aan de slag');
  });

  it('turns blocks and line breaks into newlines', () => {
    const ed = editor('<div>Hoi,</div><div><br></div><div>Regel een<br>Regel twee</div>');
    expect(readText(ed, '').text).toBe('Hoi,\n\nRegel een\nRegel twee\n');
  });

  it('stops at Gmail quotes and signatures', () => {
    const ed = editor(
      '<div dir="ltr">Mijn antwoord.</div><div><br></div><span class="gmail_signature_prefix">-- </span><div class="gmail_signature">Servicedesk</div><div class="gmail_quote">Op ma schreef Anna: kapot</div>',
    );
    expect(readText(ed, gmail.boundarySelector).text.trim()).toBe('Mijn antwoord.');
  });

  it('stops at Outlook history and signature', () => {
    const ed = editor(
      '<div class="elementToProof">Antwoord.</div><div id="Signature">Groet</div><div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg">Van: Anna</div>',
    );
    expect(readText(ed, outlook.boundarySelector).text.trim()).toBe('Antwoord.');
  });

  it('returns null for offsets outside the text', () => {
    const ed = editor('<div>kort</div>');
    const map = readText(ed, '');
    expect(rangeFor(map, 0, 4)!.toString()).toBe('kort');
    expect(readText(editor(''), '').segments).toEqual([]);
    expect(rangeFor(readText(editor(''), ''), 0, 1)).toBeNull();
  });
});

describe('readText reads text as rendered', () => {
  it('raw line breaks and tabs inside a text node are spaces, with offsets unchanged', () => {
    // A raw \r\n survives only in a text node made by script or paste (the HTML parser turns it into \n).
    const ed = editor('<div></div>');
    ed.firstElementChild?.append(document.createTextNode('We fix it as soon\r\nas possible.\tThanks'));
    const map = readText(ed, '');
    expect(map.text).toBe('We fix it as soon  as possible. Thanks\n');
    const start = map.text.indexOf('as soon');
    const end = map.text.indexOf('possible') + 'possible'.length;
    expect(rangeFor(map, start, end)?.toString()).toBe('as soon\r\nas possible');
  });

  it('a phrase across a raw line break is found whole', () => {
    const ed = editor('<div>We will fix it as soon\nas possible.</div>');
    const { text } = readText(ed, '');
    const result = analyze(text, { lang: 'en', ruleSets: [builtinRuleSet('en')] });
    const hit = result.findings.find((f) => f.text.replace(/\s+/g, ' ').toLowerCase().includes('as soon as possible'));
    expect(hit, JSON.stringify(result.findings.map((f) => f.text))).toBeTruthy();
  });

  it('keeps line breaks where the element keeps them (white-space: pre-wrap)', () => {
    const ed = editor('<div style="white-space: pre-wrap">Line one\nLine two</div>');
    expect(readText(ed, '').text).toBe('Line one\nLine two\n');
  });
});
