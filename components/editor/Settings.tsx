/** General settings: the pre-send review (on/off, threshold) and where Helder is on. */
import type { Severity } from '@/rules';
import { t } from '../i18n';
import { severityLabel } from '../labels';
import { useSettings } from '../stores/settings';
import { Lock } from './Lock';

export function Settings() {
  const { settings, update } = useSettings();
  if (!settings) return null;
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('opt_settingsTitle')}</h2>
      <div className="card-box">
        <h3>{t('opt_presendTitle')}</h3>
        <p className="muted">{t('opt_presendHelp')}</p>
        <label className="row">
          <input
            type="checkbox"
            checked={settings.presend.enabled}
            onChange={(e) => void update({ presend: { ...settings.presend, enabled: e.target.checked } })}
            data-testid="presend-enabled"
          />
          {t('opt_presendOn')}
        </label>
        <label className="row">
          {t('opt_presendThreshold')}
          <select
            value={settings.presend.threshold}
            disabled={!settings.presend.enabled}
            onChange={(e) => void update({ presend: { ...settings.presend, threshold: e.target.value as Severity } })}
            data-testid="presend-threshold"
          >
            {(['error', 'warning', 'info'] as const).map((s) => (
              <option key={s} value={s}>
                {t('opt_presendAtLeast', severityLabel(s))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="card-box">
        <h3>{t('opt_sitesTitle')}</h3>
        <label className="row">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => void update({ enabled: e.target.checked })} />
          {t('opt_enabled')}
        </label>
        {settings.disabledSites.length > 0 && (
          <ul>
            {settings.disabledSites.map((h) => (
              <li key={h}>
                {t('opt_offOn', h)}{' '}
                <button type="button" onClick={() => void update({ disabledSites: settings.disabledSites.filter((x) => x !== h) })}>
                  {t('opt_turnOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {(settings.policyDisabledSites ?? []).map((h) => (
          <p key={h} className="muted">
            <Lock /> {t('opt_offByPolicy', h)}
          </p>
        ))}
      </div>
    </section>
  );
}
