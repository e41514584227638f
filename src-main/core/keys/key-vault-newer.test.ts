// Records a newer version wrote (a provider or key kind this one does not know) survive every save.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import type { CipherBackend } from './cipher.ts';
import { KeyVault } from './key-vault.ts';
import { KeysService } from './keys-service.ts';
import { SecretRegistry } from './secret-registry.ts';

const CIPHER_KEY = Buffer.alloc(32, 5);

/** A record from a newer version: a provider this one does not know, and fields it never heard of. */
const FROM_NEWER = {
  id: 'newer-1',
  provider: 'mistral',
  label: 'Team Mistral',
  ciphertext: Buffer.alloc(40, 3).toString('base64'),
  masked: 'ms-…9a9a',
  keyKind: 'workspace',
  scopes: ['chat', 'embeddings'],
  limits: { rpm: 1e3, tpm: 2.5, note: null },
  isDefault: true,
  createdAt: '2027-03-01T00:00:00.000Z',
  lastCheck: null,
};
/** A known provider with a key kind this version does not know. */
const NEWER_KIND = {
  ...FROM_NEWER,
  id: 'newer-2',
  provider: 'openai',
  keyKind: 'service_account',
  label: 'Svc',
};

/** How a record sits in keys.json (JsonFileStore writes two-space JSON; records are at depth 2). */
const asWritten = (record: object) =>
  JSON.stringify(record, null, 2)
    .split('\n')
    .map((line, index) => (index === 0 ? line : `    ${line}`))
    .join('\n');

function vaultOver(records: object[], backend: CipherBackend = 'os', consent?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'arena-newer-'));
  const file = join(dir, 'keys.json');
  const data = { ...(consent ? { storageConsent: consent } : {}), keys: records };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  const secrets = new SecretRegistry();
  const store = new JsonFileStore(file);
  let id = 0;
  const vault = new KeyVault({
    cipher: createAesGcmCipher(CIPHER_KEY, backend, 'a test keychain'),
    store,
    secrets,
    newId: () => `key-${++id}`,
  });
  return { vault, file, store, secrets, text: () => readFileSync(file, 'utf8') };
}

describe('key records from a newer version', () => {
  it('stay in keys.json byte for byte when a key is added, changed, checked or removed', async () => {
    const { vault, text } = vaultOver([FROM_NEWER, NEWER_KIND]);
    expect(text()).toContain(asWritten(FROM_NEWER));
    const added = await vault.add({ provider: 'openai', key: 'sk-proj-added-after-1234' });
    await vault.add({ provider: 'openai', key: 'sk-proj-second-added-5678' });
    vault.update(added.id, { label: 'Renamed' });
    vault.setDefault('key-2');
    vault.recordCheck(added.id, {
      status: 'valid',
      message: 'ok',
      latencyMs: 1,
      checkedAt: '2027-01-01T00:00:00.000Z',
      keyKind: 'standard',
    });
    vault.remove('key-2');
    expect(text()).toContain(asWritten(FROM_NEWER));
    expect(text()).toContain(asWritten(NEWER_KIND));
    expect(JSON.parse(text()).keys.map((record: { id: string }) => record.id)).toEqual([
      'key-1',
      'newer-1',
      'newer-2',
    ]);
  });

  it('are listed as from a newer version, with what can be shown of them', () => {
    const { vault } = vaultOver([FROM_NEWER]);
    expect(vault.list()).toEqual([
      {
        id: 'newer-1',
        unsupported: 'newer-version',
        provider: 'mistral',
        label: 'Team Mistral',
        masked: 'ms-…9a9a',
      },
    ]);
  });

  it('are shown cut to fit only after the known keys are scrubbed from them', () => {
    const key = 'CANARY-unshaped-key-0123456789';
    const { vault, secrets } = vaultOver([{ ...FROM_NEWER, label: `${'L'.repeat(95)}${key}` }]);
    secrets.add(key);
    const [shown] = vault.list();
    expect(shown?.label).toBe(`${'L'.repeat(95)}[reda`);
    expect(JSON.stringify(vault.list())).not.toContain(key.slice(0, 3));
  });

  it('cannot be checked, replaced, renamed, made default or used, and say why; they can be removed', async () => {
    const { vault, text } = vaultOver([NEWER_KIND]);
    const newer = {
      error: { kind: 'invalid_input', field: 'id', message: expect.stringContaining('newer version') },
    };
    expect(() => vault.get('newer-2')).toThrow(/newer version/);
    await expect(vault.replace('newer-2', 'sk-proj-replacement-1234')).rejects.toMatchObject(newer);
    expect(() => vault.update('newer-2', { label: 'x' })).toThrow(/newer version/);
    expect(() => vault.setDefault('newer-2')).toThrow(/newer version/);
    await expect(vault.reveal('newer-2')).rejects.toMatchObject(newer);
    expect(await vault.keyFor('openai')).toBeUndefined();
    expect(vault.remove('newer-2')).toEqual([]);
    expect(text()).not.toContain('newer-2');
  });

  it('are left out of Check all', async () => {
    const { vault, store } = vaultOver([FROM_NEWER]);
    const events: ArenaEvent[] = [];
    const keys = new KeysService({ vault, store, env: {}, emit: (event) => events.push(event) });
    expect(await keys.checkAll()).toMatchObject([{ id: 'newer-1', unsupported: 'newer-version' }]);
    expect(events).toEqual([]);
    await expect(keys.check('newer-1')).rejects.toMatchObject({ error: { field: 'id' } });
  });

  it('stay on disk when keys move to this session only, and after moving back', async () => {
    const { vault, text } = vaultOver([FROM_NEWER], 'basic_text', 'persist');
    await vault.add({ provider: 'openai', key: 'sk-proj-moving-key-2468' });
    await vault.choose('session');
    expect(text()).toContain(asWritten(FROM_NEWER));
    expect(text()).not.toContain('sk-proj-…2468');
    await vault.choose('persist');
    expect(text()).toContain(asWritten(FROM_NEWER));
    expect(text()).toContain('sk-proj-…2468');
  });
});

describe('a record this version knows, with fields a newer version added', () => {
  const EXTRA = {
    organization: 'org-123',
    baseUrl: 'https://proxy.example/v1',
    limits: { rpm: 1e3, tags: ['a', null], nested: { deep: [1, { x: 'y' }] } },
  };

  /** Adds a key, then gives its record on disk the newer version's fields; a fresh vault reads it. */
  async function knownWithExtras(backend: CipherBackend = 'os') {
    const first = vaultOver([], backend, backend === 'os' ? undefined : 'persist');
    await first.vault.add({ provider: 'openai', key: 'sk-proj-known-with-extras-1234' });
    const data = JSON.parse(first.text());
    Object.assign(data.keys[0], EXTRA);
    writeFileSync(first.file, JSON.stringify(data));
    const vault = new KeyVault({
      cipher: createAesGcmCipher(CIPHER_KEY, backend, 'a test keychain'),
      store: new JsonFileStore(first.file),
      secrets: new SecretRegistry(),
      newId: () => 'key-2',
    });
    const extras = () => {
      const record = JSON.parse(first.text()).keys.find((entry: { id: string }) => entry.id === 'key-1');
      return Object.fromEntries(Object.keys(EXTRA).map((name) => [name, record?.[name]]));
    };
    return { vault, extras, file: first.file };
  }

  it('keeps them unchanged through every change this version makes', async () => {
    const { vault, extras } = await knownWithExtras();
    const steps: [string, () => unknown][] = [
      ['add another key', () => vault.add({ provider: 'openai', key: 'sk-proj-another-key-5678' })],
      ['rename', () => vault.update('key-1', { label: 'Renamed' })],
      ['change the region', () => vault.update('key-1', { region: 'global' })],
      ['make another the default', () => vault.setDefault('key-2')],
      ['make it the default again', () => vault.setDefault('key-1')],
      [
        'record a check',
        () =>
          vault.recordCheck('key-1', {
            status: 'valid',
            message: 'ok',
            latencyMs: 1,
            checkedAt: '2027-01-01T00:00:00.000Z',
            keyKind: 'standard',
          }),
      ],
      ['replace the key', () => vault.replace('key-1', 'sk-proj-replacement-key-9012')],
      ['remove the other key', () => vault.remove('key-2')],
    ];
    for (const [step, change] of steps) {
      await change();
      expect({ step, extras: extras() }).toEqual({ step, extras: EXTRA });
    }
    expect(await vault.reveal('key-1')).toBe('sk-proj-replacement-key-9012');
    // They are the newer version's business: the Keys page never sees them.
    expect(JSON.stringify(vault.list())).not.toContain('org-123');
  });

  it('keeps them when the keys move to this session only and back', async () => {
    const { vault, extras } = await knownWithExtras('basic_text');
    await vault.choose('session');
    await vault.choose('persist');
    expect(extras()).toEqual(EXTRA);
  });
});

describe('what the vault writes to disk', () => {
  it('holds no known key, even where a provider or the user put one (a check result, a label)', async () => {
    const { vault, text, secrets } = vaultOver([]);
    const key = 'CANARY-unshaped-key-0123456789';
    const added = await vault.add({ provider: 'openai', key, label: `pasted ${key}` });
    secrets.add(key);
    vault.recordCheck(added.id, {
      status: 'invalid',
      message: `Incorrect API key provided: ${key}`,
      providerCode: key,
      latencyMs: 1,
      checkedAt: '2027-01-01T00:00:00.000Z',
      keyKind: 'standard',
      plan: { name: key, quotas: [{ model: key, remaining: 1, total: 1, resetsAt: null }] },
    });
    expect(text()).not.toContain('CANARY');
    expect(text()).toContain('Incorrect API key provided: [redacted]');
    expect(await vault.reveal(added.id)).toBe(key);
  });
});
