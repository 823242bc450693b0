/** The jargon list as an editable table: term → plain alternative, bulk paste, duplicates flagged. */
import { useState } from 'react';
import { t } from '../i18n';
import { duplicateRows, type PastedRow, parseTermRows } from './csv';

export interface JargonTableProps {
  rows: PastedRow[];
  onChange(rows: PastedRow[]): void;
  /** Problems per row index, from validation. */
  errors: Record<number, string[]>;
}

export function JargonTable({ rows, onChange, errors }: JargonTableProps) {
  const [paste, setPaste] = useState('');
  const [note, setNote] = useState('');
  const dups = duplicateRows(rows);
  const set = (i: number, patch: Partial<PastedRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="jargon">
      <legend>{t('opt_jargonTitle')}</legend>
      {dups.size > 0 && (
        <p className="error" role="alert">
          {t('opt_jargonDuplicates', String(dups.size))}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('opt_jargonTerm')}</th>
            <th scope="col">{t('opt_jargonPlain')}</th>
            <th scope="col">
              <span className="sr-only">{t('opt_colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
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
                    {m}
                  </div>
                ))}
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
      <button type="button" onClick={() => onChange([...rows, { term: '', plain: '' }])}>
        {t('opt_addTerm')}
      </button>
      <details>
        <summary>{t('opt_bulkPaste')}</summary>
        <label htmlFor="bulk-paste" className="muted small">
          {t('opt_bulkHelp')}
        </label>
        <textarea id="bulk-paste" rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} data-testid="bulk-paste" />
        <button
          type="button"
          onClick={() => {
            const { rows: added, skipped } = parseTermRows(paste);
            onChange([...rows.filter((r) => r.term || r.plain), ...added]);
            setNote(
              skipped.length ? t('opt_bulkSkipped', [String(added.length), skipped.join(', ')]) : t('opt_bulkAdded', String(added.length)),
            );
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
