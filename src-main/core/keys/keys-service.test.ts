import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { PROVIDER_IDS } from '../../../src-shared/domain.ts';
import { isUsableKey } from '../../../src-shared/keys.ts';
import { createTestCore } from '../core-test-support.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { Cipher } from './cipher.ts';
import { KeyVault } from './key-vault.ts';
import { KeysService } from './keys-service.ts';
import { SecretRegistry } from './secret-registry.ts';

const fake = await fakeProviderForFile();

let nextId = 0;
const THIS_KEYCHAIN = createAesGcmCipher(Buffer.alloc(32, 1), 'os', 'this keychain');
const OTHER_KEYCHAIN = createAesGcmCipher(Buffer.alloc(32, 2), 'os', 'another user’s keychain');

function service(options: { file?: string; cipher?: Cipher; env?: Record<string, string> } = {}) {
  const file = options.file ?? join(mkdtempSync(join(tmpdir(), 'arena-keys-')), 'keys.json');
  const store = new JsonFileStore(file);
  const vault = new KeyVault({
    cipher: options.cipher ?? THIS_KEYCHAIN,
    store,
    secrets: new SecretRegistry(),
    newId: () => `key-${++nextId}`,
  });
  const events: ArenaEvent[] = [];
  const keys = new KeysService({
    vault,
    store,
    env: options.env ?? {},
    emit: (event) => events.push(event),
    check: {
      timeoutMs: 2000,
      hosts: Object.fromEntries(PROVIDER_IDS.map((provider) => [provider, { global: fake.url }])),
    },
  });
  return { vault, keys, events, file };
}

/** A store with one key saved under another keychain and one saved here. */
async function storeWithOneForeignKey() {
  const foreign = service({ cipher: OTHER_KEYCHAIN });
  const bad = await foreign.vault.add({
    provider: 'openai',
    label: 'From my old laptop',
    key: 'sk-proj-foreign-1111',
  });
  const here = service({ file: foreign.file });
  const good = await here.vault.add({ provider: 'deepseek', label: 'Works', key: 'sk-deepseek-local-2222' });
  fake.setHandler({ method: 'GET', path: '/models', json: { data: [{ id: 'deepseek-chat' }] } });
  return { ...here, bad, good };
}

describe('a key that no longer decrypts', () => {
  it('Check reports it on that key (re-enter it), and never fails the route', async () => {
    const { keys, bad, good } = await storeWithOneForeignKey();
    const broken = await keys.check(bad.id);
    expect(broken.lastCheck).toMatchObject({ status: 'undecryptable', keyKind: 'standard' });
    expect(broken.lastCheck?.message).toContain('could not be decrypted');
    expect(broken.lastCheck?.message).toContain('Paste the key again');
    expect((await keys.check(good.id)).lastCheck?.status).toBe('valid');
    expect(fake.requests.map((request) => request.headers.authorization)).not.toContain(
      'Bearer sk-proj-foreign-1111',
    );
  });

  it('Check all reports it and still checks every other key, with progress for each', async () => {
    const { keys, events, bad, good } = await storeWithOneForeignKey();
    const after = (await keys.checkAll()).filter(isUsableKey);
    expect(after.find((key) => key.id === bad.id)?.lastCheck?.status).toBe('undecryptable');
    expect(after.find((key) => key.id === good.id)?.lastCheck?.status).toBe('valid');
    const progress = events.filter((event) => event.type === 'keys.check-progress');
    expect(progress.map((event) => [event.done, event.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('Replace makes it usable again', async () => {
    const { keys, vault, bad } = await storeWithOneForeignKey();
    fake.setHandler({ method: 'GET', path: '/v1/models', json: { data: [] } });
    await vault.replace(bad.id, 'sk-proj-foreign-1111');
    expect((await keys.check(bad.id)).lastCheck?.status).toBe('valid');
  });
});

describe('Check all isolates keys', () => {
  it('an odd reply (a reset time of 1e300) still gives that key a result; the others are checked and saved', async () => {
    const { keys, vault, events } = service();
    const odd = await vault.add({ provider: 'minimax', label: 'Odd plan', key: 'sk-cp-odd-reply-plan-5555' });
    const good = await vault.add({ provider: 'deepseek', label: 'Works', key: 'sk-deepseek-fine-6666' });
    fake.setHandler({
      method: 'GET',
      path: '/v1/token_plan/remains',
      json: { base_resp: { status_code: 0 }, model_remains: [{ model_name: 'M', end_time: 1e300 }] },
    });
    fake.setHandler({ method: 'GET', path: '/models', json: { data: [] } });
    const after = (await keys.checkAll()).filter(isUsableKey);
    expect(after.find((key) => key.id === odd.id)?.lastCheck).toMatchObject({
      status: 'valid',
      plan: { quotas: [{ model: 'M', resetsAt: null }] },
    });
    expect(after.find((key) => key.id === good.id)?.lastCheck?.status).toBe('valid');
    expect(events.filter((event) => event.type === 'keys.check-progress')).toHaveLength(2);
  });

  it('a key removed while it is being checked is skipped; the others are still saved', async () => {
    const { keys, vault } = service();
    const gone = await vault.add({ provider: 'openai', label: 'Gone', key: 'sk-proj-removed-key-7777' });
    const kept = await vault.add({ provider: 'deepseek', label: 'Kept', key: 'sk-deepseek-kept-8888' });
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    fake.setHandler({
      method: 'GET',
      path: '/v1/models',
      handle: async (_request, res) => {
        await answered;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
      },
    });
    fake.setHandler({ method: 'GET', path: '/models', json: { data: [] } });
    const checking = keys.checkAll();
    await fake.waitForRequests(2);
    vault.remove(gone.id);
    answer();
    const after = (await checking).filter(isUsableKey);
    expect(after.map((key) => key.id)).toEqual([kept.id]);
    expect(after[0]?.lastCheck?.status).toBe('valid');
  });
});

describe('importing keys from the environment', () => {
  const env = {
    MINIMAX_API_KEY: 'sk-api-from-env-paygo-8888',
    MINIMAX_CODE_PLAN_KEY: 'sk-cp-from-env-plan-9999',
    MINIMAX_CODING_API_KEY: 'sk-cp-from-env-coding-7777',
  };

  it('offers them in the provider’s precedence order, preselecting the first', () => {
    const { keys } = service({ env });
    expect(keys.status().importOffer.map((entry) => [entry.name, entry.preferred])).toEqual([
      ['MINIMAX_CODE_PLAN_KEY', true],
      ['MINIMAX_CODING_API_KEY', false],
      ['MINIMAX_API_KEY', false],
    ]);
  });

  it('imports in precedence order whatever order the names come in: the first variable becomes the default', async () => {
    const { keys } = service({ env });
    const imported = await keys.importKeys([
      'MINIMAX_API_KEY',
      'MINIMAX_CODING_API_KEY',
      'MINIMAX_CODE_PLAN_KEY',
    ]);
    expect(imported.filter(isUsableKey).map((key) => [key.label, key.isDefault])).toEqual([
      ['MINIMAX_CODE_PLAN_KEY', true],
      ['MINIMAX_CODING_API_KEY', false],
      ['MINIMAX_API_KEY', false],
    ]);
  });

  it('refuses an unknown name before importing anything', async () => {
    const { keys, vault } = service({ env });
    await expect(keys.importKeys(['MINIMAX_API_KEY', 'NOT_SET_KEY'])).rejects.toMatchObject({
      error: { kind: 'invalid_input', field: 'names' },
    });
    expect(vault.list()).toEqual([]);
  });
});

describe('a compare with a key that no longer decrypts', () => {
  it('fails that column with the remedy; the other columns answer', async () => {
    const { file } = await storeWithOneForeignKey();
    fake.setHandler({
      method: 'POST',
      path: '/chat/completions',
      file: join(import.meta.dirname, '../../../e2e/fixtures/openai/stream-text-include-usage-02.sse'),
    });
    const core = createTestCore({
      dataDir: join(file, '..'),
      vault: { cipher: THIS_KEYCHAIN, store: new JsonFileStore(file) },
      client: {
        hosts: Object.fromEntries(PROVIDER_IDS.map((provider) => [provider, { global: fake.url }])),
      },
    });
    const results = await core.compare.start({
      prompt: 'hi',
      params: {},
      columns: [
        { columnId: 'a', provider: 'openai', model: 'gpt-5-mini' },
        { columnId: 'b', provider: 'deepseek', model: 'deepseek-chat' },
      ],
    }).done;
    expect(results.get('a')?.error).toMatchObject({ kind: 'auth' });
    expect(results.get('a')?.error?.message).toContain('Paste the key again');
    expect(results.get('b')?.error).toBeNull();
    expect(results.get('b')?.text).toBe('The capital of the UK is London.');
  });
});

describe('start-up', () => {
  it('the core decrypts no stored key until one is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arena-keys-'));
    const file = join(dir, 'keys.json');
    await service({ file }).vault.add({ provider: 'openai', key: 'sk-proj-stored-key-3333' });
    let decrypted = 0;
    const cipher: Cipher = {
      ...THIS_KEYCHAIN,
      decrypt: (ciphertext) => {
        decrypted += 1;
        return THIS_KEYCHAIN.decrypt(ciphertext);
      },
    };
    // A fake clock: whatever the core schedules for later (a warm-up, a poll) runs within the minute below.
    vi.useFakeTimers();
    try {
      const core = createTestCore({ dataDir: dir, vault: { cipher, store: new JsonFileStore(file) } });
      const sender = { url: 'app://test', isMainFrame: true };
      await core.router.dispatch('keys.status', undefined, sender);
      await core.router.dispatch('keys.list', undefined, sender);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(decrypted).toBe(0);
      expect(await core.vault.keyFor('openai')).toBe('sk-proj-stored-key-3333');
      expect(decrypted).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
