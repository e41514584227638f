import { useState } from 'react';
import type { KeySummary } from '../../../../src-shared/keys.ts';
import { useProviders } from '../../lib/use-providers.ts';
import { CheckResult } from './CheckResult.tsx';
import { useKeys } from './keys-store.ts';
import { KEY_KIND_LABELS, REGION_LABELS } from './labels.ts';
import { ReplaceKeyForm } from './ReplaceKeyForm.tsx';

function KeyRow({ entry }: { entry: KeySummary }) {
  const providers = useProviders();
  const checking = useKeys((state) => state.checking.has(entry.id));
  const { check, setDefault, remove } = useKeys.getState();
  const [confirming, setConfirming] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const providerName =
    providers.find((provider) => provider.id === entry.provider)?.displayName ?? entry.provider;

  return (
    <li className="card key-row" aria-label={`${entry.label}, ${providerName}`}>
      <div className="key-head">
        <div>
          <h3>
            {entry.label} {entry.isDefault ? <span className="badge accent">Default</span> : null}
          </h3>
          <p>
            {providerName} · <code className="masked">{entry.masked}</code>
          </p>
          <p className="badges">
            <span className="badge">{KEY_KIND_LABELS[entry.keyKind]}</span>
            {entry.region ? <span className="badge">{REGION_LABELS[entry.region]}</span> : null}
          </p>
        </div>
        <div className="key-actions">
          <button type="button" onClick={() => void check(entry.id)} disabled={checking}>
            {checking ? 'Checking…' : 'Check'}
          </button>
          <button type="button" onClick={() => setReplacing(true)} disabled={replacing}>
            Replace…
          </button>
          {entry.isDefault ? null : (
            <button type="button" onClick={() => void setDefault(entry.id)}>
              Set default
            </button>
          )}
          {confirming ? (
            <fieldset className="confirm">
              <legend className="visually-hidden">Confirm deletion</legend>
              <button type="button" className="danger" onClick={() => void remove(entry.id)}>
                Delete {entry.label}
              </button>
              <button type="button" className="quiet" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </fieldset>
          ) : (
            <button type="button" className="quiet" onClick={() => setConfirming(true)}>
              Delete…
            </button>
          )}
        </div>
      </div>
      {replacing ? <ReplaceKeyForm entry={entry} onDone={() => setReplacing(false)} /> : null}
      <CheckResult check={entry.lastCheck} />
    </li>
  );
}

export function KeyList() {
  const keys = useKeys((state) => state.keys);
  if (keys.length === 0) {
    return (
      <section className="empty-state" aria-label="No keys stored">
        <h2>No keys stored</h2>
        <p>Add a key above. It is encrypted before it is stored, and BYOK Arena never shows it again.</p>
      </section>
    );
  }
  return (
    <ul className="key-list" aria-label="Stored keys">
      {keys.map((entry) => (
        <KeyRow key={entry.id} entry={entry} />
      ))}
    </ul>
  );
}
