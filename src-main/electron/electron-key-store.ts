import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { KeyValueStore } from '../core/keys/key-value-store.ts';

/**
 * The vault's records in electron-store (keys.json in userData). A file that does not parse is
 * moved aside first (electron-store would otherwise throw, or with clearInvalidConfig delete it).
 */
export function createElectronKeyStore(
  userData: string,
  now = new Date(),
): { store: KeyValueStore; notices: string[] } {
  const file = join(userData, 'keys.json');
  const notices: string[] = [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      const movedTo = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(file, movedTo);
      notices.push(
        `The key store could not be read, so it was moved to ${movedTo} and BYOK Arena started with no keys. Add them again, or restore that file.`,
      );
    }
  }
  const store = new Store<Record<string, unknown>>({
    name: 'keys',
    cwd: userData,
    clearInvalidConfig: false,
  });
  return {
    store: {
      get: (key) => store.get(key),
      set: (key, value) => store.set(key, value),
      delete: (key) => store.delete(key),
    },
    notices,
  };
}
