/**
 * Bulk paste for the jargon table: one term per line, "term<TAB>plain" (as
 * copied from a spreadsheet) or "term,plain" CSV with optional double quotes.
 */
export interface PastedRow {
  term: string;
  plain: string;
}

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',' || c === ';') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

const HEADER = /^(term|terms|term\(s\)|jargon|begrip|woord)$/i;

/**
 * Parses pasted rows; lines without a plain alternative come back in `skipped`
 * (1-based line numbers). A first line such as "term,plain" (a spreadsheet's
 * header row) is left out.
 */
export function parseTermRows(text: string): { rows: PastedRow[]; skipped: number[] } {
  const rows: PastedRow[] = [];
  const skipped: number[] = [];
  let first = true;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = line.includes('\t') ? line.split('\t') : splitCsv(line);
    const [term = '', plain = ''] = cells.map((c) => c.trim());
    const header = first && HEADER.test(term);
    first = false;
    if (header) return;
    if (term && plain) rows.push({ term, plain });
    else skipped.push(i + 1);
  });
  return { rows, skipped };
}

/** Indexes of rows whose term (case-insensitive) occurs more than once. */
export function duplicateRows(rows: readonly PastedRow[]): Set<number> {
  const seen = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = r.term.trim().toLowerCase();
    if (k) seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  return new Set([...seen.values()].filter((ix) => ix.length > 1).flat());
}
