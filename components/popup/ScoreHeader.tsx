import { CATEGORIES } from '@/rules';
import type { KeyedFinding } from '../findings/FindingList';
import { t } from '../i18n';
import { categoryLabel } from '../labels';

/** The score (0–100) and the count of shown findings per category. */
export function ScoreHeader({ score, findings }: { score: number; findings: readonly KeyedFinding[] }) {
  const counts = CATEGORIES.map((c) => [c, findings.filter((f) => f.finding.category === c).length] as const).filter(([, n]) => n > 0);
  const band = score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
  return (
    <section className="score" aria-label={t('popup_scoreLabel')}>
      <p className={`score-value ${band}`}>
        <span className="num">{score}</span>
        <span className="of">/100</span>
        <span className="band">{t(`popup_band_${band}`)}</span>
      </p>
      {counts.length > 0 && (
        <ul className="counts">
          {counts.map(([c, n]) => (
            <li key={c}>
              {categoryLabel(c)}: <b>{n}</b>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
