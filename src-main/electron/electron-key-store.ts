import Store from 'electron-store';
import {
  keyStoreFile,
  keyStoreFileOptions,
  type OpenedKeyStore,
  openKeyStore,
} from '../core/keys/open-key-store.ts';

/**
 * The vault's records in electron-store (keys.json in userData, mode 0600). What to do with a
 * damaged or unreadable file is decided by the core's openKeyStore, which never throws.
 */
export function createElectronKeyStore(userData: string): OpenedKeyStore {
  return openKeyStore({
    file: keyStoreFile(userData),
    open: () => {
      const store = new Store<Record<string, unknown>>(keyStoreFileOptions(userData));
      return {
        get: (key) => store.get(key),
        set: (key, value) => store.set(key, value),
        delete: (key) => store.delete(key),
      };
    },
  });
}
