/**
 * Typed messages between the popup, background and content scripts
 * (@webext-core/messaging). Draft text stays inside the extension: these
 * messages only travel between the extension's own contexts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzeResult, Finding, RuleOrigin, RuleSet } from '@/rules';
import type { SubscriptionErrorKind } from './settings';

export interface DraftSummary {
  /** Stable id of a compose window within its tab. */
  draftId: string;
  client: 'gmail' | 'outlook';
  /** Subject or recipient, to tell drafts apart. */
  label: string;
  score: number;
  findingCount: number;
}

export interface DraftReport {
  draftId: string;
  text: string;
  result: AnalyzeResult;
  /** Keys (see `findingKey`) of findings the writer ignored in this draft. */
  ignored: string[];
  /** Where each finding's rule comes from (built-in, team, personal; locks). */
  origins: Record<string, RuleOrigin>;
}

export interface ApplyRequest {
  draftId: string;
  /** The finding the suggestion belongs to (located again by key; refused when the text changed). */
  key: string;
  /** Replacement text with placeholders already filled in. */
  replacement: string;
  /** Leave the flagged words out instead (the finding's own `removal` edit); `replacement` is then ignored. */
  remove?: boolean;
  /** Which suggestion of the finding (it may replace a range of its own, see Finding.ranges); default 0. */
  index?: number;
}

/** `message` is plain English detail; `errorKind` lets the UI word the failure in the writer's language. */
export type SubscriptionResponse =
  | { ok: true; status: 'updated' | 'not-modified' | 'unsubscribed'; version?: string }
  | { ok: false; errorKind: SubscriptionErrorKind | 'permission' | 'none' | 'managed'; message: string };

export type ApplyResponse = { ok: true } | { ok: false; reason: string };

interface ProtocolMap {
  /** Popup → content script: the page's host (for the per-site switch) and its compose windows. */
  listDrafts(): { host: string; drafts: DraftSummary[]; notRunning?: boolean };
  /** Popup → content script: the latest analysis of one draft. */
  getDraftReport(data: { draftId: string }): DraftReport | null;
  /** Popup → content script: apply a suggestion through the editor's own editing path. */
  applySuggestion(data: ApplyRequest): ApplyResponse;
  /** Popup → content script: scroll to a finding and flash its underline. */
  showFinding(data: { draftId: string; key: string }): boolean;
  /** Popup → content script: ignore a finding for this draft. */
  ignoreFinding(data: { draftId: string; key: string }): boolean;
  /** Options → background: subscribe to a team rule set at a URL (fetched and validated before it is kept). */
  subscribe(data: { url: string }): SubscriptionResponse;
  /** Options → background: stop following the URL; the team set stays as last fetched. */
  unsubscribe(): SubscriptionResponse;
  /** Options/popup → background: check the subscribed rule set now. */
  refreshSubscription(): SubscriptionResponse;
  /** Content script → background: the built-in packs (without their examples), which the mail page's script does not bundle. */
  builtinRuleSets(): RuleSet[];
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** Identifies a finding across re-analyses of a draft: same rule, same words. */
export function findingKey(f: Pick<Finding, 'ruleId' | 'text' | 'start'>, occurrence = 0): string {
  return `${f.ruleId}|${f.text.toLowerCase()}|${occurrence}`;
}

/** Keys for findings; repeated identical findings get an occurrence number. */
export function keyFindings<F extends Pick<Finding, 'ruleId' | 'text' | 'start'>>(
  findings: readonly F[],
): Array<{ finding: F; key: string }> {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingKey(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { finding: f, key: findingKey(f, n) };
  });
}
