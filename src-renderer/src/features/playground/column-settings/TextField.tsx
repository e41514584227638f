import { useEffect, useId, useState } from 'react';
import type { Parsed } from './field-rules.ts';

interface TextFieldProps<T> {
  label: string;
  value: T | undefined;
  /** Shown when empty: what applies then (the shared default, the provider's). */
  placeholder: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T | undefined) => void;
  inputMode?: 'decimal' | 'numeric' | 'url';
  className?: string;
}

/**
 * A field checked as it is typed: a valid value is saved at once, an invalid one is kept on screen
 * with the reason and saved nowhere. Empty means "inherit".
 */
export function TextField<T extends string | number>({
  label,
  value,
  placeholder,
  parse,
  onCommit,
  inputMode,
  className,
}: TextFieldProps<T>) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const ids = { input: useId(), error: useId() };

  // A change from elsewhere (a preset, another window) shows unless the draft already means it.
  useEffect(() => {
    setDraft((current) => {
      const parsed = parse(current);
      return parsed.ok && parsed.value === value ? current : value === undefined ? '' : String(value);
    });
    setError(null);
  }, [value, parse]);

  return (
    <div className={className ?? 'pg-field'}>
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="text"
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        maxLength={600}
        placeholder={placeholder}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = parse(text);
          setError(parsed.ok ? null : parsed.error);
          if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
        }}
      />
      {error ? (
        <p id={ids.error} className="pg-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
