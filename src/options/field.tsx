// A labelled text control with its hint and its errors, tied together with aria-describedby and
// aria-invalid so a screen reader hears what is wrong with the field it is on.
import type { ComponentChildren } from 'preact';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly errors: readonly string[];
  readonly hint?: ComponentChildren;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly numeric?: boolean;
  readonly mono?: boolean;
}

export function TextField({ id, label, value, onInput, errors, hint, multiline, rows = 3, numeric, mono }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  const describedBy = [hint ? hintId : '', errors.length ? errorsId : ''].filter(Boolean).join(' ');
  const control = {
    id,
    value,
    class: mono ? 'mono' : undefined,
    spellcheck: false,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': errors.length ? ('true' as const) : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...control} /> : numeric ? <input type="number" {...control} /> : <input type="text" {...control} />}
      {hint && <p id={hintId} class="hint">{hint}</p>}
      <FieldErrors id={errorsId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <ul id={id} class="errors">
      {errors.map((error) => <li key={error}>{error}</li>)}
    </ul>
  );
}
