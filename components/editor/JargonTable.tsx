/**
 * The jargon list as an editable table: term → plain alternative (other
 * spellings and "exact case" as in the rule-set format), bulk paste from a
 * spreadsheet (TSV) or CSV, duplicate terms flagged. Long lists get a filter
 * and show the first rows, so a 5,000-term list stays quick.
 */
import { useId, useState } from 'react';
import { t, tn } from '../i18n';
import { duplicateRows, parseTermRows } from './csv';
import type { TermDraft } from './form';

export interface JargonTableProps {
  rows: TermDraft[];
  onChange(rows: TermDraft[]): void;
  /** Problems per row index, from validation. */
  errors: Record<number, string[]>;
}

const PAGE = 100;

export function JargonTable({ rows, onChange, errors }: JargonTableProps) {
  const [paste, setPaste] = useState('');
  const [note, setNote] = useState('');
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const pasteId = useId();
  const dups = duplicateRows(rows);
  const set = (i: number, patch: Partial<TermDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const f = filter.trim().toLowerCase();
  const matching = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => !f || r.term.toLowerCase().includes(f) || r.plain.toLowerCase().includes(f) || dups.has(i) || !!errors[i]);
  const visible = matching.slice(0, limit);
  const dupTerms = [...new Set([...dups].map((i) => rows[i]?.term.trim().toLowerCase() ?? ''))];

  return (
    <fieldset className="jargon" data-testid="jargon-table">
      <legend>{t('opt_jargonTitle')}</legend>
      {dups.size > 0 && (
        <p className="error" role="alert" data-testid="jargon-duplicates">
          ⚠ {tn('opt_jargonDuplicates', dups.size)} <span className="small">({dupTerms.join(', ')})</span>
        </p>
      )}
      {rows.length > 20 && (
        <label className="row">
          {t('opt_jargonFilter')}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <span className="muted small">{t('opt_jargonCount', [String(matching.length), String(rows.length)])}</span>
        </label>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('opt_jargonTerm')}</th>
            <th scope="col">{t('opt_jargonPlain')}</th>
            <th scope="col">{t('opt_jargonVariants')}</th>
            <th scope="col">{t('opt_jargonCase')}</th>
            <th scope="col">
              <span className="sr-only">{t('opt_colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map(({ r, i }) => (
            <tr key={i} className={dups.has(i) ? 'dup' : undefined} data-testid="jargon-row">
              <td>
                <input
                  value={r.term}
                  aria-label={t('opt_jargonTermN', String(i + 1))}
                  aria-invalid={dups.has(i) || !!errors[i]}
                  onChange={(e) => set(i, { term: e.target.value })}
                />
                {dups.has(i) && <span className="flag"> ⚠ {t('opt_duplicate')}</span>}
              </td>
              <td>
                <input
                  value={r.plain}
                  aria-label={t('opt_jargonPlainN', String(i + 1))}
                  aria-invalid={!!errors[i]}
                  onChange={(e) => set(i, { plain: e.target.value })}
                />
                {errors[i]?.map((m) => (
                  <div key={m} className="field-error">
                    ⚠ {m}
                  </div>
                ))}
              </td>
              <td>
                <input
                  value={r.variants ?? ''}
                  aria-label={t('opt_jargonVariantsN', String(i + 1))}
                  placeholder={t('opt_jargonVariantsPh')}
                  onChange={(e) => set(i, { variants: e.target.value })}
                />
              </td>
              <td className="center">
                <input
                  type="checkbox"
                  checked={!!r.caseSensitive}
                  aria-label={t('opt_jargonCaseN', String(i + 1))}
                  onChange={(e) => set(i, { caseSensitive: e.target.checked })}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('opt_removeTerm', r.term || String(i + 1))}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {matching.length > visible.length && (
        <button type="button" className="link" onClick={() => setLimit((n) => n + PAGE * 5)}>
          {t('opt_jargonMore', String(matching.length - visible.length))}
        </button>
      )}
      <div className="row">
        <button
          type="button"
          onClick={() => {
            setFilter('');
            setLimit(Math.max(limit, rows.length + 1));
            onChange([...rows, { term: '', plain: '' }]);
          }}
        >
          {t('opt_addTerm')}
        </button>
      </div>
      <details className="bulk">
        <summary>{t('opt_bulkPaste')}</summary>
        <label htmlFor={pasteId} className="muted small">
          {t('opt_bulkHelp')}
        </label>
        <textarea id={pasteId} rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} data-testid="bulk-paste" />
        <button
          type="button"
          disabled={!paste.trim()}
          onClick={() => {
            const { rows: added, skipped } = parseTermRows(paste);
            onChange([...rows.filter((r) => r.term || r.plain), ...added]);
            setNote(skipped.length ? tn('opt_bulkSkipped', added.length, [skipped.join(', ')]) : tn('opt_bulkAdded', added.length));
            setPaste('');
          }}
        >
          {t('opt_bulkAdd')}
        </button>
        <p role="status" className="muted small">
          {note}
        </p>
      </details>
    </fieldset>
  );
}
