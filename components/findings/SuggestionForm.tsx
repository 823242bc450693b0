/**
 * One suggestion: its text, an input per placeholder ({tijdstip}) with the
 * rule set's quick picks as buttons, and Apply once every placeholder is filled.
 */
import { useId, useState } from 'react';
import { t } from '../i18n';
import { own } from '../own';
import { fillPlaceholders, placeholderNames } from '../placeholders';

export interface SuggestionFormProps {
  suggestion: string;
  /** Quick picks per placeholder name. */
  picks: Readonly<Record<string, readonly string[]>>;
  onApply(replacement: string): void;
  busy?: boolean;
}

export function SuggestionForm({ suggestion, picks, onApply, busy }: SuggestionFormProps) {
  const names = placeholderNames(suggestion);
  const [values, setValues] = useState<Record<string, string>>({});
  const id = useId();
  const missing = names.filter((n) => !own(values, n)?.trim());
  const preview = fillPlaceholders(suggestion, values);
  return (
    <div className="sugg">
      <p className="sugg-text">
        {names.length
          ? suggestion
              .trim()
              .split(/(\{[^{}]+\})/)
              .map((part, i) => {
                const name = /^\{([^{}]+)\}$/.exec(part)?.[1];
                if (name === undefined) return part;
                const value = own(values, name)?.trim();
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
                  <span key={i} className={value ? 'ph filled' : 'ph'}>
                    {value || part}
                  </span>
                );
              })
          : suggestion.trim()}
      </p>
      {names.map((name) => (
        <div className="fill" key={name}>
          <label htmlFor={`${id}-${name}`}>{t('card_fill', name)}</label>
          <input
            id={`${id}-${name}`}
            type="text"
            value={own(values, name) ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
          {(own(picks, name)?.length ?? 0) > 0 && (
            <fieldset className="picks">
              <legend className="sr-only">{t('popup_quickPicks', name)}</legend>
              {own(picks, name)?.map((p) => (
                <button
                  key={p}
                  type="button"
                  className="pick"
                  aria-pressed={own(values, name) === p}
                  onClick={() => setValues((v) => ({ ...v, [name]: p }))}
                >
                  {p}
                </button>
              ))}
            </fieldset>
          )}
        </div>
      ))}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || missing.length > 0}
          aria-describedby={missing.length ? `${id}-missing` : undefined}
          onClick={() => onApply(preview)}
        >
          {t('card_apply')}
        </button>
        {missing.length > 0 && (
          <span id={`${id}-missing`} className="muted small">
            {t('popup_fillFirst', missing.join(', '))}
          </span>
        )}
      </div>
    </div>
  );
}
