/**
 * Findings ordered by severity (then position), each with its message, what
 * the reader hears, where its rule comes from, and its suggestions. Shared by
 * the popup's draft view and scratch pad. Rule text is rendered as text only.
 */
import { useState } from 'react';
import { type Finding, type RuleOrigin, SEVERITY_RANK } from '@/rules';
import { t } from '../i18n';
import { categoryLabel, SEVERITY_ICON, severityLabel } from '../labels';
import { SuggestionForm } from './SuggestionForm';

export interface KeyedFinding {
  finding: Finding;
  key: string;
}

export interface FindingActions {
  /** Resolves to an error message when the suggestion could not be applied. */
  apply(key: string, replacement: string): Promise<string | null>;
  show?(key: string): void;
  ignore?(key: string): void;
}

export interface FindingListProps {
  findings: readonly KeyedFinding[];
  origins?: Readonly<Record<string, RuleOrigin>>;
  /** Quick picks per rule-set id, then per placeholder. */
  placeholders?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  actions: FindingActions;
}

export function sortFindings<T extends KeyedFinding>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.finding.start - b.finding.start,
  );
}

export function FindingList({ findings, origins = {}, placeholders = {}, actions }: FindingListProps) {
  if (findings.length === 0) return <p className="empty">{t('list_empty')}</p>;
  return (
    <ol className="findings">
      {sortFindings(findings).map(({ finding, key }) => (
        <FindingItem
          key={key}
          fkey={key}
          finding={finding}
          origin={origins[finding.ruleId]}
          picks={placeholders[finding.ruleSetId] ?? {}}
          actions={actions}
        />
      ))}
    </ol>
  );
}

interface FindingItemProps {
  fkey: string;
  finding: Finding;
  origin?: RuleOrigin;
  picks: Readonly<Record<string, readonly string[]>>;
  actions: FindingActions;
}

function FindingItem({ fkey, finding: f, origin, picks, actions }: FindingItemProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = async (replacement: string) => {
    setBusy(true);
    try {
      setError(await actions.apply(fkey, replacement));
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`finding sev-${f.severity}`} data-key={fkey} data-rule-id={f.ruleId}>
      <div className="fhead">
        <span className={`sev ${f.severity}`}>
          <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
          {severityLabel(f.severity)}
        </span>
        <span className="cat">{categoryLabel(f.category)}</span>
        {origin && (
          <span className="src">
            {t(`card_source_${origin.source}`)}
            {origin.locked ? ` · ${t('popup_locked')}` : ''}
          </span>
        )}
      </div>
      {f.scope === 'span' && <q className="quote">{f.text}</q>}
      <p className="msg">{f.message}</p>
      <p className="hears">
        <b>{t('card_hears')}</b>
        {f.hears}
      </p>
      {f.suggestions.length > 0 && (
        <fieldset className="suggs">
          <legend className="sr-only">{t('card_suggestions')}</legend>
          {f.suggestions.map((s) => (
            <SuggestionForm key={s} suggestion={s} picks={picks} onApply={apply} busy={busy} />
          ))}
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {(actions.show || actions.ignore) && (
        <div className="actions">
          {actions.show && (
            <button type="button" onClick={() => actions.show?.(fkey)} disabled={f.scope !== 'span'}>
              {t('popup_show')}
            </button>
          )}
          {actions.ignore && (
            <button type="button" onClick={() => actions.ignore?.(fkey)}>
              {t('card_ignore')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
