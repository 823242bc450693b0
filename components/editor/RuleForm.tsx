/**
 * Add or edit a rule of the edited layer. The rule is validated as part of
 * its set on every change: problems show next to their field in plain words,
 * the rule's examples show pass/fail live, and "try on text" runs the rule
 * sets as they would be after saving. Save is refused while anything is wrong.
 */
import { type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import { CATEGORIES, Engine, type ExampleResult, type Rule, type RuleSet, runRuleExamples, type ValidationResult } from '@/rules';
import { checkRuleSet } from '@/utils/rulesets';
import { t } from '../i18n';
import { categoryLabel, severityLabel } from '../labels';
import { useRules } from '../stores/rules';
import { duplicateRows } from './csv';
import { draftFromRule, type FieldKey, fieldErrors, newDraft, type RuleDraft, ruleFromDraft, type Scope } from './form';
import { JargonTable } from './JargonTable';
import { useEditor } from './store';

const SCOPES: Scope[] = ['sentence', 'sentence+next', 'sentence+around', 'before', 'text', 'context', 'text+context'];

function Field({
  label,
  errors,
  children,
  hint,
}: {
  label: string;
  errors?: string[];
  children: (id: string, describedBy?: string) => ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className={`field${errors?.length ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <div className="muted small">{hint}</div>}
      {children(id, errors?.length ? `${id}-err` : undefined)}
      {errors?.length ? (
        <div id={`${id}-err`} className="field-error" role="alert">
          {errors.map((m) => (
            <div key={m}>⚠ {m}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function Verdict({ result }: { result?: ExampleResult }) {
  if (!result) return <span className="verdict muted">…</span>;
  return result.ok ? (
    <span className="verdict pass" data-testid="example-verdict">
      ✓ {t('opt_pass')}
    </span>
  ) : (
    <span className="verdict fail" data-testid="example-verdict" title={result.reason}>
      ✗ {t('opt_fail')}
      {result.reason ? `: ${result.reason}` : ''}
    </span>
  );
}

export function RuleForm({ rule, onClose }: { rule: Rule | null; onClose(saved: boolean): void }) {
  const { layer, current, saveRule, team, personal } = useEditor();
  const { rules: merged } = useRules();
  const base = current();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftFromRule(rule) : newDraft(layer === 'team' ? 'team' : 'mine')));
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const [tryText, setTryText] = useState('');
  const deferred = useDeferredValue(draft);
  const deferredTry = useDeferredValue(tryText);
  const up = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const index = rule
    ? Math.max(
        0,
        base.rules.findIndex((r) => r.id === rule.id),
      )
    : base.rules.length;
  const other = layer === 'team' ? personal : team;
  const check: { res: ValidationResult; set: unknown } = useMemo(() => {
    const raw = ruleFromDraft(deferred);
    const rules: unknown[] = [...base.rules];
    rules.splice(index, rule ? 1 : 0, raw);
    const set = { ...base, rules };
    return { res: checkRuleSet(set, layer, other ? [other.ruleSet] : []), set };
  }, [deferred, base, index, rule, layer, other]);
  const errors = check.res.ok ? {} : fieldErrors(check.res.problems, index, deferred);
  const dups = draft.type === 'jargon' ? duplicateRows(draft.terms) : new Set<number>();
  const parsed: { set: RuleSet; rule: Rule } | null = check.res.ok
    ? { set: check.res.ruleSet, rule: check.res.ruleSet.rules[index] as Rule }
    : null;

  const results = useMemo(() => {
    if (!parsed) return [];
    try {
      return runRuleExamples(parsed.set, { ...parsed.rule, enabled: true });
    } catch (e) {
      return [
        { ruleId: parsed.rule.id, kind: 'bad', index: 0, text: '', ok: false, reason: String((e as Error).message) } as ExampleResult,
      ];
    }
  }, [parsed]);
  const verdict = (kind: ExampleResult['kind'], i: number) => results.find((r) => r.kind === kind && r.index === i);

  const tried = useMemo(() => {
    if (!deferredTry.trim() || !merged) return null;
    const sets = merged.ruleSets.filter((s) => s.id !== base.id);
    const engine = new Engine(parsed ? [...sets, parsed.set] : merged.ruleSets);
    return engine.analyze(deferredTry).findings;
  }, [deferredTry, merged, parsed, base.id]);

  const err = (k: FieldKey) => errors[k];
  const canSave = check.res.ok && dups.size === 0;
  const save = async () => {
    if (!parsed || dups.size) return;
    const res = await saveRule(parsed.rule, rule?.id);
    if (res.ok) onClose(true);
    else setSaveProblems(res.problems.map((p) => `${p.path}: ${p.message}`));
  };
  const badRows = draft.bad;
  let sentBad = -1;

  return (
    <section className="rule-form" aria-labelledby="form-title" data-testid="rule-form">
      <h2 id="form-title">{rule ? t('opt_editTitle', rule.id) : t('opt_addTitle')}</h2>
      <p className="muted">{t('opt_formLayer', [t(`opt_layer_${layer}`), base.lang])}</p>
      <div className="grid2">
        <Field label={t('opt_fieldId')} errors={err('id')} hint={t('opt_fieldIdHint')}>
          {(id, d) => <input id={id} aria-describedby={d} value={draft.id} onChange={(e) => up({ id: e.target.value })} />}
        </Field>
        <Field label={t('opt_filterCategory')} errors={err('category')}>
          {(id) => (
            <select id={id} value={draft.category} onChange={(e) => up({ category: e.target.value as RuleDraft['category'] })}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('opt_colSeverity')}>
          {(id) => (
            <select id={id} value={draft.severity} onChange={(e) => up({ severity: e.target.value as RuleDraft['severity'] })}>
              {(['error', 'warning', 'info'] as const).map((s) => (
                <option key={s} value={s}>
                  {severityLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('opt_fieldType')}>
          {(id) => (
            <select id={id} value={draft.type} onChange={(e) => up({ type: e.target.value as RuleDraft['type'] })}>
              <option value="phrases">{t('opt_type_phrases')}</option>
              <option value="jargon">{t('opt_type_jargon')}</option>
              <option value="message">{t('opt_type_message')}</option>
            </select>
          )}
        </Field>
      </div>
      {draft.type === 'phrases' && (
        <Field label={t('opt_fieldPatterns')} errors={err('patterns')} hint={t('opt_fieldPatternsHint')}>
          {(id, d) => (
            <textarea
              id={id}
              aria-describedby={d}
              rows={4}
              value={draft.patterns}
              onChange={(e) => up({ patterns: e.target.value })}
              data-testid="patterns"
            />
          )}
        </Field>
      )}
      {draft.type === 'jargon' && (
        <>
          {err('terms') && <p className="field-error">⚠ {err('terms')?.join(' ')}</p>}
          <JargonTable
            rows={draft.terms}
            onChange={(terms) => up({ terms })}
            errors={Object.fromEntries(draft.terms.map((_, i) => [i, err(`terms.${i}`) ?? []]).filter(([, v]) => (v as string[]).length))}
          />
        </>
      )}
      {draft.type === 'message' && (
        <div className="grid2">
          <Field label={t('opt_fieldWhen')} errors={err('when')} hint={t('opt_fieldWhenHint')}>
            {(id, d) => (
              <textarea id={id} aria-describedby={d} rows={3} value={draft.when} onChange={(e) => up({ when: e.target.value })} />
            )}
          </Field>
          <ScopeSelect label={t('opt_fieldIn')} value={draft.whenIn} onChange={(whenIn) => up({ whenIn })} />
        </div>
      )}
      <div className="grid2">
        <Field label={t('opt_fieldUnless')} errors={err('unless')} hint={t('opt_fieldUnlessHint')}>
          {(id, d) => (
            <textarea id={id} aria-describedby={d} rows={2} value={draft.unless} onChange={(e) => up({ unless: e.target.value })} />
          )}
        </Field>
        <ScopeSelect label={t('opt_fieldIn')} value={draft.unlessIn} onChange={(unlessIn) => up({ unlessIn })} />
      </div>
      <Field label={t('opt_fieldMessage')} errors={err('message')}>
        {(id, d) => <input id={id} aria-describedby={d} value={draft.message} onChange={(e) => up({ message: e.target.value })} />}
      </Field>
      <Field label={t('card_hears')} errors={err('hears')}>
        {(id, d) => <input id={id} aria-describedby={d} value={draft.hears} onChange={(e) => up({ hears: e.target.value })} />}
      </Field>
      <Field label={t('opt_fieldSuggestions')} errors={err('suggestions')} hint={t('opt_fieldSuggestionsHint')}>
        {(id, d) => (
          <textarea id={id} aria-describedby={d} rows={2} value={draft.suggestions} onChange={(e) => up({ suggestions: e.target.value })} />
        )}
      </Field>
      {draft.type !== 'message' && (
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.replace === 'sentence'}
            onChange={(e) => up({ replace: e.target.checked ? 'sentence' : 'span' })}
          />{' '}
          {t('opt_fieldReplaceSentence')}
        </label>
      )}

      <fieldset className="examples">
        <legend>{t('opt_examplesBad')}</legend>
        {badRows.map((b, i) => {
          const sent = b.text.trim() || b.span.trim();
          if (sent) sentBad++;
          const at = sentBad;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
            <div className="example" key={i} data-testid="bad-example">
              <input
                aria-label={t('opt_exampleText', String(i + 1))}
                placeholder={t('opt_exampleTextPh')}
                value={b.text}
                onChange={(e) => up({ bad: badRows.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
              />
              <input
                aria-label={t('opt_exampleSpan', String(i + 1))}
                placeholder={t('opt_exampleSpanPh')}
                value={b.span}
                onChange={(e) => up({ bad: badRows.map((x, j) => (j === i ? { ...x, span: e.target.value } : x)) })}
              />
              {sent ? <Verdict result={verdict('bad', at)} /> : null}
              {err(`bad.${i}`)?.map((m) => (
                <div key={m} className="field-error">
                  ⚠ {m}
                </div>
              ))}
            </div>
          );
        })}
        <button type="button" onClick={() => up({ bad: [...badRows, { text: '', span: '' }] })}>
          {t('opt_addExample')}
        </button>
      </fieldset>
      <Field label={t('opt_examplesGood')} errors={err('good')} hint={t('opt_examplesGoodHint')}>
        {(id, d) => (
          <textarea
            id={id}
            aria-describedby={d}
            rows={2}
            value={draft.good}
            onChange={(e) => up({ good: e.target.value })}
            data-testid="good-examples"
          />
        )}
      </Field>
      {results.some((r) => r.kind === 'good') && (
        <ul className="verdicts" aria-label={t('opt_examplesGood')}>
          {results
            .filter((r) => r.kind === 'good' || r.kind === 'applied')
            .map((r) => (
              <li key={`${r.kind}${r.index}${r.text}`}>
                <Verdict result={r} /> <span className="muted small">{r.text}</span>
              </li>
            ))}
        </ul>
      )}

      {errors.general && (
        <div className="error" role="alert">
          {errors.general.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      {saveProblems.length > 0 && (
        <div className="error" role="alert">
          {saveProblems.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={!canSave} onClick={() => void save()} data-testid="save-rule">
          {t('opt_save')}
        </button>
        <button type="button" onClick={() => onClose(false)}>
          {t('opt_cancel')}
        </button>
        {!canSave && <span className="muted small">{t('opt_fixFirst')}</span>}
      </div>

      <details className="try">
        <summary>{t('opt_tryTitle')}</summary>
        <label htmlFor="try-text" className="muted small">
          {t('opt_tryHelp')}
        </label>
        <textarea id="try-text" rows={4} value={tryText} onChange={(e) => setTryText(e.target.value)} data-testid="try-text" />
        {tried && (
          <ul className="tried" data-testid="try-results">
            {tried.length === 0 && <li>{t('list_empty')}</li>}
            {tried.map((f) => (
              <li key={`${f.ruleId}${f.start}`} className={f.ruleId === parsed?.rule.id ? 'this-rule' : undefined}>
                <b>{categoryLabel(f.category)}</b> {f.scope === 'span' ? `“${f.text}”` : ''} — {f.message}{' '}
                <code className="small">{f.ruleId}</code>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

function ScopeSelect({ label, value, onChange }: { label: string; value: Scope; onChange(v: Scope): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Scope)}>
        {SCOPES.map((s) => (
          <option key={s} value={s}>
            {t(`opt_scope_${s.replace(/\+/g, '_')}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
