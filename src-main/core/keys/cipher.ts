/** Which protection an encrypted key really has. */
export type CipherBackend =
  /** The OS keychain / DPAPI / libsecret / KWallet protect the encryption key. */
  | 'os'
  /** Linux without a keyring: Electron falls back to a hard-coded password. No protection. */
  | 'basic_text'
  /** The platform did not say; treat as unprotected. */
  | 'unknown'
  /** A random key that lives only in this process: for session-only storage and tests. */
  | 'memory';

export interface Cipher {
  readonly backend: CipherBackend;
  /** For the user: which mechanism protects the keys ("GNOME libsecret", "macOS Keychain"). */
  readonly description: string;
  encrypt(plaintext: string): Promise<Uint8Array>;
  decrypt(ciphertext: Uint8Array): Promise<string>;
}
