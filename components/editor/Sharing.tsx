/**
 * Sharing rule sets: export a layer as a JSON file, import one (with a preview
 * of what changes), and subscribe to a team set at a URL. Nothing is stored
 * unless it validates; the last good set stays in force.
 */
import { useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { diffRuleSets, type RuleSet, type RuleSetDiff, type RuleSetProblem } from '@/rules';
import { type SubscriptionResponse, sendMessage } from '@/utils/messaging';
import { checkRuleSet, type Layer } from '@/utils/rulesets';
import { checkSubscriptionUrl, subscriptionOriginPattern } from '@/utils/subscription';
import { t } from '../i18n';
import { emptySet, useEditor } from './store';

const time = (iso?: string) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }) : '');

/** The localized wording of a subscription failure, with the plain English detail after it. */
export function failureText(kind: string | undefined, detail: string): string {
  const known = ['url', 'network', 'http', 'too-large', 'invalid', 'insecure-redirect', 'permission', 'managed', 'none'];
  return `${t(`opt_fail_${known.includes(kind ?? '') ? (kind as string).replace(/-/g, '_') : 'network'}`)} (${detail})`;
}

function download(set: RuleSet): void {
  const blob = new Blob([`${JSON.stringify(set, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `helder-${set.id}-${set.version}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function Diff({ diff }: { diff: RuleSetDiff }) {
  if (diff.same) return <p>{t('opt_diffSame')}</p>;
  const list = (label: string, items: string[]) =>
    items.length > 0 && (
      <li>
        <b>{label}</b> ({items.length}): {items.join(', ')}
      </li>
    );
  return (
    <ul className="diff" data-testid="import-diff">
      {diff.meta.map(([f, a, b]) => (
        <li key={f}>
          <b>{f}</b>: {a || '—'} → {b || '—'}
        </li>
      ))}
      {list(t('opt_diffAdded'), diff.added)}
      {list(t('opt_diffRemoved'), diff.removed)}
      {list(
        t('opt_diffChanged'),
        diff.changed.map((c) => `${c.id} (${c.fields.join(', ')})`),
      )}
      {list(t('opt_diffTermsAdded'), diff.jargon.added)}
      {list(t('opt_diffTermsRemoved'), diff.jargon.removed)}
      {list(t('opt_diffTermsChanged'), diff.jargon.changed)}
      {list(t('opt_diffLocks'), diff.locks)}
      {list(t('opt_diffOverrides'), diff.overrides)}
    </ul>
  );
}

function Problems({ problems }: { problems: RuleSetProblem[] }) {
  return (
    <div className="error" role="alert" data-testid="import-errors">
      <p>{t('opt_importRefused')}</p>
      <ul>
        {problems.slice(0, 50).map((p) => (
          <li key={`${p.path}${p.message}`}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > 50 && <p>{t('opt_moreProblems', String(problems.length - 50))}</p>}
    </div>
  );
}

export function Sharing() {
  const { layer, team, personal, subscription, policy, save } = useEditor();
  const [pending, setPending] = useState<{ set: RuleSet; diff: RuleSetDiff; name: string; target: Layer } | null>(null);
  const [problems, setProblems] = useState<RuleSetProblem[]>([]);
  const [status, setStatus] = useState('');
  const [url, setUrl] = useState(subscription?.url ?? '');
  const [busy, setBusy] = useState(false);
  const [subMsg, setSubMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const stored = layer === 'team' ? team : personal;
  const managedUrl = policy.ruleSetUrl;

  const onFile = async (f: File | undefined) => {
    setProblems([]);
    setPending(null);
    setStatus('');
    if (!f) return;
    const text = await f.text();
    const other = layer === 'team' ? personal : team;
    const res = checkRuleSet(text, layer, other ? [other.ruleSet] : []);
    if (!res.ok) {
      setProblems(res.problems);
      if (file.current) file.current.value = '';
      return;
    }
    setPending({ set: res.ruleSet, diff: diffRuleSets(stored?.ruleSet ?? null, res.ruleSet), name: f.name, target: layer });
  };

  const apply = async () => {
    if (!pending) return;
    const res = await save(pending.set, pending.name);
    if (res.ok) {
      setStatus(t('opt_imported', [pending.set.name, String(pending.set.version)]));
      setPending(null);
    } else setProblems(res.problems);
    if (file.current) file.current.value = '';
  };

  const exportSet = () => {
    const set = stored?.ruleSet ?? emptySet(layer);
    download({ ...set, updated: new Date().toISOString().slice(0, 10) });
  };

  const report = (res: SubscriptionResponse) =>
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
        : { ok: false, text: failureText(res.errorKind, res.message) },
    );

  const subscribe = async () => {
    setSubMsg(null);
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return setSubMsg({ ok: false, text: failureText('url', checked.error) });
    setBusy(true);
    try {
      // Asked now, in the click, for this host only; never at install.
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
    try {
      report(await sendMessage(kind, undefined));
    } catch (e) {
      setSubMsg({ ok: false, text: failureText('network', String((e as Error).message ?? e)) });
    } finally {
      setBusy(false);
    }
  };

  const version = team?.ruleSet.version;
  const subStatus = subscription
    ? subscription.error
      ? t('opt_subFailed', [failureText(subscription.errorKind, subscription.error), String(version ?? '—')])
      : t('opt_subOk', [
          time(subscription.updatedAt ?? subscription.checkedAt),
          String(version ?? subscription.version ?? '—'),
          time(subscription.checkedAt),
        ])
    : t('opt_subNone');

  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">{t('opt_shareTitle')}</h2>
      <div className="card-box">
        <h3>{t('opt_exportTitle', t(`opt_layer_${layer}`))}</h3>
        <p className="muted">
          {stored
            ? t('opt_current', [stored.ruleSet.name, String(stored.ruleSet.version), stored.origin, time(stored.savedAt)])
            : t('opt_noSet')}
        </p>
        <div className="row">
          <button type="button" onClick={exportSet} disabled={!stored} data-testid="export">
            {t('opt_export')}
          </button>
          <label className="file">
            {t('opt_import')}
            <input
              ref={file}
              type="file"
              accept="application/json,.json"
              onChange={(e) => void onFile(e.target.files?.[0])}
              data-testid="import-file"
              disabled={layer === 'team' && !!subscription}
            />
          </label>
        </div>
        {layer === 'team' && subscription && <p className="muted small">{t('opt_teamFromSubscription')}</p>}
        {problems.length > 0 && <Problems problems={problems} />}
        {pending && (
          <div className="preview" data-testid="import-preview">
            <h4>{t('opt_previewTitle', [pending.name, pending.set.name, String(pending.set.version)])}</h4>
            <Diff diff={pending.diff} />
            <div className="row">
              <button type="button" className="primary" onClick={() => void apply()} data-testid="import-apply">
                {t('opt_applyImport')}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {t('opt_cancel')}
              </button>
            </div>
          </div>
        )}
        <p role="status" className="okay">
          {status}
        </p>
      </div>

      <div className="card-box">
        <h3>{t('opt_subscribeTitle')}</h3>
        <p className="muted">{t('opt_subscribeHelp')}</p>
        {managedUrl && <p className="note">🔒 {t('opt_subManaged', managedUrl)}</p>}
        <div className="row">
          <label htmlFor="sub-url" className="sr-only">
            {t('opt_subUrl')}
          </label>
          <input
            id="sub-url"
            type="url"
            placeholder="https://intranet.example.org/helder/team.json"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
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
        <p className="sub-status" data-testid="subscription-status">
          {subscription?.error ? '⚠ ' : subscription ? '✓ ' : ''}
          {subStatus}
        </p>
        {subscription && (
          <div className="row">
            <button type="button" onClick={() => void run('refreshSubscription')} disabled={busy} data-testid="refresh">
              {t('opt_refresh')}
            </button>
            {!subscription.managed && (
              <button type="button" onClick={() => void run('unsubscribe')} disabled={busy}>
                {t('opt_unsubscribe')}
              </button>
            )}
          </div>
        )}
        {subMsg && !(subMsg.ok === false && subscription?.error) && (
          <p role="status" className={subMsg.ok ? 'okay' : 'error'} data-testid="subscribe-message">
            {subMsg.text}
          </p>
        )}
      </div>
    </section>
  );
}
