/**
 * Sharing rule sets: export a layer as a JSON file (name, version, author and
 * today's date filled in), import one (validated, then a preview of what
 * changes, applied only on request), and subscribe to a team set at a URL.
 * Nothing is stored unless it validates; the last good set stays in force.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  diffRuleSets,
  type Lang,
  MAX_RULE_SET_BYTES,
  problem,
  problemText,
  type RuleSet,
  type RuleSetDiff,
  type RuleSetProblem,
} from '@/rules';
import { crashProblem, jsonBytes } from '@/rules/schema';
import { sendMessage } from '@/utils/messaging';
import { checkRuleSet, type Layer } from '@/utils/rulesets';
import { checkSubscriptionUrl, type SubscriptionReply, subscriptionOriginPattern } from '@/utils/subscription';
import { t, tn, uiLang } from '../i18n';
import { own } from '../own';
import { problemLine, problemMessage } from '../problems';
import { Field } from './Field';
import { Lock } from './Lock';
import { nextVersion, type SetMeta, useEditor } from './store';

/** "10:42" today, "21-11-2026 10:42" (in the browser's format) on another day. */
export function when(iso?: string, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  const today = d.toDateString() === now.toDateString();
  return d.toLocaleString(undefined, today ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' });
}

const KNOWN_FAILURES = ['url', 'network', 'http', 'too-large', 'invalid', 'insecure-redirect', 'permission', 'managed', 'none'];
/** Failure kinds worded by rules/problems.ts (English and Dutch). */
const PROBLEM_FAILURES: Record<string, string> = { redirect: 'failRedirect', older: 'failOlder', storage: 'failStorage' };

/** The localized wording of a subscription failure kind. */
export function failureKind(kind: string | undefined): string {
  const code = kind !== undefined && Object.hasOwn(PROBLEM_FAILURES, kind) ? PROBLEM_FAILURES[kind] : undefined;
  if (code) return problemText(code, {}, uiLang());
  return t(`opt_fail_${KNOWN_FAILURES.includes(kind ?? '') ? (kind as string).replace(/-/g, '_') : 'network'}`);
}

/** The localized wording with the plain English detail after it. */
export function failureText(kind: string | undefined, detail: string): string {
  return `${failureKind(kind)} (${detail})`;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The exported text: indented, unless that would take it over the size a set may be (saves are checked compact). */
export function exportText(set: RuleSet): string {
  const pretty = `${JSON.stringify(set, null, 2)}\n`;
  return jsonBytes(pretty) <= MAX_RULE_SET_BYTES ? pretty : `${JSON.stringify(set)}\n`;
}

function download(set: RuleSet): void {
  const blob = new Blob([exportText(set)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `helder-${set.id}-${set.version}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const META_LABEL: Record<string, string> = {
  name: 'opt_metaName',
  version: 'opt_metaVersion',
  author: 'opt_metaAuthor',
  updated: 'opt_metaUpdated',
  lang: 'opt_metaLang',
  description: 'opt_metaDescription',
};

const lockWord = (state?: 'on' | 'off') => t(state === 'on' ? 'opt_lockedOn' : state === 'off' ? 'opt_lockedOff' : 'opt_lockNone');

function Diff({ diff, before, after }: { diff: RuleSetDiff; before: RuleSet | null; after: RuleSet }) {
  if (diff.same)
    return (
      <p className="diff" data-testid="import-diff">
        {t('opt_diffSame')}
      </p>
    );
  const list = (label: string, items: string[], mark: ReactNode) =>
    items.length > 0 && (
      <li>
        <b>
          {mark} {label}
        </b>{' '}
        ({items.length}): {items.slice(0, 200).join(', ')}
        {items.length > 200 ? ` ${t('opt_moreProblems', String(items.length - 200))}` : ''}
      </li>
    );
  return (
    <ul className="diff" data-testid="import-diff">
      {diff.meta.map(([f, a, b]) => (
        <li key={f}>
          <b>{t(META_LABEL[f] ?? f)}</b>: {a || '—'} → {b || '—'}
        </li>
      ))}
      {list(t('opt_diffAdded'), diff.added, '+')}
      {list(t('opt_diffRemoved'), diff.removed, '−')}
      {list(
        t('opt_diffChanged'),
        diff.changed.map((c) => `${c.id} (${c.fields.join(', ')})`),
        '~',
      )}
      {list(t('opt_diffTermsAdded'), diff.jargon.added, '+')}
      {list(t('opt_diffTermsRemoved'), diff.jargon.removed, '−')}
      {list(t('opt_diffTermsChanged'), diff.jargon.changed, '~')}
      {list(
        t('opt_diffLocks'),
        diff.locks.map((id) => `${id}: ${lockWord(own(before?.locks, id))} → ${lockWord(own(after.locks, id))}`),
        <Lock />,
      )}
      {list(t('opt_diffOverrides'), diff.overrides, '~')}
      {list(t('opt_diffSignals'), diff.signals, '~')}
      {list(t('opt_diffPlaceholders'), diff.placeholders, '~')}
    </ul>
  );
}

function Problems({ problems, title }: { problems: RuleSetProblem[]; title: string }) {
  return (
    <div className="error" role="alert" data-testid="import-errors">
      <p>{title}</p>
      <ul>
        {problems.slice(0, 50).map((p) => (
          <li key={`${p.path}${p.message}`}>
            <code>{p.path}</code>: {problemMessage(p)}
          </li>
        ))}
      </ul>
      {problems.length > 50 && <p>{t('opt_moreProblems', String(problems.length - 50))}</p>}
    </div>
  );
}

/** Name, version, author and language of the edited set, and export as a file. */
function ExportBox() {
  const { layer, team, personal, subscription, current, saveMeta, readOnly } = useEditor();
  const stored = layer === 'team' ? team : personal;
  const base = current();
  // A set that comes from a subscription or policy is exported as it is, without changing it here.
  const keep = !!readOnly() || (layer === 'team' && !!subscription);
  const initial = (): SetMeta => ({
    name: base.name,
    version: stored && !keep ? nextVersion(base.version) : base.version,
    author: base.author ?? '',
    lang: base.lang,
  });
  const [meta, setMeta] = useState<SetMeta>(initial);
  const [problems, setProblems] = useState<RuleSetProblem[]>([]);
  const [done, setDone] = useState('');
  // Another layer chosen, or the set changed elsewhere: start from it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the stored set changes.
  useEffect(() => {
    setMeta(initial());
    setProblems([]);
  }, [layer, stored?.savedAt]);

  const version = (v: string): RuleSet['version'] => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim());
  const fieldProblems = (f: string) => problems.filter((p) => p.path === `$.${f}`).map(problemMessage);
  const other = problems.filter((p) => !['$.name', '$.version', '$.author', '$.lang'].includes(p.path));

  const exportSet = async () => {
    setDone('');
    const next: SetMeta = { ...meta, version: version(String(meta.version)), author: meta.author?.trim(), updated: today() };
    const res = checkRuleSet({ ...base, ...next, author: next.author || undefined });
    if (!res.ok) return setProblems(res.problems);
    if (!keep) {
      const saved = await saveMeta(next);
      if (!saved.ok) return setProblems(saved.problems);
    }
    setProblems([]);
    download(res.ruleSet);
    setDone(t('opt_exported', `helder-${res.ruleSet.id}-${res.ruleSet.version}.json`));
  };

  /** Name, author and language now; the version changes with the next export. */
  const saveDetails = async () => {
    setDone('');
    const saved = await saveMeta({ name: meta.name, author: meta.author?.trim(), lang: meta.lang });
    if (!saved.ok) return setProblems(saved.problems);
    setProblems([]);
    setDone(t('opt_detailsSaved'));
  };

  return (
    <div className="card-box" data-testid="export-box">
      <h3>{t('opt_exportTitle', t(`opt_layer_${layer}`))}</h3>
      <p className="muted">
        {stored
          ? t('opt_current', [stored.ruleSet.name, String(stored.ruleSet.version), stored.origin, when(stored.savedAt)])
          : t('opt_noSet')}
      </p>
      {stored && (
        <div className="meta-grid">
          <Field label={t('opt_metaName')} errors={fieldProblems('name')}>
            {(id, described, invalid) => (
              <input
                id={id}
                aria-describedby={described}
                aria-invalid={invalid}
                value={meta.name}
                onChange={(e) => setMeta({ ...meta, name: e.target.value })}
                disabled={keep}
              />
            )}
          </Field>
          <Field label={t('opt_metaVersion')} errors={fieldProblems('version')}>
            {(id, described, invalid) => (
              <input
                id={id}
                aria-describedby={described}
                aria-invalid={invalid}
                value={String(meta.version)}
                onChange={(e) => setMeta({ ...meta, version: e.target.value })}
                disabled={keep}
                data-testid="export-version"
              />
            )}
          </Field>
          <Field label={t('opt_metaAuthor')}>
            {(id) => (
              <input id={id} value={meta.author ?? ''} onChange={(e) => setMeta({ ...meta, author: e.target.value })} disabled={keep} />
            )}
          </Field>
          <Field label={t('opt_metaLang')}>
            {(id) => (
              <select id={id} value={meta.lang} onChange={(e) => setMeta({ ...meta, lang: e.target.value as Lang })} disabled={keep}>
                <option value="nl">Nederlands</option>
                <option value="en">English</option>
              </select>
            )}
          </Field>
        </div>
      )}
      {other.length > 0 && <Problems problems={other} title={t('opt_notSaved')} />}
      <div className="row">
        <button type="button" onClick={() => void exportSet()} disabled={!stored} data-testid="export">
          {t('opt_export')}
        </button>
        {stored && !keep && (
          <button type="button" onClick={() => void saveDetails()} data-testid="save-details">
            {t('opt_saveDetails')}
          </button>
        )}
        {stored && <span className="muted small">{t(keep ? 'opt_exportAsIs' : 'opt_exportHelp')}</span>}
      </div>
      <p aria-live="polite" className="okay" data-testid="export-status">
        {done}
      </p>
    </div>
  );
}

function ImportBox() {
  const { layer, team, personal, subscription, save, readOnly, clear } = useEditor();
  const [pending, setPending] = useState<{
    set: RuleSet;
    before: RuleSet | null;
    diff: RuleSetDiff;
    name: string;
    target: Layer;
  } | null>(null);
  const [problems, setProblems] = useState<RuleSetProblem[]>([]);
  const [status, setStatus] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const stored = layer === 'team' ? team : personal;
  const locked = readOnly();
  const fromSubscription = layer === 'team' && !!subscription;
  // A preview belongs to the layer it was made for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the layer changes.
  useEffect(() => {
    setPending(null);
    setProblems([]);
    setStatus('');
  }, [layer]);

  const onFile = async (f: File | undefined) => {
    setProblems([]);
    setPending(null);
    setStatus('');
    if (!f) return;
    let res: ReturnType<typeof checkRuleSet>;
    try {
      // A file over the limit is not read at all; checkRuleSet never throws, f.text() can.
      const other = layer === 'team' ? personal : team;
      res =
        f.size > MAX_RULE_SET_BYTES
          ? { ok: false, problems: [problem('$', 'tooLarge')] }
          : checkRuleSet(await f.text(), layer, other ? [other.ruleSet] : []);
    } catch (e) {
      res = { ok: false, problems: [crashProblem(e)] };
    }
    if (file.current) file.current.value = '';
    if (!res.ok) return setProblems(res.problems);
    setPending({
      set: res.ruleSet,
      before: stored?.ruleSet ?? null,
      diff: diffRuleSets(stored?.ruleSet ?? null, res.ruleSet),
      name: f.name,
      target: layer,
    });
  };

  const apply = async () => {
    if (!pending || pending.target !== layer) return;
    const res = await save(pending.set, pending.name).catch(
      (e): Awaited<ReturnType<typeof save>> => ({
        ok: false,
        problems: [crashProblem(e)],
      }),
    );
    if (res.ok) {
      setStatus(t('opt_imported', [pending.set.name, String(pending.set.version)]));
      setPending(null);
    } else setProblems(res.problems);
  };

  return (
    <div className="card-box" data-testid="import-box">
      <h3>{t('opt_importTitle', t(`opt_layer_${layer}`))}</h3>
      {locked && (
        <p className="note">
          <Lock /> {locked}
        </p>
      )}
      <div className="row">
        <label htmlFor={fileId}>{t('opt_import')}</label>
        <input
          id={fileId}
          ref={file}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
          data-testid="import-file"
          disabled={!!locked || fromSubscription}
        />
      </div>
      {fromSubscription && !locked && <p className="muted small">{t('opt_teamFromSubscription')}</p>}
      {problems.length > 0 && <Problems problems={problems} title={t('opt_importRefused')} />}
      {pending && (
        <div className="preview" data-testid="import-preview">
          <h4>{t('opt_previewTitle', [pending.name, pending.set.name, String(pending.set.version)])}</h4>
          <Diff diff={pending.diff} before={pending.before} after={pending.set} />
          <div className="row">
            <button type="button" className="primary" onClick={() => void apply()} data-testid="import-apply">
              {t('opt_applyImport')}
            </button>
            <button type="button" onClick={() => setPending(null)} data-testid="import-cancel">
              {t('opt_cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="okay" data-testid="import-status">
        {status}
      </p>
      {stored && !locked && !fromSubscription && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (confirm(t('opt_confirmClear', t(`opt_layer_${layer}`)))) void clear(layer);
          }}
        >
          {t('opt_clear')}
        </button>
      )}
    </div>
  );
}

function SubscribeBox() {
  const { team, subscription, policy } = useEditor();
  const managedUrl = policy.ruleSetUrl;
  const [url, setUrl] = useState(managedUrl ?? subscription?.url ?? '');
  const [busy, setBusy] = useState(false);
  const [subMsg, setSubMsg] = useState<{ ok: boolean; text: string; problems?: RuleSetProblem[] } | null>(null);
  const urlId = useId();
  useEffect(() => {
    if (managedUrl) setUrl(managedUrl);
    else if (subscription?.url) setUrl((u) => u || subscription.url);
  }, [managedUrl, subscription?.url]);

  const report = (res: SubscriptionReply) =>
    setSubMsg(
      res.ok
        ? {
            ok: true,
            text:
              res.status === 'unsubscribed'
                ? t('opt_unsubscribed')
                : res.status === 'updated'
                  ? t('opt_subUpdated', res.version ?? '')
                  : t('opt_subNotModified'),
          }
        : res.problems?.length
          ? { ok: false, text: failureKind(res.errorKind), problems: res.problems }
          : { ok: false, text: failureText(res.errorKind, res.message) },
    );

  const subscribe = async () => {
    setSubMsg(null);
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return setSubMsg({ ok: false, text: failureText('url', checked.error) });
    setBusy(true);
    try {
      // Asked now, inside the click, for this one host; never at install.
      const granted = await browser.permissions.request({ origins: [subscriptionOriginPattern(url)] });
      if (!granted) return setSubMsg({ ok: false, text: t('opt_fail_permission') });
      report(await sendMessage('subscribe', { url: checked.url.href }));
    } catch (e) {
      setSubMsg({ ok: false, text: failureText('network', String((e as Error).message ?? e)) });
    } finally {
      setBusy(false);
    }
  };

  const run = async (kind: 'refreshSubscription' | 'unsubscribe') => {
    setBusy(true);
    setSubMsg(null);
    try {
      const res: SubscriptionReply = await sendMessage(kind, undefined);
      // A failed check is recorded in the subscription and shown in the status line.
      const recorded = kind === 'refreshSubscription' && !res.ok && !['none', 'managed', 'permission'].includes(res.errorKind);
      if (!recorded) report(res);
    } catch (e) {
      setSubMsg({ ok: false, text: failureText('network', String((e as Error).message ?? e)) });
    } finally {
      setBusy(false);
    }
  };

  const version = team?.ruleSet.version ?? subscription?.version;
  const details = subscription?.problems?.length
    ? subscription.problems.map(problemLine)
    : (subscription?.error?.split('\n').filter(Boolean) ?? []);
  return (
    <div className="card-box" data-testid="subscribe-box">
      <h3>{t('opt_subscribeTitle')}</h3>
      <p className="muted">{t('opt_subscribeHelp')}</p>
      {managedUrl && (
        <p className="note">
          <Lock /> {t('opt_subManaged', managedUrl)}
        </p>
      )}
      <div className="row">
        <label htmlFor={urlId}>{t('opt_subUrl')}</label>
        <input
          id={urlId}
          type="url"
          placeholder="https://intranet.example.org/helder/team.json"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !busy && !managedUrl && url.trim()) void subscribe();
          }}
          disabled={!!managedUrl}
          className="grow"
          data-testid="subscribe-url"
        />
        <button
          type="button"
          className="primary"
          onClick={() => void subscribe()}
          disabled={busy || !!managedUrl || !url.trim()}
          data-testid="subscribe"
        >
          {t('opt_subscribe')}
        </button>
      </div>
      <div className={`sub-status${subscription?.error ? ' failed' : subscription ? ' ok' : ''}`} aria-live="polite">
        <p data-testid="subscription-status">
          {subscription?.error ? '⚠ ' : subscription ? '✓ ' : ''}
          {!subscription
            ? t('opt_subNone')
            : subscription.error
              ? version !== undefined
                ? t('opt_subFailed', [failureKind(subscription.errorKind), String(version)])
                : t('opt_subFailedNone', failureKind(subscription.errorKind))
              : t('opt_subOk', [
                  when(subscription.updatedAt ?? subscription.checkedAt),
                  String(version ?? '—'),
                  when(subscription.checkedAt),
                ])}
        </p>
        {subscription && <p className="muted small">{t('opt_subFrom', subscription.url)}</p>}
        {details.length > 0 && (
          <details className="sub-details" open={details.length <= 3}>
            <summary>{tn('opt_subDetails', details.length, [when(subscription?.failedAt)])}</summary>
            <ul data-testid="subscription-details">
              {details.slice(0, 50).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
      {subscription && (
        <div className="row">
          <button type="button" onClick={() => void run('refreshSubscription')} disabled={busy} data-testid="refresh">
            {t('opt_refresh')}
          </button>
          {!subscription.managed && !managedUrl && (
            <button type="button" onClick={() => void run('unsubscribe')} disabled={busy} data-testid="unsubscribe">
              {t('opt_unsubscribe')}
            </button>
          )}
          {busy && <span className="muted small">{t('opt_busy')}</span>}
        </div>
      )}
      {subMsg && (
        <p role="status" className={subMsg.ok ? 'okay' : 'error'} data-testid="subscribe-message">
          {subMsg.ok ? '✓ ' : '⚠ '}
          {subMsg.text}
        </p>
      )}
      {subMsg?.problems && (
        <ul className="error" data-testid="subscribe-problems">
          {subMsg.problems.slice(0, 50).map((p) => (
            <li key={`${p.path}${p.message}`}>{problemLine(p)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Sharing() {
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">{t('opt_shareTitle')}</h2>
      <ExportBox />
      <ImportBox />
      <SubscribeBox />
    </section>
  );
}
