import { useId, useState } from 'react';
import {
  DATA_SOURCES,
  isDataSource,
  isUsableKey,
  type KeyOwner,
  type KeySummary,
  type NewerVersionKeySummary,
  type UsableKeySummary,
} from '../../../../src-shared/keys.ts';
import { useProviders } from '../../lib/use-providers.ts';
import { CheckResult } from './CheckResult.tsx';
import { useKeys } from './keys-store.ts';
import { KEY_KIND_LABELS, REGION_LABELS } from './labels.ts';
import { ReplaceKeyForm } from './ReplaceKeyForm.tsx';

function useProviderName(provider: string): string {
  const providers = useProviders();
  const owner = provider as KeyOwner;
  const dataSource = isDataSource(owner) ? DATA_SOURCES[owner].displayName : null;
  return providers.find((entry) => entry.id === provider)?.displayName ?? dataSource ?? provider;
}

/** Delete…, then a confirmation naming the key. */
function DeleteKey({ entry }: { entry: KeySummary }) {
  const remove = useKeys((state) => state.remove);
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
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
  );
}

function KeyRow({ entry }: { entry: UsableKeySummary }) {
  const providerName = useProviderName(entry.provider);
  const checking = useKeys((state) => state.checking.has(entry.id));
  const { check, setDefault } = useKeys.getState();
  const [replacing, setReplacing] = useState(false);

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
          <DeleteKey entry={entry} />
        </div>
      </div>
      {replacing ? <ReplaceKeyForm entry={entry} onDone={() => setReplacing(false)} /> : null}
      <CheckResult check={entry.lastCheck} />
    </li>
  );
}

/** A key a newer version saved: shown so the user knows it is there, and removable; nothing else. */
function NewerVersionRow({ entry }: { entry: NewerVersionKeySummary }) {
  const providerName = useProviderName(entry.provider);
  const explanation = useId();
  return (
    <li
      className="card key-row"
      aria-label={`${entry.label}, ${providerName}, from a newer version`}
      aria-describedby={explanation}
    >
      <div className="key-head">
        <div>
          <h3>{entry.label}</h3>
          <p>
            {providerName} · <code className="masked">{entry.masked}</code>
          </p>
          <p className="badges">
            <span className="badge warn">From a newer version</span>
          </p>
        </div>
        <div className="key-actions">
          <DeleteKey entry={entry} />
        </div>
      </div>
      <p id={explanation} className="hint">
        A newer version of BYOK Arena saved this key. This version cannot check or use it, and keeps it
        unchanged: update BYOK Arena to use it, or delete it.
      </p>
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
      {keys.map((entry) =>
        isUsableKey(entry) ? (
          <KeyRow key={entry.id} entry={entry} />
        ) : (
          <NewerVersionRow key={entry.id} entry={entry} />
        ),
      )}
    </ul>
  );
}
