/**
 * Findings ordered by severity (then position), each with its message, what
 * the reader hears, where its rule comes from, and its suggestions. Shared by
 * the popup's draft view and scratch pad. Rule text is rendered as text only.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type Finding, type RuleOrigin, SEVERITY_RANK } from '@/rules';
import { t } from '../i18n';
import { categoryLabel, SEVERITY_ICON, severityLabel } from '../labels';
import { own } from '../own';
import { SuggestionForm } from './SuggestionForm';

export interface KeyedFinding {
  finding: Finding;
  key: string;
}

export interface FindingActions {
  /** Resolves to an error message when the suggestion could not be applied; `remove` leaves the flagged words out instead. */
  apply(key: string, replacement: string, remove?: boolean, index?: number): Promise<string | null>;
  show?(key: string): void;
  ignore?(key: string): void;
}

export interface FindingListProps {
  findings: readonly KeyedFinding[];
  origins?: Readonly<Record<string, RuleOrigin>>;
  actions: FindingActions;
  /** Said when the list is empty (default: nothing to improve). */
  empty?: string;
}

export function sortFindings<T extends KeyedFinding>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.finding.start - b.finding.start,
  );
}

export function FindingList({ findings, origins = {}, actions, empty }: FindingListProps) {
  const sorted = sortFindings(findings);
  const ref = useRef<HTMLDivElement>(null);
  /** The finding that last held focus, so focus isn't lost when it goes away (applied, ignored). */
  const focused = useRef<{ key: string; index: number } | null>(null);
  useLayoutEffect(() => {
    const last = focused.current;
    const active = document.activeElement;
    if (!last || !ref.current || (active && active !== document.body)) return;
    if (sorted.some((k) => k.key === last.key)) return;
    const items = ref.current.querySelectorAll<HTMLElement>('li.finding');
    (items[Math.min(last.index, items.length - 1)] ?? ref.current.querySelector<HTMLElement>('.empty'))?.focus();
  });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const onIn = (e: FocusEvent) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>('li.finding');
      if (li?.dataset.key) focused.current = { key: li.dataset.key, index: [...box.querySelectorAll('li.finding')].indexOf(li) };
    };
    const onOut = (e: FocusEvent) => {
      // Focus moved elsewhere on purpose (not lost because the focused element was removed).
      if (e.relatedTarget && !box.contains(e.relatedTarget as Node)) focused.current = null;
    };
    box.addEventListener('focusin', onIn);
    box.addEventListener('focusout', onOut);
    return () => {
      box.removeEventListener('focusin', onIn);
      box.removeEventListener('focusout', onOut);
    };
  }, []);
  return (
    <div ref={ref}>
      {sorted.length === 0 ? (
        <p className="empty" tabIndex={-1}>
          {empty ?? t('list_empty')}
        </p>
      ) : (
        <ol className="findings">
          {sorted.map(({ finding, key }) => (
            <FindingItem key={key} fkey={key} finding={finding} origin={own(origins, finding.ruleId)} actions={actions} />
          ))}
        </ol>
      )}
    </div>
  );
}

interface FindingItemProps {
  fkey: string;
  finding: Finding;
  origin?: RuleOrigin;
  actions: FindingActions;
}

function FindingItem({ fkey, finding: f, origin, actions }: FindingItemProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const apply = async (replacement: string, remove = false, index = 0) => {
    setBusy(true);
    try {
      setError(await actions.apply(fkey, replacement, remove, index));
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`finding sev-${f.severity}`} data-key={fkey} data-rule-id={f.ruleId} tabIndex={-1} aria-labelledby={`${id}-head`}>
      <div className="fhead" id={`${id}-head`}>
        <span className={`sev ${f.severity}`}>
          <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
          {severityLabel(f.severity)}
        </span>
        <span className="cat">{categoryLabel(f.category)}</span>
        {origin && (
          <span className="src" title={origin.locked ? t('card_locked') : undefined}>
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
          {f.suggestions.map((s, i) => (
            <SuggestionForm key={s} suggestion={s} picks={f.picks ?? {}} onApply={(r) => apply(r, false, i)} busy={busy} />
          ))}
        </fieldset>
      )}
      {f.removal && (
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={() => void apply('', true)}>
            {t('card_removeWords', f.removal.removed)}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {(actions.show || actions.ignore) && (
        <div className="actions">
          {actions.show && f.scope === 'span' && (
            <button type="button" onClick={() => actions.show?.(fkey)}>
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
