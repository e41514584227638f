import { useEffect } from 'react';
import { isUsableKey } from '../../../../src-shared/keys.ts';
import { getArena } from '../../lib/arena.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AddKeyForm } from './AddKeyForm.tsx';
import { ImportOffer } from './ImportOffer.tsx';
import { KeyList } from './KeyList.tsx';
import { useKeys } from './keys-store.ts';
import { StorageNotice } from './StorageNotice.tsx';

export function KeysPage() {
  const blocked = useKeys((state) => state.status?.mode === 'needs_consent');
  const count = useKeys((state) => state.keys.filter(isUsableKey).length);
  const progress = useKeys((state) => state.progress);
  const error = useKeys((state) => state.error);
  const checkAll = useKeys((state) => state.checkAll);

  useEffect(() => {
    void useKeys.getState().load();
    return getArena()?.onEvent((event) => {
      if (event.type === 'keys.check-progress')
        useKeys.getState().receiveProgress(event.key, event.done, event.total);
    });
  }, []);

  return (
    <>
      <PageHeader
        title="Keys"
        summary="Your own API keys, encrypted by the operating system and checked live: is the key valid, which plan is it, what does it cover."
      />
      <StorageNotice />
      {error ? (
        <p className="banner" role="alert">
          {error.message}
        </p>
      ) : null}
      <ImportOffer />
      <AddKeyForm disabled={blocked} />
      <div className="list-header">
        <h2>Stored keys</h2>
        {count > 0 ? (
          <button type="button" onClick={() => void checkAll()} disabled={progress !== null}>
            {progress ? `Checking ${progress.done} of ${progress.total}…` : 'Check all'}
          </button>
        ) : null}
      </div>
      <KeyList />
    </>
  );
}
