// Labelled form fields: every input has a visible <label> (the accessible name tests and screen
// readers use), an optional hint tied by aria-describedby, and native validation.
import { useId, type ReactNode } from 'react';

interface Base {
  label: string;
  hint?: string;
  required?: boolean;
  name?: string;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span id={id} className="hint">
      {hint}
    </span>
  ) : null;
}

export function TextField({
  label,
  hint,
  required,
  name,
  value,
  onChange,
  type = 'text',
  autoComplete,
  maxLength,
}: Base & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'password' | 'datetime-local' | 'search';
  autoComplete?: string;
  maxLength?: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function TextArea({
  label,
  hint,
  required,
  name,
  value,
  onChange,
  rows = 4,
}: Base & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        required={required}
        maxLength={50000}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  required,
  name,
  value,
  onChange,
  children,
}: Base & { value: string; onChange: (v: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
