/** The coach for a draft in the current mail tab: pick the draft, see its score and findings, act on them. */
import { useMemo } from 'react';
import { keyFindings } from '@/utils/messaging';
import { FindingList } from '../findings/FindingList';
import { t } from '../i18n';
import { useSettings } from '../stores/settings';
import { ScoreHeader } from './ScoreHeader';
import { usePopup } from './store';

export function DraftView() {
  const { drafts, draftId, report, error, select, apply, show, ignore } = usePopup();
  const settings = useSettings((s) => s.settings);
  const shown = useMemo(() => {
    if (!report) return [];
    const severities = new Set(settings?.showSeverities ?? ['error', 'warning', 'info']);
    const ignored = new Set(report.ignored);
    return keyFindings(report.result.findings).filter((k) => severities.has(k.finding.severity) && !ignored.has(k.key));
  }, [report, settings]);
  return (
    <section className="draft" aria-labelledby="draft-title">
      <h2 id="draft-title" className="sr-only">
        {t('popup_draftTitle')}
      </h2>
      {drafts.length > 1 && (
        <label className="row">
          {t('popup_pickDraft')}
          <select value={draftId ?? ''} onChange={(e) => void select(e.target.value)}>
            {drafts.map((d) => (
              <option key={d.draftId} value={d.draftId}>
                {d.label || t('popup_untitled')} ({d.score})
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
      {report ? (
        <>
          <ScoreHeader score={report.result.score} findings={shown} />
          <FindingList
            findings={shown}
            origins={report.origins}
            placeholders={report.placeholders}
            actions={{ apply, show: (k) => void show(k), ignore: (k) => void ignore(k) }}
          />
        </>
      ) : (
        !error && <p className="muted">{t('popup_waiting')}</p>
      )}
    </section>
  );
}
