/** The options page: the rule-set editor, sharing, and settings. */
import { useEffect, useState } from 'react';
import type { Rule } from '@/rules';
import type { Layer } from '@/utils/rulesets';
import { t } from '../i18n';
import { useRules } from '../stores/rules';
import { useSettings } from '../stores/settings';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { Settings } from './Settings';
import { Sharing } from './Sharing';
import { type SaveOutcome, useEditor } from './store';

type Tab = 'rules' | 'share' | 'settings';
const TABS: Tab[] = ['rules', 'share', 'settings'];

export function Options({ initialTab = 'rules' }: { initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const [editing, setEditing] = useState<Rule | null | undefined>(undefined);
  const [problem, setProblem] = useState<string[]>([]);
  const { layer, setLayer, loaded } = useEditor();
  useEffect(() => useEditor.getState().connect(), []);
  useEffect(() => useRules.getState().connect(), []);
  useEffect(() => useSettings.getState().connect(), []);
  const onProblem = (o: SaveOutcome) => setProblem(o.ok ? [] : o.problems.map((p) => `${p.path}: ${p.message}`));

  return (
    <div className="options">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={24} height={24} /> {t('opt_title')}
        </h1>
        <label className="row">
          {t('opt_editing')}
          <select value={layer} onChange={(e) => setLayer(e.target.value as Layer)} data-testid="layer">
            <option value="personal">{t('opt_layer_personal')}</option>
            <option value="team">{t('opt_layer_team')}</option>
          </select>
        </label>
      </header>
      <p className="muted">{t(`opt_layerHelp_${layer}`)}</p>
      <nav className="tabs" aria-label={t('opt_title')}>
        {TABS.map((k) => (
          <button key={k} type="button" aria-current={tab === k ? 'page' : undefined} onClick={() => setTab(k)} data-testid={`tab-${k}`}>
            {t(`opt_tab_${k}`)}
          </button>
        ))}
      </nav>
      {problem.length > 0 && (
        <div className="error" role="alert">
          <p>{t('opt_notSaved')}</p>
          {problem.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      {!loaded && <p className="muted">{t('popup_waiting')}</p>}
      {loaded && tab === 'rules' && editing !== undefined && (
        <RuleForm key={editing?.id ?? 'new'} rule={editing} onClose={() => setEditing(undefined)} />
      )}
      {loaded && tab === 'rules' && editing === undefined && <RuleList onEdit={setEditing} onProblem={onProblem} />}
      {loaded && tab === 'share' && <Sharing />}
      {tab === 'settings' && <Settings />}
    </div>
  );
}
