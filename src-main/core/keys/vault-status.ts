import type { CipherBackend } from './cipher.ts';

/** persist: encrypt with the system's cipher onto disk; session: memory only, forgotten on quit. */
export type StorageChoice = 'persist' | 'session';

export interface VaultStatus {
  /** encrypted: on disk, protected by the OS; session: memory only; needs_consent: nothing stored yet. */
  mode: 'encrypted' | 'session' | 'needs_consent';
  backend: CipherBackend;
  /** What protects the keys, or why it does not, in words for the Keys page. */
  message: string;
  /** What the user may choose (first, or later to change their mind); empty when there is nothing to choose. */
  choices: StorageChoice[];
}

/**
 * Which choices a backend allows. basic_text encrypts with a password built into Electron: weak, but it
 * works, so the user may store anyway. 'unknown' means safeStorage could not say what protects keys (or
 * cannot encrypt at all), and 'memory' keys die with the process: neither may hold keys on disk.
 */
export function storageChoices(backend: CipherBackend): StorageChoice[] {
  if (backend === 'basic_text') return ['session', 'persist'];
  if (backend === 'unknown' || backend === 'memory') return ['session'];
  return [];
}

export interface VaultStatusInput {
  backend: CipherBackend;
  /** The cipher's own words for what protects keys ("GNOME libsecret"). */
  description: string;
  /** What the user chose earlier, as stored (anything else counts as no choice). */
  consent: unknown;
  /** False when the key store file could not be opened: keys then live in memory only. */
  persistent: boolean;
}

export function vaultStatus({ backend, description, consent, persistent }: VaultStatusInput): VaultStatus {
  if (!persistent) {
    return {
      mode: 'session',
      backend,
      message:
        'The key store file could not be opened, so keys are kept for this session only and forgotten when the app quits.',
      choices: [],
    };
  }
  if (backend === 'os') {
    return { mode: 'encrypted', backend, message: `Keys are encrypted with ${description}.`, choices: [] };
  }
  const choices = storageChoices(backend);
  const weakness =
    backend === 'basic_text'
      ? 'No system keyring was found, so Electron can only encrypt keys with a fixed password built into it: anyone who can read your files can read the keys.'
      : 'This system did not say how it would protect the keys, so BYOK Arena cannot promise they are safe on disk.';
  if (consent === 'persist')
    return { mode: 'encrypted', backend, message: `${weakness} You chose to store them anyway.`, choices };
  if (consent === 'session') {
    return {
      mode: 'session',
      backend,
      message: `${weakness} Keys are kept for this session only and forgotten when the app quits.`,
      choices,
    };
  }
  const remedy = choices.includes('persist')
    ? ''
    : ' It can keep them for this session only; to store them encrypted, start a keyring (GNOME Keyring, KWallet) and restart BYOK Arena.';
  return { mode: 'needs_consent', backend, message: `${weakness}${remedy}`, choices };
}
