import { safeStorage } from 'electron';
import type { Cipher, CipherBackend } from '../core/keys/cipher.ts';

const BACKEND_NAMES: Record<string, string> = {
  gnome_libsecret: 'GNOME libsecret',
  kwallet: 'KWallet',
  kwallet5: 'KWallet 5',
  kwallet6: 'KWallet 6',
};

function describeBackend(): { backend: CipherBackend; description: string } {
  if (process.platform === 'darwin') return { backend: 'os', description: 'the macOS Keychain' };
  if (process.platform === 'win32') return { backend: 'os', description: 'Windows DPAPI' };
  const selected = safeStorage.getSelectedStorageBackend();
  if (selected === 'basic_text')
    return { backend: 'basic_text', description: 'a fixed password (no keyring)' };
  if (selected === 'unknown') return { backend: 'unknown', description: 'an unknown mechanism' };
  return { backend: 'os', description: BACKEND_NAMES[selected] ?? selected };
}

/** Electron safeStorage (async API). Call after app 'ready'. */
export async function createSafeStorageCipher(): Promise<Cipher> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const { backend, description } = available
    ? describeBackend()
    : { backend: 'unknown' as const, description: 'nothing (encryption unavailable)' };
  return {
    backend,
    description,
    encrypt: (plaintext) => safeStorage.encryptStringAsync(plaintext),
    async decrypt(ciphertext) {
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(ciphertext));
      return result;
    },
  };
}
