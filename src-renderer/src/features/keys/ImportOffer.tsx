import { useState } from 'react';
import type { KeysStatus } from '../../../../src-shared/keys.ts';
import { useKeys } from './keys-store.ts';

// A selector must return a stable value: a fresh [] on every call would re-render forever.
const NO_OFFER: KeysStatus['importOffer'] = [];

/** Keys found in environment variables: offered, preselected by precedence, imported only on request. */
export function ImportOffer() {
  const offer = useKeys((state) => state.status?.importOffer ?? NO_OFFER);
  const blocked = useKeys((state) => state.status?.mode === 'needs_consent');
  const { importKeys, dismissImport } = useKeys.getState();
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  if (offer.length === 0 || blocked) return null;
  const selected = chosen ?? new Set(offer.filter((entry) => entry.preferred).map((entry) => entry.name));
  const toggle = (name: string) => {
    const next = new Set(selected);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    setChosen(next);
  };
  return (
    <section className="card import-offer" aria-label="Keys found in your environment">
      <h2>Keys found in your environment</h2>
      <p className="hint">
        Import the ones you want; they are encrypted like any other key. Nothing is imported unless you ask.
      </p>
      <ul>
        {offer.map((entry) => (
          <li key={entry.name}>
            <label>
              <input type="checkbox" checked={selected.has(entry.name)} onChange={() => toggle(entry.name)} />{' '}
              <code>{entry.name}</code> <code className="masked">{entry.masked}</code>
            </label>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={selected.size === 0}
          onClick={() => void importKeys([...selected])}
        >
          Import {selected.size} {selected.size === 1 ? 'key' : 'keys'}
        </button>
        <button type="button" className="quiet" onClick={() => void dismissImport()}>
          Not now
        </button>
      </div>
    </section>
  );
}
