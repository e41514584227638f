import { useKeys } from './keys-store.ts';

/** How keys are protected here; on a system without a keyring, the choice the user must make first. */
export function StorageNotice() {
  const status = useKeys((state) => state.status);
  const chooseStorage = useKeys((state) => state.chooseStorage);
  if (!status) return null;
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
          <p>Nothing has been stored. Choose how BYOK Arena should keep your keys:</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void chooseStorage('session')}>
              Keep keys for this session only
            </button>
            <button type="button" onClick={() => void chooseStorage('persist')}>
              Store them anyway
            </button>
          </div>
        </section>
      ) : (
        <p
          className={`storage-status ${status.mode === 'encrypted' && status.backend === 'os' ? '' : 'warn'}`}
        >
          {status.message}
        </p>
      )}
    </>
  );
}
