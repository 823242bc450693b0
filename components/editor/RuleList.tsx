/**
 * All rules in force — built-in, team, personal — in one list, filterable by
 * category, language and source. Per rule: on/off and severity (and, for a
 * team lead, a lock), written to the edited layer.
 */
import { useMemo, useState } from 'react';
import { CATEGORIES, type Lang, type Rule, type RuleSource, type Severity } from '@/rules';
import { t } from '../i18n';
import { categoryLabel, SEVERITY_ICON, severityLabel } from '../labels';
import { useRules } from '../stores/rules';
import { type SaveOutcome, useEditor } from './store';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface RuleRow {
  rule: Rule;
  lang: Lang;
  source: RuleSource;
  locked?: 'on' | 'off';
}

export function RuleList({ onEdit, onProblem }: { onEdit(rule: Rule | null): void; onProblem(outcome: SaveOutcome): void }) {
  const { rules } = useRules();
  const { layer, setRuleState, deleteRule, current } = useEditor();
  const [category, setCategory] = useState('');
  const [lang, setLang] = useState('');
  const [source, setSource] = useState('');
  const [query, setQuery] = useState('');
  const rows: RuleRow[] = useMemo(
    () =>
      (rules?.ruleSets ?? []).flatMap((s) =>
        s.rules.map((rule) => ({
          rule,
          lang: s.lang,
          source: rules?.origins[rule.id]?.source ?? 'builtin',
          locked: rules?.origins[rule.id]?.locked,
        })),
      ),
    [rules],
  );
  const own = new Set(current().rules.map((r) => r.id));
  const q = query.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!category || r.rule.category === category) &&
      (!lang || r.lang === lang) &&
      (!source || r.source === source) &&
      (!q || r.rule.id.includes(q) || r.rule.message.toLowerCase().includes(q)),
  );
  const change = async (id: string, patch: Parameters<typeof setRuleState>[1]) => onProblem(await setRuleState(id, patch));
  const team = useEditor((s) => s.team);
  const teamLocks = team?.ruleSet.locks ?? {};

  return (
    <section aria-labelledby="rules-title">
      <div className="row spread">
        <h2 id="rules-title">{t('opt_rulesTitle')}</h2>
        <button type="button" className="primary" onClick={() => onEdit(null)} data-testid="add-rule">
          {t('opt_addRule')}
        </button>
      </div>
      <div className="row filters">
        <label>
          {t('opt_filterCategory')}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
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
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t('opt_all')}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('opt_filterSource')}
          <select value={source} onChange={(e) => setSource(e.target.value)}>
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
          {shown.map(({ rule, lang: l, source: src, locked }) => {
            const blocked = layer === 'personal' && !!locked;
            return (
              <tr key={rule.id} data-rule-id={rule.id}>
                <td>
                  <code>{rule.id}</code> <span className="tag">{l}</span>
                  <div className="muted small">{rule.message}</div>
                </td>
                <td>{categoryLabel(rule.category)}</td>
                <td>
                  {t(`card_source_${src}`)}
                  {locked && <div className="small">🔒 {t(locked === 'on' ? 'opt_lockedOn' : 'opt_lockedOff')}</div>}
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={rule.enabled !== false}
                    disabled={blocked}
                    aria-label={t('opt_ruleOn', rule.id)}
                    onChange={(e) => void change(rule.id, { enabled: e.target.checked })}
                  />
                </td>
                <td>
                  <select
                    value={rule.severity}
                    disabled={blocked}
                    aria-label={t('opt_ruleSeverity', rule.id)}
                    onChange={(e) => void change(rule.id, { severity: e.target.value as Severity })}
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
                      value={teamLocks[rule.id] ?? ''}
                      aria-label={t('opt_ruleLock', rule.id)}
                      onChange={(e) => void change(rule.id, { lock: (e.target.value || null) as 'on' | 'off' | null })}
                    >
                      <option value="">{t('opt_lockNone')}</option>
                      <option value="on">{t('opt_lockedOn')}</option>
                      <option value="off">{t('opt_lockedOff')}</option>
                    </select>
                  </td>
                )}
                <td className="actions">
                  {own.has(rule.id) && (
                    <>
                      <button type="button" onClick={() => onEdit(rule)} aria-label={t('opt_editRule', rule.id)}>
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
