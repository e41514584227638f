// The Keys page's use cases where the mutation run found them unguarded: the import offer and its
// dismissal, import refusals, a key removed before its turn in Check all, and a key's chosen region.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { isUsableKey } from '../../../src-shared/keys.ts';
import { arenaErrorOf, fakeProviderForFile } from '../http/http-test-support.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher } from './cipher.ts';
import { KeyVault } from './key-vault.ts';
import { KeysService } from './keys-service.ts';
import { SecretRegistry } from './secret-registry.ts';

const globalHost = await fakeProviderForFile();
const chinaHost = await fakeProviderForFile();

const OS_KEYCHAIN = createAesGcmCipher(Buffer.alloc(32, 3), 'os', 'this keychain');
/** Linux without a keyring: nothing may be written until the user chooses how to keep keys. */
const NO_KEYRING = createAesGcmCipher(Buffer.alloc(32, 4), 'basic_text', 'a password built into Electron');

const ENV = {
  OPENAI_API_KEY: 'sk-proj-env-openai-1111',
  DEEPSEEK_API_KEY: 'sk-deepseek-env-2222',
};

function keysFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'arena-keys-mutants-')), 'keys.json');
}

function service(
  options: {
    file?: string;
    cipher?: Cipher;
    env?: Record<string, string>;
    notices?: string[];
    onVault?: (vault: KeyVault) => void;
  } = {},
) {
  const file = options.file ?? keysFile();
  const store = new JsonFileStore(file);
  let nextId = 0;
  const vault = new KeyVault({
    cipher: options.cipher ?? OS_KEYCHAIN,
    store,
    secrets: new SecretRegistry(),
    newId: () => `key-${++nextId}`,
  });
  options.onVault?.(vault);
  const events: ArenaEvent[] = [];
  const keys = new KeysService({
    vault,
    store,
    env: options.env ?? {},
    emit: (event) => events.push(event),
    ...(options.notices ? { notices: options.notices } : {}),
    check: {
      timeoutMs: 2000,
      hosts: {
        minimax: { global: globalHost.url, china: chinaHost.url },
        openai: { global: globalHost.url },
        deepseek: { global: globalHost.url },
      },
    },
  });
  return { vault, keys, events, file };
}

const offered = (keys: KeysService) => keys.status().importOffer.map((entry) => entry.name);

describe('the import offer', () => {
  it('lists only the environment keys not stored yet', async () => {
    const { keys } = service({ env: ENV });
    expect(offered(keys)).toEqual(['OPENAI_API_KEY', 'DEEPSEEK_API_KEY']);
    await keys.importKeys(['DEEPSEEK_API_KEY']);
    expect(offered(keys)).toEqual(['OPENAI_API_KEY']);
  });

  it('imports only the chosen variables', async () => {
    const { keys } = service({ env: ENV });
    const stored = (await keys.importKeys(['OPENAI_API_KEY'])).filter(isUsableKey);
    expect(stored.map((key) => [key.provider, key.label])).toEqual([['openai', 'OPENAI_API_KEY']]);
  });

  it('once dismissed, is not offered again, even after a restart', () => {
    const { keys, file } = service({ env: ENV });
    expect(keys.dismissImport().importOffer).toEqual([]);
    expect(offered(keys)).toEqual([]);
    expect(offered(service({ file, env: ENV }).keys)).toEqual([]);
  });

  it('stays dismissed when keys.json already holds the dismissal (its name is part of the file format)', () => {
    const file = keysFile();
    // keys.json as the app leaves it after "Not now" with no key stored yet.
    writeFileSync(file, JSON.stringify({ importDismissed: true }));
    expect(offered(service({ file, env: ENV }).keys)).toEqual([]);
  });
});

describe('notices on the Keys page', () => {
  it('are none when nothing went wrong at start-up', () => {
    expect(service().keys.status().notices).toEqual([]);
  });

  it('are the start-up problems passed in', () => {
    const notice = 'The settings file could not be read; defaults are used.';
    expect(service({ notices: [notice] }).keys.status().notices).toEqual([notice]);
  });
});

describe('importing keys', () => {
  it('names the variable that is not set, so the user knows which one', async () => {
    const { keys } = service({ env: ENV });
    const error = await arenaErrorOf(keys.importKeys(['ANTHROPIC_API_KEY']));
    expect(error).toMatchObject({ kind: 'invalid_input', field: 'names' });
    expect(error.message).toContain('ANTHROPIC_API_KEY');
    expect(error.message).toContain('not set');
  });

  it('importing a key already stored again is not an error, and stores it once', async () => {
    const { keys } = service({ env: ENV });
    await keys.importKeys(['OPENAI_API_KEY']);
    const again = (await keys.importKeys(['OPENAI_API_KEY', 'DEEPSEEK_API_KEY'])).filter(isUsableKey);
    expect(again.map((key) => key.label)).toEqual(['OPENAI_API_KEY', 'DEEPSEEK_API_KEY']);
  });

  it('any other refusal reaches the user: with no keyring and no storage choice yet, nothing is imported', async () => {
    const { keys, vault } = service({ env: ENV, cipher: NO_KEYRING });
    const error = await arenaErrorOf(keys.importKeys(['OPENAI_API_KEY']));
    expect(error.kind).toBe('forbidden');
    expect(vault.list()).toEqual([]);
  });
});

describe('Check all', () => {
  it('skips a key removed before its turn, and still counts it, so progress reaches the total', async () => {
    let vault: KeyVault | undefined;
    let removeBeforeFirstReveal: (() => void) | undefined;
    const cipher: Cipher = {
      ...OS_KEYCHAIN,
      decrypt: (ciphertext) => {
        removeBeforeFirstReveal?.();
        removeBeforeFirstReveal = undefined;
        return OS_KEYCHAIN.decrypt(ciphertext);
      },
    };
    const { keys, events } = service({ cipher, onVault: (created) => (vault = created) });
    if (!vault) throw new Error('no vault');
    const kept = await vault.add({ provider: 'deepseek', label: 'Kept', key: 'sk-deepseek-kept-3333' });
    const removed = await vault.add({ provider: 'openai', label: 'Removed', key: 'sk-proj-removed-4444' });
    const removing = vault;
    removeBeforeFirstReveal = () => removing.remove(removed.id);
    globalHost.setHandler({ method: 'GET', path: '/models', json: { data: [] } });
    globalHost.setHandler({ method: 'GET', path: '/v1/models', json: { data: [] } });

    const after = (await keys.checkAll()).filter(isUsableKey);

    expect(after.map((key) => [key.id, key.lastCheck?.status])).toEqual([[kept.id, 'valid']]);
    const progress = events.filter((event) => event.type === 'keys.check-progress');
    // Two keys when Check all started; the removed one counts as done, the kept one completes it.
    expect(progress.map((event) => [event.id, event.done, event.total])).toEqual([[kept.id, 2, 2]]);
    expect(globalHost.requests.map((request) => request.headers.authorization)).not.toContain(
      'Bearer sk-proj-removed-4444',
    );
  });
});

describe('a key with a chosen region', () => {
  it('is checked on its own region’s host only', async () => {
    // PROVIDERS.md, MiniMax, "Hosts and regions": a key works only on its own region's host (global
    // api.minimax.io, China api.minimaxi.com). "Key checks": a Token Plan key is checked with
    // GET {host}/v1/token_plan/remains, answering base_resp.status_code 0 with model_remains[].
    const remains = { base_resp: { status_code: 0 }, model_remains: [] };
    chinaHost.setHandler({ method: 'GET', path: '/v1/token_plan/remains', json: remains });
    globalHost.setHandler({ method: 'GET', path: '/v1/token_plan/remains', status: 401, json: {} });
    const { keys, vault } = service();
    const key = await vault.add({
      provider: 'minimax',
      label: 'China plan',
      key: 'sk-cp-china-plan-5555',
      region: 'china',
    });

    const checked = await keys.check(key.id);

    expect(checked.lastCheck?.status).toBe('valid');
    expect(chinaHost.requests).toHaveLength(1);
    expect(globalHost.requests).toHaveLength(0);
  });
});
