/**
 * Without a draft: paste or type a reply (and optionally the customer's
 * message); findings appear as you type, suggestions apply to the text, and
 * the result can be copied. Analysis runs here, with the rule sets in force.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { AnalyzeResult } from '@/rules';
import { keyFindings } from '@/utils/messaging';
import { FindingList } from '../findings/FindingList';
import { t } from '../i18n';
import { useRules } from '../stores/rules';
import { useSettings } from '../stores/settings';
import { ScoreHeader } from './ScoreHeader';

export function ScratchPad() {
  const [text, setText] = useState('');
  const [context, setContext] = useState('');
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const { engine, rules } = useRules();
  const settings = useSettings((s) => s.settings);
  const id = useId();
  const deferred = useDeferredValue(text);
  const deferredContext = useDeferredValue(context);
  const result: AnalyzeResult | null = useMemo(() => {
    if (!engine || !deferred.trim()) return null;
    try {
      const lang = settings?.lang && settings.lang !== 'auto' ? settings.lang : undefined;
      return engine.analyze(deferred, { lang, context: deferredContext || undefined });
    } catch (e) {
      console.error('[Helder] analysis failed', e);
      return null;
    }
  }, [engine, deferred, deferredContext, settings?.lang]);
  const shown = useMemo(() => {
    const severities = new Set(settings?.showSeverities ?? ['error', 'warning', 'info']);
    return result ? keyFindings(result.findings).filter((k) => severities.has(k.finding.severity)) : [];
  }, [result, settings]);
  const placeholders = useMemo(() => Object.fromEntries((rules?.ruleSets ?? []).map((s) => [s.id, s.placeholders])), [rules]);

  const apply = async (key: string, replacement: string): Promise<string | null> => {
    const f = shown.find((k) => k.key === key)?.finding;
    if (!f || text.slice(f.start, f.end) !== f.text) return t('popup_textChanged');
    setText(text.slice(0, f.replaceStart) + replacement + text.slice(f.replaceEnd));
    return null;
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="scratch" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('popup_scratchTitle')}</h2>
      <p className="muted">{t('popup_scratchIntro')}</p>
      <label htmlFor={`${id}-reply`}>{t('popup_replyLabel')}</label>
      <textarea
        id={`${id}-reply`}
        rows={6}
        value={text}
        placeholder={t('popup_replyPlaceholder')}
        onChange={(e) => {
          setText(e.target.value);
          setCopied(null);
        }}
      />
      <details>
        <summary>{t('popup_contextLabel')}</summary>
        <label htmlFor={`${id}-context`} className="sr-only">
          {t('popup_contextLabel')}
        </label>
        <textarea id={`${id}-context`} rows={3} value={context} onChange={(e) => setContext(e.target.value)} />
      </details>
      <div className="row">
        <button type="button" onClick={() => void copy()} disabled={!text}>
          {t('popup_copy')}
        </button>
        <span role="status" className="muted">
          {copied === 'ok' ? t('popup_copied') : copied === 'failed' ? t('popup_copyFailed') : ''}
        </span>
      </div>
      {!engine && <p className="muted">{t('popup_waiting')}</p>}
      {result && (
        <>
          <ScoreHeader score={result.score} findings={shown} />
          <FindingList findings={shown} origins={rules?.origins} placeholders={placeholders} actions={{ apply }} />
        </>
      )}
    </section>
  );
}
