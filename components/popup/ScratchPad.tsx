/**
 * Without a draft: paste or type a reply (and optionally the customer's
 * message); findings appear as you type, suggestions apply to the text, and
 * the result can be copied. Analysis runs here, with the rule sets in force.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { AnalyzeResult } from '@/rules';
import { applyEdit, takeOverEdit } from '@/rules/apply';
import { keyFindings } from '@/utils/messaging';
import { FindingList } from '../findings/FindingList';
import { t } from '../i18n';
import { useRules } from '../stores/rules';
import { useSettings } from '../stores/settings';
import { ScoreHeader } from './ScoreHeader';

export function ScratchPad() {
  const [text, setText] = useState('');
  const [context, setContext] = useState('');
  /** Texts before each applied suggestion, for Undo (typing has the textarea's own undo). */
  const [history, setHistory] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const { engine, rules, error: rulesError } = useRules();
  const settings = useSettings((s) => s.settings);
  const id = useId();
  const deferred = useDeferredValue(text);
  const deferredContext = useDeferredValue(context);
  const { result, failed } = useMemo((): { result: AnalyzeResult | null; failed?: string } => {
    if (!engine || !deferred.trim()) return { result: null };
    try {
      const lang = settings?.lang && settings.lang !== 'auto' ? settings.lang : undefined;
      return { result: engine.analyze(deferred, { lang, context: deferredContext || undefined }) };
    } catch (e) {
      console.error('[Helder] analysis failed', e);
      return { result: null, failed: String((e as Error)?.message ?? e) };
    }
  }, [engine, deferred, deferredContext, settings?.lang]);
  const { shown, hidden } = useMemo(() => {
    const severities = new Set<string>(settings?.showSeverities ?? ['error', 'warning', 'info']);
    const all = result ? keyFindings(result.findings) : [];
    const shown = all.filter((k) => severities.has(k.finding.severity));
    return { shown, hidden: all.length - shown.length };
  }, [result, settings]);

  const apply = async (key: string, replacement: string, remove = false, index = 0): Promise<string | null> => {
    const f = shown.find((k) => k.key === key)?.finding;
    if (!f || text.slice(f.start, f.end) !== f.text) return t('popup_textChanged');
    const edit = takeOverEdit(f, replacement, remove, index);
    if (!edit) return t('popup_textChanged');
    setHistory((h) => [...h, text]);
    setText(applyEdit(text, edit));
    setStatus(t('popup_appliedText'));
    return null;
  };
  const undo = () => {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory((h) => h.slice(0, -1));
    setText(previous);
    setStatus(t('popup_undone'));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('popup_copied'));
    } catch {
      setStatus(t('popup_copyFailed'));
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
          setHistory([]);
          setStatus(null);
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
        {history.length > 0 && (
          <button type="button" onClick={undo}>
            {t('popup_undo')}
          </button>
        )}
        <span role="status" className="muted">
          {status ?? ''}
        </span>
      </div>
      {rulesError && (
        <p className="error" role="alert">
          {t('popup_rulesError', rulesError)}
        </p>
      )}
      {!engine && <p className="muted">{t('popup_waiting')}</p>}
      {failed && (
        <p className="error" role="alert">
          {t('popup_analysisError', failed)}
        </p>
      )}
      {result && (
        <>
          <ScoreHeader score={result.score} findings={shown} />
          <FindingList
            findings={shown}
            origins={rules?.origins}
            actions={{ apply }}
            empty={hidden > 0 ? t('popup_noneAtSeverities') : undefined}
          />
          {hidden > 0 && <p className="muted small">{t('popup_hiddenBySeverity', String(hidden))}</p>}
        </>
      )}
    </section>
  );
}
