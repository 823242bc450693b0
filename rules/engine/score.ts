/**
 * The score: 100 for a reply with nothing to improve, down to 0.
 *
 *   score = round(max(0, 100 − Σ weight(finding)))
 *
 * weight = 15 for an error, 7 for a warning, 2 for info. The n-th finding of
 * the same rule (n = 1, 2, …) weighs weight / n, so one habit repeated does
 * not sink a reply the way several different problems do.
 */
import type { Finding, Severity } from '../types';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 15, warning: 7, info: 2 };

export function scoreFindings(findings: readonly Finding[]): number {
  const seen = new Map<string, number>();
  let penalty = 0;
  for (const f of findings) {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    penalty += SEVERITY_WEIGHT[f.severity] / n;
  }
  return Math.round(Math.max(0, 100 - penalty));
}
