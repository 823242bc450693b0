/**
 * Add or edit a rule of the edited layer. The rule is validated as part of
 * its set on every change: problems show next to their field in plain words,
 * the rule's examples show pass/fail live, and "try on a reply" runs all
 * rules in force with this rule as it is in the form. Save is refused while
 * anything is wrong; nothing invalid is stored.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  CATEGORIES,
  type Category,
  Engine,
  type ExampleResult,
  type Rule,
  type RuleSet,
  runRuleExamples,
  type ValidationResult,
  validateRuleSet,
} from '@/rules';
import { checkRuleSet } from '@/utils/rulesets';
import { t } from '../i18n';
import { categoryLabel, SEVERITY_ICON, severityLabel } from '../labels';
import { problemLine } from '../problems';
import { useSettings } from '../stores/settings';
import { duplicateRows } from './csv';
import { Field, FieldErrors } from './Field';
import {
  type CondDraft,
  draftFromRule,
  emptyBad,
  emptyCond,
  emptyGood,
  type FieldKey,
  fieldErrors,
  newDraft,
  type RuleDraft,
  ruleFromDraft,
  SCOPES,
  sentIndex,
} from './form';
import { JargonTable } from './JargonTable';
import { mergedFor, useEditor } from './store';

/** Stand-ins while the form is incomplete, so examples can run before the message is written. */
const PROBE_ID = 'helder-draft-rule';

/** The engine's reason in the page's language (the engine words it in English, for the command line). */
export function reasonText(reason: string | undefined): string {
  if (!reason) return '';
  const m =
    /^marks "(.*)" instead of "(.*)"$/s.exec(reason) ??
    /^does not mark "(.*)"$/s.exec(reason) ??
    /^fires on "(.*)" but should not$/s.exec(reason) ??
    /^after taking over suggestion (\d+), the rule fires again on "(.*)"$/s.exec(reason);
  if (!m) return reason;
  if (reason.startsWith('marks ')) return t('opt_reasonMarksOther', [m[1] ?? '', m[2] ?? '']);
  if (reason.startsWith('does not')) return t('opt_reasonNoMark', m[1] ?? '');
  if (reason.startsWith('fires on')) return t('opt_reasonFires', m[1] ?? '');
  return t('opt_reasonFiresAgain', m[2] ?? '');
}

function Verdict({ result, label }: { result?: ExampleResult; label?: string }) {
  if (!result)
    return (
      <span className="verdict pending" data-testid="example-verdict">
        {label ? `${label}: ` : ''}… {t('opt_pending')}
      </span>
    );
  return result.ok ? (
    <span className="verdict pass" data-testid="example-verdict">
      {label ? `${label}: ` : ''}✓ {t('opt_pass')}
    </span>
  ) : (
    <span className="verdict fail" data-testid="example-verdict">
      {label ? `${label}: ` : ''}✗ {t('opt_fail')}
      {result.reason ? ` — ${reasonText(result.reason)}` : ''}
    </span>
  );
}

/** Validation of the set with this rule in it, and (when that fails) a probe that still lets the examples run. */
interface Checked {
  res: ValidationResult;
  /** The set the examples and "try on a reply" run on: the valid set, or the probe; null when even the probe is invalid. */
  run: { set: RuleSet; rule: Rule; badMap: number[]; goodMap: number[] } | null;
}

function useCheck(draft: RuleDraft, base: RuleSet, index: number, replacing: boolean, others: RuleSet[]): Checked {
  const { layer } = useEditor();
  return useMemo(() => {
    const raw = ruleFromDraft(draft);
    const withRule = (rule: unknown) => {
      const rules: unknown[] = [...base.rules];
      rules.splice(index, replacing ? 1 : 0, rule);
      return { ...base, rules };
    };
    const res = checkRuleSet(withRule(raw), layer, others);
    const examples = raw.examples as { bad: unknown[]; good: unknown[] };
    const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
    if (res.ok) {
      const rule = res.ruleSet.rules[index] as Rule;
      return { res, run: { set: res.ruleSet, rule, badMap: identity(examples.bad.length), goodMap: identity(examples.good.length) } };
    }
    // Leave out what is wrong in the examples and fill what is still missing, so the
    // examples that can run do (pass/fail while the rule is being written).
    const broken = (kind: 'bad' | 'good') => {
      const re = new RegExp(`^\\$\\.rules\\[${index}\\]\\.examples\\.${kind}\\[(\\d+)\\]`);
      return new Set(res.problems.flatMap((p) => re.exec(p.path)?.[1] ?? []).map(Number));
    };
    const badBroken = broken('bad');
    const goodBroken = broken('good');
    const badMap = identity(examples.bad.length).filter((i) => !badBroken.has(i));
    const goodMap = identity(examples.good.length).filter((i) => !goodBroken.has(i));
    const probeRule = {
      ...raw,
      id: PROBE_ID,
      message: String(raw.message).trim() ? raw.message : '…',
      hears: String(raw.hears).trim() ? raw.hears : '…',
      examples: { bad: badMap.map((i) => examples.bad[i]), good: goodMap.map((i) => examples.good[i]) },
    };
    const probe = validateRuleSet(withRule(probeRule));
    if (!probe.ok) return { res, run: null };
    return { res, run: { set: probe.ruleSet, rule: probe.ruleSet.rules[index] as Rule, badMap, goodMap } };
  }, [draft, base, index, replacing, layer, others]);
}

export function RuleForm({ rule, onClose }: { rule: Rule | null; onClose(saved: boolean): void }) {
  const { layer, current, saveRule, team, personal, policy } = useEditor();
  const disabledRules = useSettings((s) => s.settings?.disabledRules);
  const base = current();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftFromRule(rule) : newDraft(layer === 'team' ? 'team' : 'mine')));
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const [tryText, setTryText] = useState('');
  const [tryContext, setTryContext] = useState('');
  // Typing stays responsive: validation and the examples follow a moment later.
  const deferred = useDeferredValue(draft);
  const deferredTry = useDeferredValue(tryText);
  const deferredTryContext = useDeferredValue(tryContext);
  const up = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const replacing = !!rule && base.rules.some((r) => r.id === rule.id);
  const index = replacing ? base.rules.findIndex((r) => r.id === rule?.id) : base.rules.length;
  const other = layer === 'team' ? personal : team;
  const others = useMemo(() => (other ? [other.ruleSet] : []), [other]);
  const check = useCheck(deferred, base, index, replacing, others);
  const errors = check.res.ok ? {} : fieldErrors(check.res.problems, index, deferred);
  const dups = draft.type === 'jargon' ? duplicateRows(draft.terms) : new Set<number>();

  const results = useMemo(() => {
    const run = check.run;
    if (!run) return null;
    try {
      // Only a rule that reads other rules' findings needs the whole set compiled (a team's
      // 5,000-term jargon list makes that slow); any other rule runs alone, with the set's signals.
      const readsFindings = [...(run.rule.when ?? []), ...(run.rule.unless ?? [])].some((c) => c.findings?.length);
      const set = readsFindings ? run.set : { ...run.set, rules: [run.rule] };
      // Results come back by position among the examples that ran; map them to the visible rows' sent positions.
      return runRuleExamples(set, { ...run.rule, enabled: true }).map((r) =>
        r.kind === 'good'
          ? { ...r, index: run.goodMap[r.index] ?? -1 }
          : r.kind === 'bad'
            ? { ...r, index: run.badMap[r.index] ?? -1 }
            : { ...r, index: (run.badMap[Math.floor(r.index / 100)] ?? -1) * 100 + (r.index % 100) },
      );
    } catch (e) {
      return [{ ruleId: run.rule.id, kind: 'bad', index: -1, text: '', ok: false, reason: String((e as Error).message) } as ExampleResult];
    }
  }, [check.run]);
  // Verdicts follow the deferred draft: only show them when they belong to what is on screen.
  const fresh = deferred === draft;
  const verdict = (kind: ExampleResult['kind'], i: number) =>
    fresh && results ? results.find((r) => r.kind === kind && r.index === i) : undefined;

  // The merged rules with this rule as in the form; compiled only while there is a reply to try.
  const trying = deferredTry.trim() !== '';
  const engine = useMemo(() => {
    if (!trying) return null;
    const set = check.run?.set ?? base;
    return new Engine(mergedFor({ layer, team, personal, policy }, disabledRules, set).ruleSets);
  }, [trying, check, base, layer, team, personal, policy, disabledRules]);
  const tried = useMemo(
    () => (engine ? engine.analyze(deferredTry, { context: deferredTryContext || undefined }).findings : null),
    [engine, deferredTry, deferredTryContext],
  );
  const thisRule = check.res.ok ? draft.id.trim() : PROBE_ID;

  const failing = fresh && results ? results.filter((r) => !r.ok).length : 0;
  const err = (k: FieldKey) => errors[k];
  const canSave = check.res.ok && dups.size === 0 && fresh;
  const save = async () => {
    // Validate what is on screen now, not what was last deferred.
    const raw = ruleFromDraft(draft);
    const rules: unknown[] = [...base.rules];
    rules.splice(index, replacing ? 1 : 0, raw);
    const res = checkRuleSet({ ...base, rules }, layer, others);
    if (!res.ok || duplicateRows(draft.terms).size) return;
    const out = await saveRule(res.ruleSet.rules[index] as Rule, replacing ? rule?.id : undefined);
    if (out.ok) onClose(true);
    else setSaveProblems(out.problems.map(problemLine));
  };
  const signals = Object.keys(base.signals ?? {});
  const usesContext = [...draft.when, ...draft.unless].some((c) => c.in === 'context' || c.in === 'text+context');
  const showBadContext = usesContext || draft.bad.some((b) => b.context.trim());
  const showGoodContext = usesContext || draft.good.some((g) => g.context.trim());

  return (
    <section className="rule-form" aria-labelledby="form-title" data-testid="rule-form">
      <h2 id="form-title" ref={heading} tabIndex={-1}>
        {rule ? t('opt_editTitle', rule.id) : t('opt_addTitle')}
      </h2>
      <p className="muted">{t('opt_formLayer', [t(`opt_layer_${layer}`), base.lang === 'nl' ? 'Nederlands' : 'English'])}</p>
      <div className="grid2">
        <Field label={t('opt_fieldId')} errors={err('id')} hint={t('opt_fieldIdHint')} hintBelow>
          {(id, d, bad) => (
            <input
              id={id}
              aria-describedby={d}
              aria-invalid={bad}
              value={draft.id}
              onChange={(e) => up({ id: e.target.value })}
              data-testid="rule-id"
            />
          )}
        </Field>
        <Field label={t('opt_filterCategory')} errors={err('category')}>
          {(id) => (
            <select id={id} value={draft.category} onChange={(e) => up({ category: e.target.value as Category })}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('opt_colSeverity')} errors={err('severity')}>
          {(id) => (
            <select id={id} value={draft.severity} onChange={(e) => up({ severity: e.target.value as RuleDraft['severity'] })}>
              {(['error', 'warning', 'info'] as const).map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_ICON[s]} {severityLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('opt_fieldType')} errors={err('type')}>
          {(id) => (
            <select
              id={id}
              value={draft.type}
              disabled={draft.type === 'detector'}
              onChange={(e) => {
                const type = e.target.value as RuleDraft['type'];
                // A new jargon rule is almost always in the jargon category.
                up({ type, ...(!rule && type === 'jargon' && { category: 'jargon' }) });
              }}
              data-testid="rule-type"
            >
              <option value="phrases">{t('opt_type_phrases')}</option>
              <option value="jargon">{t('opt_type_jargon')}</option>
              <option value="message">{t('opt_type_message')}</option>
              {draft.type === 'detector' && <option value="detector">{t('opt_type_detector')}</option>}
            </select>
          )}
        </Field>
      </div>
      <label className="inline">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => up({ enabled: e.target.checked })} /> {t('opt_fieldEnabled')}
      </label>

      {draft.type === 'phrases' && (
        <Field label={t('opt_fieldPatterns')} errors={err('patterns')} hint={t('opt_fieldPatternsHint')} testId="patterns-field">
          {(id, d, bad) => (
            <textarea
              id={id}
              aria-describedby={d}
              aria-invalid={bad}
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
          <FieldErrors errors={err('terms')} />
          <JargonTable
            rows={draft.terms}
            onChange={(terms) => up({ terms })}
            errors={Object.fromEntries(draft.terms.map((_, i) => [i, err(`terms.${i}`) ?? []]).filter(([, v]) => (v as string[]).length))}
          />
        </>
      )}
      {draft.type === 'detector' && draft.detector && (
        <p className="note" data-testid="detector-note">
          {t('opt_detectorKept', [
            draft.detector.detector,
            Object.entries(draft.detector.params ?? {})
              .map(([k, v]) => `${k} ${v}`)
              .join(', ') || '—',
          ])}
        </p>
      )}

      <Conditions
        kind="when"
        rows={draft.when}
        onChange={(when) => up({ when })}
        errors={errors}
        signals={signals}
        isMessage={draft.type === 'message'}
      />
      <Conditions
        kind="unless"
        rows={draft.unless}
        onChange={(unless) => up({ unless })}
        errors={errors}
        signals={signals}
        isMessage={draft.type === 'message'}
      />

      <Field label={t('opt_fieldMessage')} errors={err('message')}>
        {(id, d, bad) => (
          <input id={id} aria-describedby={d} aria-invalid={bad} value={draft.message} onChange={(e) => up({ message: e.target.value })} />
        )}
      </Field>
      <Field label={t('card_hears')} errors={err('hears')} hint={t('opt_fieldHearsHint')}>
        {(id, d, bad) => (
          <input id={id} aria-describedby={d} aria-invalid={bad} value={draft.hears} onChange={(e) => up({ hears: e.target.value })} />
        )}
      </Field>
      <Field label={t('opt_fieldSuggestions')} errors={err('suggestions')} hint={t('opt_fieldSuggestionsHint')}>
        {(id, d, bad) => (
          <textarea
            id={id}
            aria-describedby={d}
            aria-invalid={bad}
            rows={2}
            value={draft.suggestions}
            onChange={(e) => up({ suggestions: e.target.value })}
          />
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
      <FieldErrors errors={err('replace')} />
      {draft.type !== 'message' && (
        <Field label={t('opt_fieldRemove')} errors={err('remove')} hint={t('opt_fieldRemoveHint')}>
          {(id, d, bad) => (
            <input id={id} aria-describedby={d} aria-invalid={bad} value={draft.remove} onChange={(e) => up({ remove: e.target.value })} />
          )}
        </Field>
      )}

      <fieldset className="examples" data-testid="bad-examples">
        <legend>{t('opt_examplesBad')}</legend>
        <FieldErrors errors={err('bad')} />
        {draft.bad.map((b, i) => {
          const at = sentIndex(draft, 'bad', i);
          const applied = fresh && results ? results.filter((r) => r.kind === 'applied' && Math.floor(r.index / 100) === at) : [];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
            <div className={`example${showBadContext ? ' with-context' : ''}`} key={i} data-testid="bad-example">
              <input
                aria-label={t('opt_exampleText', String(i + 1))}
                aria-invalid={!!err(`bad.${i}`)}
                placeholder={t('opt_exampleTextPh')}
                value={b.text}
                onChange={(e) => up({ bad: draft.bad.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
              />
              <input
                aria-label={t('opt_exampleSpan', String(i + 1))}
                aria-invalid={!!err(`bad.${i}`)}
                placeholder={t('opt_exampleSpanPh')}
                value={b.span}
                onChange={(e) => up({ bad: draft.bad.map((x, j) => (j === i ? { ...x, span: e.target.value } : x)) })}
              />
              <button
                type="button"
                aria-label={t('opt_removeExample', String(i + 1))}
                onClick={() => up({ bad: draft.bad.filter((_, j) => j !== i) })}
              >
                ✕
              </button>
              {showBadContext && (
                <input
                  className="context"
                  aria-label={t('opt_exampleContext', String(i + 1))}
                  placeholder={t('opt_exampleContextPh')}
                  value={b.context}
                  onChange={(e) => up({ bad: draft.bad.map((x, j) => (j === i ? { ...x, context: e.target.value } : x)) })}
                />
              )}
              {at >= 0 && (
                <div className="verdict-line" aria-live="polite">
                  <Verdict result={verdict('bad', at)} />
                  {applied.map((r) => (
                    <Verdict key={r.index} result={r} label={t('opt_appliedN', String((r.index % 100) + 1))} />
                  ))}
                </div>
              )}
              <FieldErrors errors={err(`bad.${i}`)} />
            </div>
          );
        })}
        <button type="button" onClick={() => up({ bad: [...draft.bad, emptyBad()] })}>
          {t('opt_addExample')}
        </button>
      </fieldset>

      <fieldset className="examples" data-testid="good-examples">
        <legend>{t('opt_examplesGood')}</legend>
        <p className="muted small">{t('opt_examplesGoodHint')}</p>
        {draft.good.map((g, i) => {
          const at = sentIndex(draft, 'good', i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
            <div className={`example good${showGoodContext ? ' with-context' : ''}`} key={i} data-testid="good-example">
              <input
                aria-label={t('opt_goodText', String(i + 1))}
                aria-invalid={!!err(`good.${i}`)}
                placeholder={t('opt_goodTextPh')}
                value={g.text}
                onChange={(e) => up({ good: draft.good.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
              />
              <button
                type="button"
                aria-label={t('opt_removeGood', String(i + 1))}
                onClick={() => up({ good: draft.good.filter((_, j) => j !== i) })}
              >
                ✕
              </button>
              {showGoodContext && (
                <input
                  className="context"
                  aria-label={t('opt_goodContext', String(i + 1))}
                  placeholder={t('opt_exampleContextPh')}
                  value={g.context}
                  onChange={(e) => up({ good: draft.good.map((x, j) => (j === i ? { ...x, context: e.target.value } : x)) })}
                />
              )}
              {at >= 0 && (
                <div className="verdict-line" aria-live="polite">
                  <Verdict result={verdict('good', at)} />
                </div>
              )}
              <FieldErrors errors={err(`good.${i}`)} />
            </div>
          );
        })}
        <button type="button" onClick={() => up({ good: [...draft.good, emptyGood()] })}>
          {t('opt_addGood')}
        </button>
      </fieldset>

      {errors.general && (
        <div className="error" role="alert">
          {errors.general.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      {saveProblems.length > 0 && (
        <div className="error" role="alert">
          <p>{t('opt_notSaved')}</p>
          {saveProblems.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      <div className="row form-actions">
        <button type="button" className="primary" disabled={!canSave} onClick={() => void save()} data-testid="save-rule">
          {t('opt_save')}
        </button>
        <button type="button" onClick={() => onClose(false)} data-testid="cancel-rule">
          {t('opt_cancel')}
        </button>
        {!check.res.ok || dups.size ? (
          <span className="field-error" data-testid="save-blocked">
            ⚠ {t('opt_fixFirst')}
          </span>
        ) : failing > 0 ? (
          <span className="warn-text" data-testid="examples-failing">
            ⚠ {t('opt_examplesFailing', String(failing))}
          </span>
        ) : null}
      </div>

      <section className="try" aria-labelledby="try-title">
        <h3 id="try-title">{t('opt_tryTitle')}</h3>
        <p className="muted small">{t('opt_tryHelp')}</p>
        <TryText value={tryText} onChange={setTryText} label={t('opt_tryReply')} testId="try-text" />
        {usesContext && <TryText value={tryContext} onChange={setTryContext} label={t('opt_tryContext')} testId="try-context" />}
        {tried && (
          <ul className="tried" data-testid="try-results" aria-live="polite">
            {tried.length === 0 && <li>{t('list_empty')}</li>}
            {tried.map((f) => (
              <li key={`${f.ruleId}${f.start}`} className={f.ruleId === thisRule ? 'this-rule' : undefined}>
                <span className={`sev ${f.severity}`}>
                  {SEVERITY_ICON[f.severity]} {severityLabel(f.severity)}
                </span>{' '}
                <b>{categoryLabel(f.category)}</b> {f.scope === 'span' ? `“${f.text}”` : ''} — {f.message}{' '}
                <code className="small">{f.ruleId === PROBE_ID ? t('opt_thisRule') : f.ruleId}</code>
                {f.ruleId === thisRule && <span className="small"> ← {t('opt_thisRule')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function TryText({ value, onChange, label, testId }: { value: string; onChange(v: string): void; label: string; testId: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={4} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </div>
  );
}

function Conditions({
  kind,
  rows,
  onChange,
  errors,
  signals,
  isMessage,
}: {
  kind: 'when' | 'unless';
  rows: CondDraft[];
  onChange(rows: CondDraft[]): void;
  errors: Partial<Record<FieldKey, string[]>>;
  signals: string[];
  isMessage: boolean;
}) {
  const set = (i: number, patch: Partial<CondDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const defaultScope = isMessage ? 'text' : 'sentence_next';
  return (
    <fieldset className="conditions" data-testid={`conditions-${kind}`}>
      <legend>{t(kind === 'when' ? 'opt_fieldWhen' : 'opt_fieldUnless')}</legend>
      <p className="muted small">{t(kind === 'when' ? 'opt_fieldWhenHint' : 'opt_fieldUnlessHint')}</p>
      <FieldErrors errors={errors[kind]} />
      {rows.map((c, i) => {
        const n = String(i + 1);
        const known = c.signal === '' || signals.includes(c.signal);
        const errs = errors[`${kind}.${i}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
          <div className={`condition${errs?.length ? ' invalid' : ''}`} key={i}>
            <label>
              {t('opt_condSignal')}
              <select
                value={c.signal}
                onChange={(e) => set(i, { signal: e.target.value })}
                aria-label={t(`opt_cond_${kind}_signal`, n)}
                aria-invalid={!!errs?.length}
              >
                <option value="">{t('opt_condNoSignal')}</option>
                {signals.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
                {!known && <option value={c.signal}>{c.signal}</option>}
              </select>
            </label>
            <label className="grow">
              {t('opt_condPatterns')}
              <textarea
                rows={2}
                value={c.patterns}
                onChange={(e) => set(i, { patterns: e.target.value })}
                aria-label={t(`opt_cond_${kind}_patterns`, n)}
                aria-invalid={!!errs?.length}
                data-testid={`${kind}-patterns`}
              />
            </label>
            <label>
              {t('opt_fieldIn')}
              <select
                value={c.in}
                onChange={(e) => set(i, { in: e.target.value as CondDraft['in'] })}
                aria-label={t(`opt_cond_${kind}_in`, n)}
              >
                <option value="">{t('opt_scopeDefault', t(`opt_scope_${defaultScope}`))}</option>
                {SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {t(`opt_scope_${s.replace(/\+/g, '_')}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline small">
              <input
                type="checkbox"
                checked={c.outside === true}
                onChange={(e) => set(i, { outside: e.target.checked ? true : undefined })}
                aria-label={t(`opt_cond_${kind}_outside`, n)}
              />{' '}
              {t('opt_condOutside')}
            </label>
            <label>
              {t('opt_condContext')}
              <select
                value={c.hasContext ?? ''}
                onChange={(e) => set(i, { hasContext: (e.target.value || undefined) as CondDraft['hasContext'] })}
                aria-label={t(`opt_cond_${kind}_context`, n)}
              >
                <option value="">{t('opt_condContextAny')}</option>
                <option value="yes">{t('opt_condContextYes')}</option>
                <option value="no">{t('opt_condContextNo')}</option>
              </select>
            </label>
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t(`opt_cond_${kind}_remove`, n)}>
              ✕
            </button>
            {(isMessage || c.findings.length > 0) && (
              <fieldset className="findings-pick">
                <legend>{t('opt_condFindings')}</legend>
                {CATEGORIES.map((cat) => (
                  <label key={cat} className="inline small">
                    <input
                      type="checkbox"
                      checked={c.findings.includes(cat)}
                      onChange={(e) => set(i, { findings: e.target.checked ? [...c.findings, cat] : c.findings.filter((x) => x !== cat) })}
                    />{' '}
                    {categoryLabel(cat)}
                  </label>
                ))}
              </fieldset>
            )}
            <FieldErrors errors={errs} />
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, emptyCond()])} data-testid={`add-${kind}`}>
        {t(kind === 'when' ? 'opt_addWhen' : 'opt_addUnless')}
      </button>
    </fieldset>
  );
}
