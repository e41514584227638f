import type { ArenaEvent } from '../../../src-shared/contract.ts';
import {
  isUsableKey,
  type KeyCheck,
  type KeySummary,
  type KeysStatus,
  type UsableKeySummary,
} from '../../../src-shared/keys.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { HostOverrides } from '../providers/resolve-endpoint.ts';
import { checkAll } from './checks/check-all.ts';
import { type CheckInput, checkKey } from './checks/check-key.ts';
import { findImportCandidates } from './env-import.ts';
import { KeyDecryptError } from './key-decrypt-error.ts';
import type { KeyValueStore } from './key-value-store.ts';
import type { KeyVault } from './key-vault.ts';

const IMPORT_DISMISSED = 'importDismissed';

export interface KeysServiceOptions {
  vault: KeyVault;
  /** Holds the import-offer flag (the vault's own store in the app). */
  store: KeyValueStore;
  env: Readonly<Record<string, string | undefined>>;
  emit: (event: ArenaEvent) => void;
  /** Start-up problems to report once on the Keys page. */
  notices?: string[];
  check?: {
    timeoutMs?: number;
    hosts?: HostOverrides;
  };
}

/** The Keys page's use cases over the vault: checks, environment import, storage consent. */
export class KeysService {
  private readonly options: KeysServiceOptions;

  constructor(options: KeysServiceOptions) {
    this.options = options;
  }

  status(): KeysStatus {
    const { vault, store, env } = this.options;
    const stored = new Set(vault.list().map((key) => `${key.provider}:${key.masked}`));
    const importOffer =
      store.get(IMPORT_DISMISSED) === true
        ? []
        : findImportCandidates(env).filter(
            (candidate) => !stored.has(`${candidate.provider}:${candidate.masked}`),
          );
    return {
      ...vault.status(),
      notices: [...(this.options.notices ?? []), ...vault.notices],
      importOffer,
    };
  }

  /** One key. A key that no longer decrypts gets its own result (re-enter it); it never fails the route. */
  async check(id: string): Promise<UsableKeySummary> {
    const { vault } = this.options;
    const input = await this.checkInput(vault.get(id));
    const result = 'status' in input ? input : await checkKey(input, this.options.check ?? {});
    return vault.recordCheck(id, result);
  }

  /**
   * Every key in parallel (bounded), with a progress event per finished key. Keys are isolated: a key
   * that no longer decrypts, or whose provider's reply cannot be read, gets its own result, and one
   * removed while being checked is skipped; the others are still checked and saved.
   */
  async checkAll(): Promise<KeySummary[]> {
    const { vault } = this.options;
    // A key saved by a newer version cannot be checked here: it is left as it is.
    const keys = vault.list().filter(isUsableKey);
    let done = 0;
    const report = (id: string, result: KeyCheck) => {
      done += 1;
      const key = this.recordIfStillStored(id, result);
      if (key) this.options.emit({ type: 'keys.check-progress', id, done, total: keys.length, key });
    };
    const items: { id: string; input: CheckInput }[] = [];
    for (const summary of keys) {
      if (!vault.has(summary.id)) {
        done += 1;
        continue;
      }
      const input = await this.checkInput(summary);
      if ('status' in input) report(summary.id, input);
      else items.push({ id: summary.id, input });
    }
    await checkAll(items, { ...this.options.check, onProgress: (id, result) => report(id, result) });
    return vault.list();
  }

  /** Saves a check result; null when the key was removed while it was being checked. */
  private recordIfStillStored(id: string, result: KeyCheck): UsableKeySummary | null {
    const { vault } = this.options;
    return vault.has(id) ? vault.recordCheck(id, result) : null;
  }

  /** What a check sends, or, for a key that no longer decrypts, the check result that says so. */
  private async checkInput(summary: UsableKeySummary): Promise<CheckInput | KeyCheck> {
    try {
      return {
        provider: summary.provider,
        key: await this.options.vault.reveal(summary.id),
        ...(summary.region ? { region: summary.region } : {}),
      };
    } catch (error) {
      if (!(error instanceof KeyDecryptError)) throw error;
      return {
        status: 'undecryptable',
        message: error.message,
        latencyMs: 0,
        checkedAt: new Date().toISOString(),
        keyKind: summary.keyKind,
      };
    }
  }

  /**
   * Imports the chosen variables in the providers' precedence order (their keyEnv order), whatever
   * order they were ticked in: a provider's first imported key becomes its default.
   */
  async importKeys(names: string[]): Promise<KeySummary[]> {
    const candidates = findImportCandidates(this.options.env);
    for (const name of names) {
      if (!candidates.some((entry) => entry.name === name)) {
        throw new ArenaErrorException({
          kind: 'invalid_input',
          field: 'names',
          message: `${name} is not set.`,
        });
      }
    }
    const chosen = new Set(names);
    for (const candidate of candidates) {
      if (!chosen.has(candidate.name)) continue;
      // Stryker disable next-line StringLiteral: the vault refuses the empty fallback and the filler alike (field key), skipped as already stored
      const value = this.options.env[candidate.name] ?? '';
      try {
        await this.options.vault.add({ provider: candidate.provider, key: value, label: candidate.name });
      } catch (error) {
        // Already stored: importing it again is not an error.
        if (!(error instanceof ArenaErrorException && error.error.field === 'key')) throw error;
      }
    }
    return this.options.vault.list();
  }

  dismissImport(): KeysStatus {
    this.options.store.set(IMPORT_DISMISSED, true);
    return this.status();
  }
}
