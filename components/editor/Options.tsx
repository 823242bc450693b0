/** The options page: the rule-set editor, sharing, and settings. */
import { useEffect, useRef, useState } from 'react';
import type { Rule } from '@/rules';
import type { Layer } from '@/utils/rulesets';
import { t, tn } from '../i18n';
import { problemLine } from '../problems';
import { useSettings } from '../stores/settings';
import { Lock } from './Lock';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { Settings } from './Settings';
import { Sharing } from './Sharing';
import { type SaveOutcome, useEditor } from './store';

export type Tab = 'rules' | 'share' | 'settings';
const TABS: Tab[] = ['rules', 'share', 'settings'];

/** What the administrator's policy controls, in words. */
function PolicyNote() {
  const policy = useEditor((s) => s.policy);
  const locks = Object.keys(policy.lockedRules ?? {});
  if (!policy.ruleSetUrl && !locks.length && !policy.disabledSites?.length) return null;
  return (
    <div className="note policy" data-testid="policy-note">
      <b>
        <Lock /> {t('opt_policyTitle')}
      </b>
      <ul>
        {policy.ruleSetUrl && <li>{t('opt_subManaged', policy.ruleSetUrl)}</li>}
        {locks.length > 0 && <li>{tn('opt_policyLocks', locks.length, [locks.join(', ')])}</li>}
        {policy.disabledSites?.length ? <li>{t('opt_policySites', policy.disabledSites.join(', '))}</li> : null}
      </ul>
    </div>
  );
}

export function Options({ initialTab = 'rules' }: { initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const [editing, setEditing] = useState<Rule | null | undefined>(undefined);
  const [problem, setProblem] = useState<string[]>([]);
  const { layer, setLayer, loaded } = useEditor();
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => useEditor.getState().connect(), []);
  useEffect(() => useSettings.getState().connect(), []);
  const onProblem = (o: SaveOutcome) => setProblem(o.ok ? [] : o.problems.map(problemLine));
  const edit = (rule: Rule | null) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setProblem([]);
    setEditing(rule);
  };
  const closeForm = () => {
    setEditing(undefined);
    // Back to where the writer was (the Edit or Add button), once the list is there again.
    setTimeout(() => returnFocus.current?.isConnected && returnFocus.current.focus(), 0);
  };

  return (
    <div className="options">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={24} height={24} /> {t('opt_title')}
        </h1>
        <label className="row">
          {t('opt_editing')}
          <select
            value={layer}
            onChange={(e) => {
              setLayer(e.target.value as Layer);
              setEditing(undefined);
              setProblem([]);
            }}
            data-testid="layer"
          >
            <option value="personal">{t('opt_layer_personal')}</option>
            <option value="team">{t('opt_layer_team')}</option>
          </select>
        </label>
      </header>
      <p className="muted">{t(`opt_layerHelp_${layer}`)}</p>
      <PolicyNote />
      <nav className="tabs" aria-label={t('opt_sections')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            aria-current={tab === k ? 'page' : undefined}
            onClick={() => {
              setTab(k);
              setProblem([]);
            }}
            data-testid={`tab-${k}`}
          >
            {t(`opt_tab_${k}`)}
          </button>
        ))}
      </nav>
      {problem.length > 0 && (
        <div className="error" role="alert" data-testid="save-problems">
          <p>{t('opt_notSaved')}</p>
          {problem.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      <main>
        {!loaded && <p className="muted">{t('popup_waiting')}</p>}
        {loaded && tab === 'rules' && editing !== undefined && (
          <RuleForm key={`${layer}:${editing?.id ?? 'new'}`} rule={editing} onClose={closeForm} />
        )}
        {loaded && tab === 'rules' && editing === undefined && <RuleList onEdit={edit} onProblem={onProblem} />}
        {loaded && tab === 'share' && <Sharing />}
        {tab === 'settings' && <Settings />}
      </main>
    </div>
  );
}
