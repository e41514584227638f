import { z } from 'zod';
import { PROVIDER_IDS, type ProviderId, type Region } from '../../../src-shared/domain.ts';
import { maskKey } from '../../../src-shared/key-detect.ts';
import type { KeyCheck, KeySummary } from '../../../src-shared/keys.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher } from './cipher.ts';
import type { KeySource } from './key-source.ts';
import { type KeyValueStore, MemoryStore } from './key-value-store.ts';
import type { SecretRegistry } from './secret-registry.ts';

export type StorageChoice = 'persist' | 'session';

export interface VaultStatus {
  /** encrypted: on disk, protected by the OS; session: memory only; needs_consent: nothing stored yet. */
  mode: 'encrypted' | 'session' | 'needs_consent';
  backend: Cipher['backend'];
  /** What protects the keys, or why it does not, in words for the Keys page. */
  message: string;
}

const recordSchema = z.object({
  id: z.string(),
  provider: z.enum(PROVIDER_IDS),
  label: z.string(),
  ciphertext: z.string(),
  masked: z.string(),
  keyKind: z.enum(['token_plan', 'pay_as_you_go', 'legacy_jwt', 'standard', 'none']),
  region: z.enum(['global', 'china']).optional(),
  isDefault: z.boolean(),
  createdAt: z.string(),
  lastCheck: z.custom<KeyCheck>((value) => value === null || typeof value === 'object').nullable(),
});
type KeyRecord = z.infer<typeof recordSchema>;

const RECORDS = 'keys';
const CONSENT = 'storageConsent';

export interface KeyVaultOptions {
  cipher: Cipher;
  /** The persistent store (electron-store in the app). Holds only ciphertext, as base64. */
  store: KeyValueStore;
  secrets: SecretRegistry;
  now?: () => Date;
  newId?: () => string;
}

function fail(message: string, field?: string): never {
  throw new ArenaErrorException({ kind: 'invalid_input', message, ...(field ? { field } : {}) });
}

/**
 * Labelled keys per provider, one default each. Values are encrypted by the cipher; plaintext
 * exists only while `reveal` / `keyFor` hand it to a request. When the OS offers no real protection
 * (Linux basic_text), nothing is stored until the user chooses: persist anyway, or this session only.
 */
export class KeyVault implements KeySource {
  private readonly options: Required<KeyVaultOptions>;
  private readonly sessionCipher = createAesGcmCipher();
  private readonly sessionStore = new MemoryStore();
  readonly notices: string[] = [];

  constructor(options: KeyVaultOptions) {
    this.options = { now: () => new Date(), newId: () => crypto.randomUUID(), ...options };
  }

  status(): VaultStatus {
    const { cipher } = this.options;
    const consent = this.options.store.get(CONSENT);
    if (cipher.backend === 'os') {
      return { mode: 'encrypted', backend: 'os', message: `Keys are encrypted with ${cipher.description}.` };
    }
    const weakness =
      cipher.backend === 'basic_text'
        ? 'No system keyring was found, so Electron can only encrypt keys with a fixed password built into it: anyone who can read your files can read the keys.'
        : 'This system did not say how it would protect the keys, so BYOK Arena cannot promise they are safe on disk.';
    if (consent === 'persist')
      return {
        mode: 'encrypted',
        backend: cipher.backend,
        message: `${weakness} You chose to store them anyway.`,
      };
    if (consent === 'session') {
      return {
        mode: 'session',
        backend: cipher.backend,
        message: `${weakness} Keys are kept for this session only and forgotten when the app quits.`,
      };
    }
    return { mode: 'needs_consent', backend: cipher.backend, message: weakness };
  }

  choose(choice: StorageChoice): VaultStatus {
    this.options.store.set(CONSENT, choice);
    return this.status();
  }

  list(): KeySummary[] {
    return this.records().map(toSummary);
  }

  get(id: string): KeySummary {
    return toSummary(this.find(id));
  }

  async add(input: {
    provider: ProviderId;
    label?: string;
    key: string;
    region?: Region;
  }): Promise<KeySummary> {
    const key = input.key.trim();
    if (key.length < 8) fail('That key is too short: paste the whole key.', 'key');
    if (/\s/.test(key)) fail('A key has no spaces or line breaks: paste it again.', 'key');
    const records = this.records();
    if (await this.findByPlaintext(records, input.provider, key)) {
      fail(`This ${PROVIDERS[input.provider].displayName} key is already stored.`, 'key');
    }
    const provider = PROVIDERS[input.provider];
    const record: KeyRecord = {
      id: this.options.newId(),
      provider: input.provider,
      label: input.label?.trim() || `${provider.displayName} key`,
      ciphertext: await this.encrypt(key),
      masked: maskKey(key),
      keyKind: provider.keyKind(key),
      ...(input.region ? { region: input.region } : {}),
      isDefault: !records.some((existing) => existing.provider === input.provider),
      createdAt: this.options.now().toISOString(),
      lastCheck: null,
    };
    this.options.secrets.add(key);
    this.save([...records, record]);
    return toSummary(record);
  }

  async replace(id: string, key: string): Promise<KeySummary> {
    const value = key.trim();
    if (value.length < 8) fail('That key is too short: paste the whole key.', 'key');
    const record = this.find(id);
    const updated: KeyRecord = {
      ...record,
      ciphertext: await this.encrypt(value),
      masked: maskKey(value),
      keyKind: PROVIDERS[record.provider].keyKind(value),
      lastCheck: null,
    };
    this.options.secrets.add(value);
    this.save(this.records().map((existing) => (existing.id === id ? updated : existing)));
    return toSummary(updated);
  }

  update(id: string, changes: { label?: string; region?: Region | null }): KeySummary {
    const record = this.find(id);
    const updated: KeyRecord = {
      ...record,
      ...(changes.label?.trim() ? { label: changes.label.trim() } : {}),
    };
    if (changes.region === null) delete updated.region;
    else if (changes.region) updated.region = changes.region;
    this.save(this.records().map((existing) => (existing.id === id ? updated : existing)));
    return toSummary(updated);
  }

  setDefault(id: string): KeySummary[] {
    const target = this.find(id);
    this.save(
      this.records().map((record) =>
        record.provider === target.provider ? { ...record, isDefault: record.id === id } : record,
      ),
    );
    return this.list();
  }

  remove(id: string): KeySummary[] {
    const target = this.find(id);
    const rest = this.records().filter((record) => record.id !== id);
    if (target.isDefault) {
      const heir = rest.find((record) => record.provider === target.provider);
      if (heir) heir.isDefault = true;
    }
    this.save(rest);
    return this.list();
  }

  recordCheck(id: string, check: KeyCheck): KeySummary {
    const record = { ...this.find(id), lastCheck: check };
    if (check.status === 'wrong_region' && check.region) record.region = check.region;
    this.save(this.records().map((existing) => (existing.id === id ? record : existing)));
    return toSummary(record);
  }

  /** Plaintext, for main only: a request or a check about to be sent. */
  async reveal(id: string): Promise<string> {
    const record = this.find(id);
    const key = await this.decrypt(record.ciphertext);
    this.options.secrets.add(key);
    return key;
  }

  async keyFor(provider: ProviderId): Promise<string | undefined> {
    const record = this.records().find((entry) => entry.provider === provider && entry.isDefault);
    return record ? this.reveal(record.id) : undefined;
  }

  regionFor(provider: ProviderId): Region | undefined {
    return this.records().find((entry) => entry.provider === provider && entry.isDefault)?.region;
  }

  /** Loads every stored key into the redaction registry (at start-up), so no log can print one. */
  async registerSecrets(): Promise<void> {
    for (const record of this.records()) {
      try {
        this.options.secrets.add(await this.decrypt(record.ciphertext));
      } catch {
        this.notices.push(
          `The key "${record.label}" could not be decrypted (the system keyring may have changed): replace it.`,
        );
      }
    }
  }

  private get activeStore(): KeyValueStore {
    return this.status().mode === 'session' ? this.sessionStore : this.options.store;
  }

  private get activeCipher(): Cipher {
    return this.status().mode === 'session' ? this.sessionCipher : this.options.cipher;
  }

  private records(): KeyRecord[] {
    const raw = this.activeStore.get(RECORDS);
    if (!Array.isArray(raw)) return [];
    const records: KeyRecord[] = [];
    for (const entry of raw) {
      const parsed = recordSchema.safeParse(entry);
      if (parsed.success) records.push(parsed.data);
    }
    return records;
  }

  private save(records: KeyRecord[]): void {
    if (this.status().mode === 'needs_consent') {
      throw new ArenaErrorException({
        kind: 'forbidden',
        message:
          'Choose how to keep keys first: this system cannot encrypt them safely. Store them anyway, or keep them for this session only.',
      });
    }
    this.activeStore.set(RECORDS, records);
  }

  private find(id: string): KeyRecord {
    const record = this.records().find((entry) => entry.id === id);
    if (!record)
      throw new ArenaErrorException({
        kind: 'invalid_input',
        field: 'id',
        message: 'That key no longer exists.',
      });
    return record;
  }

  private async findByPlaintext(
    records: KeyRecord[],
    provider: ProviderId,
    key: string,
  ): Promise<KeyRecord | undefined> {
    for (const record of records) {
      if (record.provider !== provider || record.masked !== maskKey(key)) continue;
      if ((await this.decrypt(record.ciphertext).catch(() => '')) === key) return record;
    }
    return undefined;
  }

  private async encrypt(plaintext: string): Promise<string> {
    if (this.status().mode === 'needs_consent') this.save([]);
    return Buffer.from(await this.activeCipher.encrypt(plaintext)).toString('base64');
  }

  private async decrypt(ciphertext: string): Promise<string> {
    return this.activeCipher.decrypt(Buffer.from(ciphertext, 'base64'));
  }
}

function toSummary(record: KeyRecord): KeySummary {
  return {
    id: record.id,
    provider: record.provider,
    label: record.label,
    masked: record.masked,
    keyKind: record.keyKind,
    ...(record.region ? { region: record.region } : {}),
    isDefault: record.isDefault,
    createdAt: record.createdAt,
    lastCheck: record.lastCheck,
  };
}
