/**
 * The writer's own text of a compose editor, and a map from text offsets back
 * to DOM positions. Reads the DOM only — it never changes it.
 *
 * - Text stops at the first element matching `boundary` (quoted history, signature).
 * - Block elements and <br> become line breaks, so sentences split as the writer sees them.
 * - Raw white space inside text nodes reads as it renders: \r, \n and tabs are spaces unless the element keeps
 *   line breaks (white-space: pre*), so a phrase across a pasted "\r\n" is found and underlined whole.
 * - Inline formatting (<b>, <a>, <span>) adds nothing: "we gaan <b>ermee</b> aan de slag"
 *   reads as one phrase and maps back to a Range that spans the formatting.
 */
export const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'PRE',
  'SECTION',
  'ARTICLE',
]);

interface Segment {
  node: Text;
  /** Offset of the node's first character in the text. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

/** White space that CSS collapses to one space outside `white-space: pre*` (raw line breaks from Word included). */
const COLLAPSIBLE = /[\t\n\f\r]/g;

/** Whether an element keeps line breaks of its text as line breaks (`pre`, `pre-wrap`, `pre-line`, `break-spaces`). */
function keepsBreaks(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el) return false;
  let keep = cache.get(el);
  if (keep === undefined) {
    const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
    keep = /^(pre|pre-wrap|pre-line|break-spaces)$/.test(ws);
    cache.set(el, keep);
  }
  return keep;
}

export function readText(editor: HTMLElement, boundary: string): TextMap {
  let text = '';
  const segments: Segment[] = [];
  const breaks = new Map<Element, boolean>();
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  let stopped = false;
  const walk = (node: Node) => {
    if (stopped) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node as Text;
      if (t.data.length) {
        segments.push({ node: t, start: text.length });
        // Read as rendered: a raw line break or tab in normal text is a space ("as soon\r\nas possible" is one
        // phrase). One character for one, so offsets still map onto the node.
        text += keepsBreaks(t.parentElement, breaks) ? t.data.replace(/\r/g, ' ') : t.data.replace(COLLAPSIBLE, ' ');
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (boundary && el !== editor && el.matches(boundary)) {
      stopped = true;
      return;
    }
    if (el.tagName === 'BR') {
      text += '\n';
      return;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.hidden) return;
    const block = BLOCK.has(el.tagName);
    if (block) newline();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) newline();
  };
  walk(editor);
  // Non-breaking spaces count as spaces for matching; the length stays the same.
  return { text: text.replace(/\u00a0/g, ' '), segments };
}

function position(map: TextMap, offset: number, preferEnd: boolean): [Text, number] | null {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segs[mid] as Segment).start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return null;
  let seg = segs[best] as Segment;
  // An end offset that falls exactly on a node's start belongs to the previous node.
  if (preferEnd && offset === seg.start && best > 0) seg = segs[best - 1] as Segment;
  const inNode = offset - seg.start;
  if (inNode > seg.node.data.length) return [seg.node, seg.node.data.length];
  return [seg.node, inNode];
}

/** A DOM Range for text[start, end); null when the offsets don't map (text changed). */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = position(map, start, false);
  // An insertion point (start === end) is one place: at the start of the text that follows it (the
  // body's first line after a greeting), never stretched back to the end of the line before.
  const b = start === end ? a : position(map, end, true);
  if (!a || !b) return null;
  const r = a[0].ownerDocument.createRange();
  try {
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
  } catch {
    return null;
  }
  return r;
}
