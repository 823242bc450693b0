/** The coach for a draft in the current mail tab: pick the draft, see its score and findings, act on them. */
import { useId, useMemo } from 'react';
import { keyFindings } from '@/utils/messaging';
import { siteEnabled } from '@/utils/settings';
import { FindingList } from '../findings/FindingList';
import { t } from '../i18n';
import { useSettings } from '../stores/settings';
import { ScoreHeader } from './ScoreHeader';
import { usePopup } from './store';

const ALL_SEVERITIES = ['error', 'warning', 'info'] as const;

export function DraftView() {
  const { drafts, draftId, report, error, status, host, select, apply, show, ignore } = usePopup();
  const settings = useSettings((s) => s.settings);
  const id = useId();
  const { shown, hidden } = useMemo(() => {
    if (!report) return { shown: [], hidden: 0 };
    const severities = new Set<string>(settings?.showSeverities ?? ALL_SEVERITIES);
    const ignored = new Set(report.ignored);
    const open = keyFindings(report.result.findings).filter((k) => !ignored.has(k.key));
    const shown = open.filter((k) => severities.has(k.finding.severity));
    return { shown, hidden: open.length - shown.length };
  }, [report, settings]);
  // Helder switched off for this site (or everywhere): the page keeps its last analysis, which is no longer current.
  const off = settings !== null && host !== null && !siteEnabled(settings, host);
  return (
    <section className="draft" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sr-only">
        {t('popup_draftTitle')}
      </h2>
      {drafts.length > 1 && (
        <label className="draft-pick">
          {t('popup_pickDraft')}
          <select value={draftId ?? ''} onChange={(e) => void select(e.target.value)}>
            {drafts.map((d, i) => (
              <option key={d.draftId} value={d.draftId}>
                {t('popup_draftOption', [String(i + 1), d.label || t('popup_untitled'), String(d.score)])}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {t('popup_pageError', error)}
        </p>
      )}
      <p role="status" className={status ? 'status' : 'sr-only'}>
        {status ?? ''}
      </p>
      {off ? (
        <p className="note off-note">
          {t(
            !settings?.enabled
              ? 'popup_offEverywhere'
              : settings.policyDisabledSites?.includes(host ?? '')
                ? 'popup_offByPolicy'
                : 'popup_offHere',
          )}
        </p>
      ) : report ? (
        <>
          <ScoreHeader score={report.result.score} findings={shown} />
          <FindingList
            findings={shown}
            origins={report.origins}
            actions={{ apply, show: (k) => void show(k), ignore: (k) => void ignore(k) }}
            empty={hidden > 0 ? t('popup_noneAtSeverities') : undefined}
          />
          {hidden > 0 && <p className="muted small">{t('popup_hiddenBySeverity', String(hidden))}</p>}
        </>
      ) : (
        !error && <p className="muted">{t('popup_waiting')}</p>
      )}
    </section>
  );
}
