import type { Region } from '../../../src-shared/domain.ts';
import { maskKey } from '../../../src-shared/key-detect.ts';
import type { KeyCheck, KeyOwner, KeySummary, UsableKeySummary } from '../../../src-shared/keys.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher } from './cipher.ts';
import { KeyDecryptError } from './key-decrypt-error.ts';
import { keyKindOf, keyOwnerName } from './key-owners.ts';
import { type KeyRecord, keptEntryId, newerVersionSummary, toSummary } from './key-record.ts';
import type { KeySource } from './key-source.ts';
import { type KeyValueStore, MemoryStore } from './key-value-store.ts';
import type { SecretRegistry } from './secret-registry.ts';
import { moveKeys, type VaultStores } from './storage-move.ts';
import {
  clearEarlierChecks,
  readStoredRecords,
  type StoredRecords,
  writeStoredRecords,
} from './stored-records.ts';
import {
  refuseChoice,
  refuseChosenKey,
  refuseInput,
  refuseMissingKey,
  refuseUnconsentedWrite,
  validKey,
} from './vault-refusals.ts';
import { type StorageChoice, type VaultStatus, vaultStatus } from './vault-status.ts';

export type { StorageChoice, VaultStatus } from './vault-status.ts';

const CONSENT = 'storageConsent';

export interface KeyVaultOptions {
  cipher: Cipher;
  /** The persistent store (electron-store in the app). Holds only ciphertext, as base64. */
  store: KeyValueStore;
  secrets: SecretRegistry;
  /** False when the store file could not be opened (the store is then memory): keys last this session only. */
  persistent?: boolean;
  now?: () => Date;
  newId?: () => string;
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
  private readonly stores: VaultStores;

  constructor(options: KeyVaultOptions) {
    this.options = {
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      ...options,
      persistent: options.persistent ?? true,
    };
    this.stores = {
      disk: options.store,
      diskCipher: options.cipher,
      session: this.sessionStore,
      sessionCipher: this.sessionCipher,
      scrubber: options.secrets.scrubber,
      notices: this.notices,
    };
    // An earlier version's check text may hold a key: cleared now, without decrypting any key.
    const notice = clearEarlierChecks(options.store, options.secrets.scrubber);
    if (notice) this.notices.push(notice);
  }

  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Changes that wait on the cipher run one at a time, so a key added while the storage choice is
   * changing is neither lost nor encrypted for the wrong store. Each re-reads the records after its
   * last wait, so the synchronous changes (label, default, remove) made meanwhile are kept too.
   */
  private exclusive<T>(change: () => Promise<T>): Promise<T> {
    const run = this.tail.then(change, change);
    this.tail = run.catch(() => undefined);
    return run;
  }

  status(): VaultStatus {
    const { cipher, store, persistent } = this.options;
    return vaultStatus({
      backend: cipher.backend,
      description: cipher.description,
      consent: store.get(CONSENT),
      persistent,
    });
  }

  /**
   * The user's choice on a system without real protection, first or later. Changing it moves the keys:
   * "this session only" takes them off the disk into memory, "store anyway" writes the session's keys.
   */
  choose(choice: StorageChoice): Promise<VaultStatus> {
    return this.exclusive(() => this.applyChoice(choice));
  }

  private async applyChoice(choice: StorageChoice): Promise<VaultStatus> {
    const before = this.status();
    if (!before.choices.includes(choice)) refuseChoice(choice);
    const { store } = this.options;
    if (store.get(CONSENT) === choice) return before;
    const recordChoice = () => store.set(CONSENT, choice);
    // Past the checks above, the keys are where the other choice put them; or, first time, nowhere yet.
    if (before.mode === 'needs_consent') recordChoice();
    else await moveKeys(choice === 'persist' ? 'disk' : 'session', this.stores, recordChoice);
    return this.status();
  }

  /** Every stored key: this version's, then those a newer version wrote (shown, never used). */
  list(): KeySummary[] {
    const { known, kept } = this.stored();
    const ids = new Set(known.map((record) => record.id));
    const newer = kept
      .flatMap((entry) => newerVersionSummary(entry, this.options.secrets.scrubber.text) ?? [])
      .filter(({ id }) => !ids.has(id));
    return [...known.map(toSummary), ...newer];
  }

  /** Is there a key with this id that this version can use. */
  has(id: string): boolean {
    return this.records().some((entry) => entry.id === id);
  }

  get(id: string): UsableKeySummary {
    return toSummary(this.find(id));
  }

  add(input: {
    provider: KeyOwner;
    label?: string;
    key: string;
    region?: Region;
  }): Promise<UsableKeySummary> {
    return this.exclusive(() => this.addNow(input));
  }

  private async addNow(input: {
    provider: KeyOwner;
    label?: string;
    key: string;
    region?: Region;
  }): Promise<UsableKeySummary> {
    const key = validKey(input.key);
    if (await this.findByPlaintext(this.records(), input.provider, key)) {
      refuseInput(`This ${keyOwnerName(input.provider)} key is already stored.`, 'key');
    }
    const id = this.options.newId();
    const ciphertext = await this.encrypt(key);
    // Read after the wait: a change made meanwhile is kept, and decides whether this is the first key.
    const records = this.records();
    const record: KeyRecord = {
      id,
      provider: input.provider,
      label: input.label?.trim() || `${keyOwnerName(input.provider)} key`,
      ciphertext,
      masked: maskKey(key),
      keyKind: keyKindOf(input.provider, key),
      ...(input.region ? { region: input.region } : {}),
      isDefault: !records.some((existing) => existing.provider === input.provider),
      createdAt: this.options.now().toISOString(),
      lastCheck: null,
    };
    this.options.secrets.add(key);
    this.save([...records, record]);
    return toSummary(record);
  }

  replace(id: string, key: string): Promise<UsableKeySummary> {
    return this.exclusive(() => this.replaceNow(id, key));
  }

  private async replaceNow(id: string, key: string): Promise<UsableKeySummary> {
    const value = validKey(key);
    const ciphertext = await this.encrypt(value);
    const record = this.find(id);
    const updated: KeyRecord = {
      ...record,
      ciphertext,
      masked: maskKey(value),
      keyKind: keyKindOf(record.provider, value),
      lastCheck: null,
    };
    this.options.secrets.add(value);
    this.save(this.records().map((existing) => (existing.id === id ? updated : existing)));
    return toSummary(updated);
  }

  update(id: string, changes: { label?: string; region?: Region | null }): UsableKeySummary {
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
    const { known, kept } = this.stored();
    const keptRest = kept.filter((entry) => keptEntryId(entry) !== id);
    if (keptRest.length < kept.length) {
      this.write({ known, kept: keptRest });
      return this.list();
    }
    const target = this.find(id);
    const rest = this.records().filter((record) => record.id !== id);
    if (target.isDefault) {
      const heir = rest.find((record) => record.provider === target.provider);
      if (heir) heir.isDefault = true;
    }
    this.save(rest);
    return this.list();
  }

  recordCheck(id: string, check: KeyCheck): UsableKeySummary {
    const record = { ...this.find(id), lastCheck: check };
    if (check.status === 'wrong_region' && check.region) record.region = check.region;
    this.save(this.records().map((existing) => (existing.id === id ? record : existing)));
    return toSummary(record);
  }

  /**
   * Plaintext, for main only: a request or a check about to be sent. A key that no longer decrypts
   * (stored by another OS user, or the keyring changed) throws a KeyDecryptError for that key alone.
   *
   * Keys are decrypted here, when first used, and not all at start-up: the redaction registry
   * learns each key as it is added or revealed, which is before any request can carry it, so a key
   * never decrypted in this session cannot be in any text main produces. Plaintext thus exists only
   * for keys actually in use, and a broken key cannot delay or break start-up.
   */
  async reveal(id: string): Promise<string> {
    const record = this.find(id);
    // Stryker disable next-line ArrowFunction: undefined and '' are both falsy, and only falsiness is tested below.
    const key = await this.decrypt(record.ciphertext).catch(() => '');
    if (!key) throw new KeyDecryptError(keyOwnerName(record.provider), record.label);
    this.options.secrets.add(key);
    return key;
  }

  /** The key `keyId` of this provider when given (refused if it is not one), else the provider's default. */
  async keyFor(provider: KeyOwner, keyId?: string): Promise<string | undefined> {
    const record = this.recordFor(provider, keyId);
    return record ? this.reveal(record.id) : undefined;
  }

  regionFor(provider: KeyOwner, keyId?: string): Region | undefined {
    return this.recordFor(provider, keyId)?.region;
  }

  private recordFor(provider: KeyOwner, keyId: string | undefined): KeyRecord | undefined {
    if (keyId === undefined)
      return this.records().find((entry) => entry.provider === provider && entry.isDefault);
    const record = this.records().find((entry) => entry.id === keyId && entry.provider === provider);
    // compare.start checks the choice; this is a key removed since, or a caller that skipped the check.
    if (!record) refuseChosenKey(keyOwnerName(provider));
    return record;
  }

  private get activeStore(): KeyValueStore {
    return this.status().mode === 'session' ? this.sessionStore : this.options.store;
  }

  private get activeCipher(): Cipher {
    return this.status().mode === 'session' ? this.sessionCipher : this.options.cipher;
  }

  private stored(): StoredRecords {
    return readStoredRecords(this.activeStore);
  }

  private records(): KeyRecord[] {
    return this.stored().known;
  }

  /** Saves this version's records; the entries a newer version wrote are written back as they were. */
  private save(records: KeyRecord[]): void {
    this.write({ known: records, kept: this.stored().kept });
  }

  private write(stored: StoredRecords): void {
    if (this.status().mode === 'needs_consent') refuseUnconsentedWrite();
    writeStoredRecords(this.activeStore, stored, this.options.secrets.scrubber);
  }

  private find(id: string): KeyRecord {
    const { known, kept } = this.stored();
    const record = known.find((entry) => entry.id === id);
    if (record) return record;
    refuseMissingKey(kept.some((entry) => keptEntryId(entry) === id));
  }

  private async findByPlaintext(
    records: KeyRecord[],
    provider: KeyOwner,
    key: string,
  ): Promise<KeyRecord | undefined> {
    for (const record of records) {
      if (record.provider !== provider || record.masked !== maskKey(key)) continue;
      // Stryker disable next-line ArrowFunction,StringLiteral: what a failed decrypt yields is compared with a valid key, which is never undefined and never holds a space.
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
