import { type FormEvent, useId, useState } from 'react';
import type { KeySummary } from '../../../../src-shared/keys.ts';
import { useKeys } from './keys-store.ts';

/** Paste a key again over a stored one (a new key, or one that no longer decrypts here). */
export function ReplaceKeyForm({ entry, onDone }: { entry: KeySummary; onDone: () => void }) {
  const replace = useKeys((state) => state.replace);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { key: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await replace(entry.id, key);
    setBusy(false);
    if (result.ok) {
      setKey('');
      onDone();
    } else {
      setError(result.error.message);
    }
  }

  return (
    <form
      className="replace-key"
      onSubmit={(event) => void submit(event)}
      aria-label={`Replace ${entry.label}`}
    >
      <label htmlFor={ids.key}>New key for {entry.label}</label>
      <div className="key-input">
        <input
          id={ids.key}
          type="password"
          value={key}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.error}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setKey(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="primary" disabled={busy || !key.trim()}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
      <p id={ids.error} className="form-error" role="alert">
        {error}
      </p>
    </form>
  );
}
