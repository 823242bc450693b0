/**
 * All rules in force — built-in, team, personal — in one list, filterable by
 * category, language and source. Per rule: on/off and severity (and, for a
 * team lead, a lock), written to the edited layer. A rule locked by the team
 * (for the writer) or by the administrator (for everyone) shows why its
 * controls are off.
 */
import { useMemo, useState } from 'react';
import { CATEGORIES, type Lang, type Rule, type RuleSource, type Severity } from '@/rules';
import { t } from '../i18n';
import { categoryLabel, SEVERITY_ICON, severityLabel } from '../labels';
import { own } from '../own';
import { useSettings } from '../stores/settings';
import { Lock } from './Lock';
import { mergedFor, type RuleStatePatch, type SaveOutcome, useEditor } from './store';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface RuleRow {
  rule: Rule;
  lang: Lang;
  source: RuleSource;
  locked?: 'on' | 'off';
  lockedBy?: 'policy' | 'team';
  /** The edited layer changes this rule of a lower layer (override, or the writer's "turn off"). */
  changedHere: boolean;
  /** The rule belongs to the edited layer's set. */
  own: boolean;
}

export function RuleList({ onEdit, onProblem }: { onEdit(rule: Rule | null): void; onProblem(outcome: SaveOutcome): void }) {
  const { layer, team, personal, policy, subscription, setRuleState, deleteRule, current, readOnly } = useEditor();
  const disabledRules = useSettings((s) => s.settings?.disabledRules);
  const [category, setCategory] = useState('');
  const [lang, setLang] = useState('');
  const [source, setSource] = useState('');
  const [query, setQuery] = useState('');
  const base = current();
  const locked = readOnly();

  const rows: RuleRow[] = useMemo(() => {
    const merged = mergedFor({ layer, team, personal, policy }, disabledRules);
    const ownIds = new Set(base.rules.map((r) => r.id));
    return merged.ruleSets.flatMap((s) =>
      s.rules.map((rule) => {
        const origin = own(merged.origins, rule.id);
        return {
          rule,
          lang: s.lang,
          source: origin?.source ?? 'builtin',
          locked: origin?.locked,
          lockedBy: own(policy.lockedRules, rule.id) ? 'policy' : origin?.locked ? 'team' : undefined,
          changedHere: !!own(base.overrides, rule.id) || (layer === 'personal' && !!disabledRules?.includes(rule.id)),
          own: ownIds.has(rule.id),
        } satisfies RuleRow;
      }),
    );
  }, [layer, team, personal, policy, disabledRules, base]);

  const q = query.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!category || r.rule.category === category) &&
      (!lang || r.lang === lang) &&
      (!source || r.source === source) &&
      (!q || r.rule.id.includes(q) || r.rule.message.toLowerCase().includes(q)),
  );
  const change = async (id: string, patch: RuleStatePatch) => onProblem(await setRuleState(id, patch));
  const teamLocks = team?.ruleSet.locks ?? {};

  return (
    <section aria-labelledby="rules-title">
      <div className="row spread">
        <h2 id="rules-title">{t('opt_rulesTitle')}</h2>
        <button type="button" className="primary" onClick={() => onEdit(null)} disabled={!!locked} data-testid="add-rule">
          {t('opt_addRule')}
        </button>
      </div>
      {locked && (
        <p className="note">
          <Lock /> {locked}
        </p>
      )}
      {!locked && layer === 'team' && subscription && (
        <p className="note" data-testid="team-subscribed-note">
          {t('opt_teamSubscribedNote', subscription.url)}
        </p>
      )}
      <div className="row filters">
        <label>
          {t('opt_filterCategory')}
          <select value={category} onChange={(e) => setCategory(e.target.value)} data-testid="filter-category">
            <option value="">{t('opt_all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('opt_filterLang')}
          <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="filter-lang">
            <option value="">{t('opt_all')}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('opt_filterSource')}
          <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="filter-source">
            <option value="">{t('opt_all')}</option>
            {(['builtin', 'team', 'personal'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`card_source_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('opt_search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      <p className="muted" role="status">
        {t('opt_ruleCount', [String(shown.length), String(rows.length)])}
      </p>
      <div className="table-wrap">
        <table className="rules">
          <thead>
            <tr>
              <th scope="col">{t('opt_colRule')}</th>
              <th scope="col">{t('opt_filterCategory')}</th>
              <th scope="col">{t('opt_filterSource')}</th>
              <th scope="col">{t('opt_colOn')}</th>
              <th scope="col">{t('opt_colSeverity')}</th>
              {layer === 'team' && <th scope="col">{t('opt_colLock')}</th>}
              <th scope="col">
                <span className="sr-only">{t('opt_colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ rule, lang: l, source: src, locked: lockState, lockedBy, changedHere, own: isOwn }) => {
              // A lock decides on/off (and mergeLayers ignores overrides of a locked rule).
              const switchOff =
                !!locked || lockedBy === 'policy' || (layer === 'personal' && !!lockState) || (layer === 'team' && !!lockState);
              const severityOff = !!locked || (!!lockState && !isOwn);
              return (
                <tr key={rule.id} data-rule-id={rule.id} className={lockState ? 'locked' : undefined}>
                  <th scope="row">
                    <code>{rule.id}</code> <span className="tag">{l}</span>
                    <div className="muted small rule-msg">
                      {rule.message.replace(/'?\{(?:match|term|lower|plain|words|score)\}'?/g, '…')}
                    </div>
                  </th>
                  <td>{categoryLabel(rule.category)}</td>
                  <td>
                    {t(`card_source_${src}`)}
                    {lockState && (
                      <div className="small lock" data-testid="rule-lock-note">
                        <Lock /> {t(lockState === 'on' ? 'opt_lockedOn' : 'opt_lockedOff')}
                        {' — '}
                        {t(lockedBy === 'policy' ? 'opt_byPolicy' : 'opt_byTeam')}
                      </div>
                    )}
                    {changedHere && !lockState && <div className="small muted">✎ {t('opt_changedHere')}</div>}
                  </td>
                  <td>
                    <label className="switch">
                      <input
                        type="checkbox"
                        checked={rule.enabled !== false}
                        disabled={switchOff}
                        aria-label={t('opt_ruleOn', rule.id)}
                        onChange={(e) => void change(rule.id, { enabled: e.target.checked })}
                        data-testid="rule-enabled"
                      />
                      <span aria-hidden="true">{rule.enabled !== false ? t('opt_on') : t('opt_off')}</span>
                    </label>
                  </td>
                  <td>
                    <select
                      value={rule.severity}
                      disabled={severityOff}
                      aria-label={t('opt_ruleSeverity', rule.id)}
                      onChange={(e) => void change(rule.id, { severity: e.target.value as Severity })}
                      data-testid="rule-severity"
                    >
                      {SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {SEVERITY_ICON[s]} {severityLabel(s)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {layer === 'team' && (
                    <td>
                      <select
                        value={own(teamLocks, rule.id) ?? ''}
                        disabled={!!locked || lockedBy === 'policy'}
                        aria-label={t('opt_ruleLock', rule.id)}
                        onChange={(e) => void change(rule.id, { lock: (e.target.value || null) as 'on' | 'off' | null })}
                        data-testid="rule-lock"
                      >
                        <option value="">{t('opt_lockNone')}</option>
                        <option value="on">{t('opt_lockedOn')}</option>
                        <option value="off">{t('opt_lockedOff')}</option>
                      </select>
                    </td>
                  )}
                  <td className="row-actions">
                    {isOwn && !locked && (
                      <>
                        <button type="button" onClick={() => onEdit(rule)} aria-label={t('opt_editRule', rule.id)} data-testid="edit-rule">
                          {t('opt_edit')}
                        </button>
                        <button
                          type="button"
                          className="danger"
                          aria-label={t('opt_deleteRule', rule.id)}
                          onClick={async () => {
                            if (confirm(t('opt_confirmDelete', rule.id))) onProblem(await deleteRule(rule.id));
                          }}
                        >
                          {t('opt_delete')}
                        </button>
                      </>
                    )}
                    {!isOwn && changedHere && !locked && (
                      <button type="button" onClick={() => void change(rule.id, { reset: true })} aria-label={t('opt_resetRule', rule.id)}>
                        {t('opt_reset')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
