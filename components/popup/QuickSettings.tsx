/** Quick settings: Helder on this site, the text language, and which severities to show. */
import { useId } from 'react';
import { browser } from 'wxt/browser';
import type { Severity } from '@/rules';
import { t } from '../i18n';
import { SEVERITY_ICON, severityLabel } from '../labels';
import { useSettings } from '../stores/settings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function QuickSettings({ host }: { host: string | null }) {
  const { settings, update, error } = useSettings();
  const id = useId();
  if (!settings) return null;
  const byPolicy = host !== null && (settings.policyDisabledSites ?? []).includes(host);
  const onHere = host !== null && !settings.disabledSites.includes(host) && !byPolicy;
  return (
    <section className="quick" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('popup_settingsTitle')}</h2>
      {!settings.enabled && (
        <p className="row">
          <span className="note">{t('popup_offEverywhere')}</span>
          <button type="button" onClick={() => void update({ enabled: true })}>
            {t('popup_switchOn')}
          </button>
        </p>
      )}
      {host && (
        <label className="row">
          <input
            type="checkbox"
            checked={onHere}
            disabled={byPolicy}
            onChange={(e) =>
              void update({
                disabledSites: e.target.checked ? settings.disabledSites.filter((h) => h !== host) : [...settings.disabledSites, host],
              })
            }
          />
          {t('popup_onForSite', host)}
          {byPolicy && <span className="muted"> ({t('popup_byPolicy')})</span>}
        </label>
      )}
      {host && (
        <label className="row">
          <input
            type="checkbox"
            checked={!settings.badgeHiddenSites.includes(host)}
            onChange={(e) =>
              void update({
                badgeHiddenSites: e.target.checked
                  ? settings.badgeHiddenSites.filter((h) => h !== host)
                  : [...new Set([...settings.badgeHiddenSites, host])],
              })
            }
          />
          {t('popup_badgeSite', host)}
        </label>
      )}
      <label className="row">
        <input type="checkbox" checked={!settings.badgeHidden} onChange={(e) => void update({ badgeHidden: !e.target.checked })} />
        {t('popup_badgeAll')}
      </label>
      <label className="row">
        {t('popup_language')}
        <select value={settings.lang} onChange={(e) => void update({ lang: e.target.value as typeof settings.lang })}>
          <option value="auto">{t('popup_lang_auto')}</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('popup_showSeverities')}</legend>
        {SEVERITIES.map((s) => (
          <label key={s} className="inline">
            <input
              type="checkbox"
              checked={settings.showSeverities.includes(s)}
              onChange={(e) =>
                void update({
                  showSeverities: e.target.checked ? [...settings.showSeverities, s] : settings.showSeverities.filter((x) => x !== s),
                })
              }
            />
            <span aria-hidden="true">{SEVERITY_ICON[s]} </span>
            {severityLabel(s)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup_openOptions')}
      </button>
    </section>
  );
}
