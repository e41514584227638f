import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { KeySummary, KeysStatus } from '../../../src-shared/keys.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { HostOverrides } from '../providers/resolve-endpoint.ts';
import { checkAll } from './checks/check-all.ts';
import { checkKey } from './checks/check-key.ts';
import { findImportCandidates } from './env-import.ts';
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

  async check(id: string): Promise<KeySummary> {
    const { vault } = this.options;
    const summary = vault.get(id);
    const key = await vault.reveal(id);
    const result = await checkKey(
      { provider: summary.provider, key, ...(summary.region ? { region: summary.region } : {}) },
      this.options.check ?? {},
    );
    return vault.recordCheck(id, result);
  }

  /** Every key in parallel (bounded), with a progress event per finished key. */
  async checkAll(): Promise<KeySummary[]> {
    const { vault } = this.options;
    const keys = vault.list();
    const items = await Promise.all(
      keys.map(async (summary) => ({
        id: summary.id,
        input: {
          provider: summary.provider,
          key: await vault.reveal(summary.id),
          ...(summary.region ? { region: summary.region } : {}),
        },
      })),
    );
    await checkAll(items, {
      ...this.options.check,
      onProgress: (id, result, done, total) => {
        const key = vault.recordCheck(id, result);
        this.options.emit({ type: 'keys.check-progress', id, done, total, key });
      },
    });
    return vault.list();
  }

  async importKeys(names: string[]): Promise<KeySummary[]> {
    const candidates = findImportCandidates(this.options.env);
    for (const name of names) {
      const candidate = candidates.find((entry) => entry.name === name);
      const value = this.options.env[name];
      if (!candidate || !value) {
        throw new ArenaErrorException({
          kind: 'invalid_input',
          field: 'names',
          message: `${name} is not set.`,
        });
      }
      try {
        await this.options.vault.add({ provider: candidate.provider, key: value, label: name });
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
