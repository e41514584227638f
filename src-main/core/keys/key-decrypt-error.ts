import { ArenaErrorException } from '../ipc/arena-error-exception.ts';

/**
 * A stored key whose ciphertext no longer decrypts: saved under another OS user or on another
 * machine, or the system keyring changed. It concerns that one key; the remedy is to paste it again.
 */
export class KeyDecryptError extends ArenaErrorException {
  constructor(providerName: string, label: string) {
    super({
      kind: 'auth',
      message: `The stored ${providerName} key "${label}" could not be decrypted: it was saved by another user account or on another machine, or the system keyring changed. Paste the key again with Replace… on the Keys page.`,
    });
    this.name = 'KeyDecryptError';
  }
}
