import Store from 'electron-store';
import {
  keyStoreFile,
  keyStoreFileOptions,
  type OpenedKeyStore,
  openKeyStore,
  withSyncedWrites,
} from '../core/keys/open-key-store.ts';

/**
 * The vault's records in electron-store (keys.json in userData, mode 0600). What to do with a
 * damaged or unreadable file, and with temporary files a killed write left, is decided by the
 * core's openKeyStore, which never throws; every write is followed by a sync of the file and its
 * folder. Call it only under the app's single-instance lock (see openKeyStore).
 */
export function createElectronKeyStore(userData: string): OpenedKeyStore {
  const file = keyStoreFile(userData);
  return openKeyStore({
    file,
    open: () => {
      const store = new Store<Record<string, unknown>>(keyStoreFileOptions(userData));
      return withSyncedWrites(
        {
          get: (key) => store.get(key),
          set: (key, value) => store.set(key, value),
          delete: (key) => store.delete(key),
        },
        file,
      );
    },
  });
}
