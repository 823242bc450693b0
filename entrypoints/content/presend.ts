/**
 * Connects the pre-send interception (utils/presend.ts) to the in-page coach:
 * compose windows are the coach's drafts, blocking findings are its fresh
 * analysis filtered by the pre-send threshold, and fixes go through its
 * Apply (the editor's own editing path, undoable).
 */

import { E2E_BUILD } from '@/components/inpage/host';
import { mountReview, type ReviewFinding } from '@/components/inpage/review';
import type { MergedRules } from '@/rules';
import { SEVERITY_RANK } from '@/rules/types';
import { watchActiveRulesWith } from '@/utils/active-rules';
import type { Adapter } from '@/utils/adapters/types';
import { installPresend, log, type Presend, type PresendCompose } from '@/utils/presend';
import { DEFAULT_SETTINGS, getSettings, type Settings, settingsItem, siteEnabled, updateSettings } from '@/utils/settings';
import { builtinRuleSets } from './builtin';
import type { Coach, Draft } from './coach';

/** The most the analysis at Send may take (a long draft, a big quoted message); past it the email is sent. */
export const SEND_BUDGET_MS = 50;

export function startPresend(coach: Coach, adapter: Adapter): Presend<ReviewFinding> {
  let settings: Settings = DEFAULT_SETTINGS;
  let rules: MergedRules | null = null;
  const refreshSettings = () =>
    getSettings().then(
      (s) => {
        settings = s;
      },
      (e) => log('could not read settings', e),
    );
  void refreshSettings();
  settingsItem.watch(() => void refreshSettings());
  // Only for the cards' origins (team lock) and placeholder choices; the analysis is the coach's.
  /** Rules switched off from the review, until the new rule sets arrive. */
  const switchedOff = new Set<string>();
  watchActiveRulesWith(builtinRuleSets, (r) => {
    rules = r;
    switchedOff.clear();
  });

  const draftOf = (c: PresendCompose): Draft | undefined => coach.drafts.get(c.editor);

  return installPresend<ReviewFinding>({
    testSwitch: E2E_BUILD ? () => document.documentElement.dataset.helderTestFailReview : undefined,
    enabled: () => settings.presend.enabled && siteEnabled(settings, location.hostname),
    composeOf(node) {
      for (const editor of coach.drafts.keys()) {
        if (!editor.isConnected) continue;
        const root = adapter.composeRoot(editor);
        if (root.contains(node)) return { root, editor };
      }
      return null;
    },
    sendButton: (c) => adapter.sendButton(c.editor),
    getBlockingFindings(c) {
      const d = draftOf(c);
      if (!d) return [];
      // Synchronous and cached per sentence: the text as it is at Send, within the time budget.
      // Past it the email goes as if there were no findings (fail-open on time): Send never waits on Helder.
      if (!coach.analyzeWithin(d, SEND_BUDGET_MS)) {
        log(`the check before sending took longer than ${SEND_BUDGET_MS} ms; sending as usual`);
        return [];
      }
      const min = SEVERITY_RANK[settings.presend.threshold] ?? SEVERITY_RANK.error;
      return d.shown
        .filter((s) => SEVERITY_RANK[s.finding.severity] >= min && !switchedOff.has(s.finding.ruleId))
        .map((s) => ({
          key: s.key,
          finding: s.finding,
          origin: rules?.origins[s.finding.ruleId],
        }));
    },
    openReview(c, findings, actions) {
      return mountReview(
        c.root,
        findings,
        actions,
        {
          apply(key, replacement, remove, index) {
            const d = draftOf(c);
            return d ? coach.apply(d, key, replacement, remove, index) : { ok: false, reason: 'closed' };
          },
          ignore(key) {
            const d = draftOf(c);
            if (d) coach.ignore(d.id, key);
          },
          disableRule(ruleId) {
            switchedOff.add(ruleId);
            void getSettings().then((s) => updateSettings({ disabledRules: [...new Set([...s.disabledRules, ruleId])] }));
          },
          enableRule(ruleId) {
            switchedOff.delete(ruleId);
            void getSettings().then((s) => updateSettings({ disabledRules: s.disabledRules.filter((r) => r !== ruleId) }));
          },
        },
        adapter.sendButton(c.editor),
      );
    },
  });
}
