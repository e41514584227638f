import { useState } from 'react';
import type { KeysStatus } from '../../../../src-shared/keys.ts';
import { useKeys } from './keys-store.ts';

type Choice = KeysStatus['choices'][number];

const CHOICE_LABELS: Record<Choice, string> = {
  session: 'Keep keys for this session only',
  persist: 'Store them anyway',
};

/** What switching to a choice does to keys already kept. */
const SWITCH_HINTS: Record<Choice, string> = {
  session: 'Stored keys are removed from disk and kept in memory until BYOK Arena quits.',
  persist: "This session's keys are written to disk, encrypted with Electron's fixed password.",
};

/** The choice in force, when the user made one. */
function currentChoice(status: KeysStatus): Choice | null {
  if (status.mode === 'session') return 'session';
  if (status.mode === 'encrypted' && status.choices.length > 0) return 'persist';
  return null;
}

/** How keys are protected here; on a system without a keyring, the choice the user makes (and can change). */
export function StorageNotice() {
  const status = useKeys((state) => state.status);
  const chooseStorage = useKeys((state) => state.chooseStorage);
  const [changing, setChanging] = useState(false);
  if (!status) return null;
  const current = currentChoice(status);
  const alternatives = status.choices.filter((choice) => choice !== current);
  return (
    <>
      {status.notices.map((notice) => (
        <p key={notice} className="banner" role="alert">
          {notice}
        </p>
      ))}
      {status.mode === 'needs_consent' ? (
        <section className="banner warn" aria-label="Key storage is not secure here">
          <h2>Keys cannot be stored securely on this system</h2>
          <p>{status.message}</p>
          <p>
            Nothing has been stored.{' '}
            {status.choices.length > 1 ? 'Choose how BYOK Arena should keep your keys:' : ''}
          </p>
          <div className="actions">
            {status.choices.map((choice) => (
              <button
                key={choice}
                type="button"
                className={choice === 'session' ? 'primary' : undefined}
                onClick={() => void chooseStorage(choice)}
              >
                {CHOICE_LABELS[choice]}
              </button>
            ))}
          </div>
        </section>
      ) : (
        <>
          <p
            className={`storage-status ${status.mode === 'encrypted' && status.backend === 'os' ? '' : 'warn'}`}
          >
            {status.message}
          </p>
          {current && alternatives.length > 0 ? (
            changing ? (
              <section className="banner" aria-label="Change how keys are kept">
                {alternatives.map((choice) => (
                  <p key={choice}>{SWITCH_HINTS[choice]}</p>
                ))}
                <div className="actions">
                  {alternatives.map((choice) => (
                    <button
                      key={choice}
                      type="button"
                      onClick={() => {
                        setChanging(false);
                        void chooseStorage(choice);
                      }}
                    >
                      {CHOICE_LABELS[choice]}
                    </button>
                  ))}
                  <button type="button" className="quiet" onClick={() => setChanging(false)}>
                    Cancel
                  </button>
                </div>
              </section>
            ) : (
              <p>
                <button type="button" className="quiet" onClick={() => setChanging(true)}>
                  Change how keys are kept…
                </button>
              </p>
            )
          ) : null}
        </>
      )}
    </>
  );
}
