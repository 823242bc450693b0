/**
 * A labelled form field with its hint and its problems in plain words, wired
 * for assistive technology (aria-describedby, aria-invalid through `children`).
 */
import { type ReactNode, useId } from 'react';

/** A field: the control comes from `children(id, describedBy, invalid)`. */
export function Field({
  label,
  errors,
  children,
  hint,
  hintBelow,
  testId,
}: {
  label: string;
  errors?: string[];
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode;
  hint?: string;
  /** Show the hint under the control (short fields in a grid row, so the inputs line up). */
  hintBelow?: boolean;
  testId?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors?.length ? ' invalid' : ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {hint && !hintBelow && (
        <div id={`${id}-hint`} className="muted small">
          {hint}
        </div>
      )}
      {children(id, described, !!errors?.length)}
      {hint && hintBelow && (
        <div id={`${id}-hint`} className="muted small">
          {hint}
        </div>
      )}
      <FieldErrors id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="field-error" data-testid="field-error">
      {errors.map((m) => (
        <div key={m}>⚠ {m}</div>
      ))}
    </div>
  );
}
