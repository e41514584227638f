// Versions before this one stored provider text unscrubbed in a key's last check: an echoed key
// could sit in plaintext in keys.json. At start-up no key has been decrypted, so no scrubber knows
// it: the text of such a check must go by what wrote it, not by what it holds.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KeyCheck } from '../../../src-shared/keys.ts';
import { APP_SENDER, createTestCore } from '../core-test-support.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import { KeyVault } from './key-vault.ts';
import { SecretRegistry } from './secret-registry.ts';

// No key shape: nothing but the registry of known keys could recognise it.
const KEY = 'CANARY-openai-0123456789abcdef';
const cipher = () => createAesGcmCipher(Buffer.alloc(32, 4), 'os', 'a test keychain');

/** A check result as an earlier version stored it: the provider's text, key and all. */
const ECHOED: KeyCheck = {
  status: 'invalid',
  message: `OpenAI rejected the key (OpenAI said: Incorrect API key provided: ${KEY}).`,
  latencyMs: 12,
  checkedAt: '2026-01-01T00:00:00.000Z',
  keyKind: 'standard',
  providerCode: KEY,
  httpStatus: 401,
  plan: { name: `Plan ${KEY}`, quotas: [{ model: `M ${KEY}`, remaining: 1, total: 2, resetsAt: null }] },
};

function start(dataDir: string) {
  const core = createTestCore({
    dataDir,
    vault: { cipher: cipher(), store: new JsonFileStore(join(dataDir, 'keys.json')) },
  });
  return async (route: string, input?: unknown) => {
    const reply = await core.router.dispatch(route, input, APP_SENDER);
    if (!reply.ok) throw new Error(`${route}: ${reply.error.message}`);
    return reply.value as never;
  };
}

/** A data folder whose keys.json holds one key whose record is rewritten by `edit`. */
async function dataDirWith(edit: (record: Record<string, unknown>) => void) {
  const dataDir = mkdtempSync(join(tmpdir(), 'arena-earlier-'));
  await start(dataDir)('keys.add', { provider: 'openai', key: KEY });
  const file = join(dataDir, 'keys.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data.keys[0]);
  writeFileSync(file, JSON.stringify(data));
  return { dataDir, stored: () => readFileSync(file, 'utf8') };
}

describe('a check result an earlier version stored', () => {
  it('is cleared from keys.json at start-up and never shown; its status and time stay', async () => {
    const { dataDir, stored } = await dataDirWith((record) => {
      // What the earlier version wrote: no format mark, the echoed key in the check.
      delete record.format;
      record.lastCheck = ECHOED;
    });
    expect(stored()).toContain(KEY);
    const call = start(dataDir);
    expect(stored()).not.toContain('CANARY');
    const [listed]: { lastCheck: KeyCheck }[] = await call('keys.list');
    expect(JSON.stringify(listed)).not.toContain('CANARY');
    expect(listed?.lastCheck).toEqual({
      status: 'invalid',
      message: 'Checked by an earlier version of BYOK Arena. Check the key again to see the details.',
      latencyMs: 12,
      checkedAt: '2026-01-01T00:00:00.000Z',
      keyKind: 'standard',
    });
    // A later save keeps it clean, and marks the record as written by a version that scrubs.
    await call('keys.add', { provider: 'deepseek', key: 'sk-another-deepseek-key-0123' });
    expect(stored()).not.toContain('CANARY');
    expect(JSON.parse(stored()).keys.map((record: { format?: number }) => record.format)).toEqual([2, 2]);
  });

  it('with fields it cannot vouch for is cleared whole', async () => {
    const { dataDir, stored } = await dataDirWith((record) => {
      delete record.format;
      record.lastCheck = { ...ECHOED, status: `bad ${KEY}`, checkedAt: KEY };
    });
    const [listed]: { lastCheck: KeyCheck | null }[] = await start(dataDir)('keys.list');
    expect(listed?.lastCheck).toBeNull();
    expect(stored()).not.toContain('CANARY');
  });

  it('is kept as it is when this version wrote it', async () => {
    const message = 'OpenAI rejected the key (OpenAI said: Incorrect API key provided: [redacted]).';
    const { dataDir, stored } = await dataDirWith((record) => {
      record.lastCheck = { ...ECHOED, message, providerCode: 'invalid_api_key', plan: undefined };
    });
    const before = stored();
    const [listed]: { lastCheck: KeyCheck }[] = await start(dataDir)('keys.list');
    expect(listed?.lastCheck).toMatchObject({ message, providerCode: 'invalid_api_key' });
    expect(stored()).toBe(before);
  });
});

describe('when keys.json cannot be written at start-up', () => {
  it('the earlier check is still never shown, and the Keys page says why it is still on disk', async () => {
    const record = { id: 'k1', provider: 'openai', label: 'Old', ciphertext: 'AAAA', masked: '…cdef' };
    const data = new Map<string, unknown>([
      [
        'keys',
        [{ ...record, keyKind: 'standard', isDefault: true, createdAt: '2026-01-01', lastCheck: ECHOED }],
      ],
    ]);
    const readOnly = {
      get: (name: string) => data.get(name),
      set: () => {
        throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
      },
      delete: () => {
        throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
      },
    };
    const vault = new KeyVault({ cipher: cipher(), store: readOnly, secrets: new SecretRegistry() });
    expect(JSON.stringify(vault.list())).not.toContain('CANARY');
    expect(vault.notices).toEqual([expect.stringContaining('could not be cleared from the key store')]);
  });
});
