import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// electron-store is conf plus Electron's paths; conf runs under plain Node, so it shows what the
// options we hand electron-store do to the real file.
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { APP_SENDER, createTestCore } from '../core-test-support.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';
import { MemoryStore } from './key-value-store.ts';
import { keyStoreFile, keyStoreFileOptions, openKeyStore } from './open-key-store.ts';

const NOW = () => new Date('2026-11-22T10:00:00.000Z');
const MOVED_NAME = 'keys.json.corrupt-2026-11-22T10-00-00-000Z';
const isRoot = process.getuid?.() === 0;

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'arena-keystore-'));
}

/** The app's start-up over this folder: openKeyStore, then the core with the keys routes. */
async function startApp(dir: string, open = () => new JsonFileStore(keyStoreFile(dir))) {
  const opened = openKeyStore({ file: keyStoreFile(dir), open, now: NOW });
  const core = createTestCore({
    dataDir: dir,
    vault: { cipher: createAesGcmCipher(Buffer.alloc(32, 2), 'os', 'a test keychain'), ...opened },
  });
  const call = async (route: string, input?: unknown) => {
    const result = await core.router.dispatch(route, input, APP_SENDER);
    if (!result.ok) throw new Error(`${route}: ${result.error.message}`);
    return result.value as never;
  };
  return { opened, call };
}

describe('opening the key store at start-up', () => {
  it('a corrupt file is moved aside to a timestamped name; the app starts with no keys and says so', async () => {
    const dir = dataDir();
    const damaged = '{"keys": [ {"id": "trunc';
    writeFileSync(join(dir, 'keys.json'), damaged);
    const { opened, call } = await startApp(dir);
    expect(opened.persistent).toBe(true);
    expect(readdirSync(dir)).toContain(MOVED_NAME);
    expect(readFileSync(join(dir, MOVED_NAME), 'utf8')).toBe(damaged);
    expect(await call('keys.list')).toEqual([]);
    const status: { notices: string[]; mode: string } = await call('keys.status');
    expect(status.mode).toBe('encrypted');
    expect(status.notices).toHaveLength(1);
    expect(status.notices[0]).toContain(`moved to ${join(dir, MOVED_NAME)}`);
    // The store works again: a new keys.json is written.
    await call('keys.add', { provider: 'openai', key: 'sk-proj-after-damage-5678' });
    expect(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')).keys).toHaveLength(1);
  });

  it.each([
    ['a JSON array', '[1, 2]'],
    ['binary garbage', '\u0000\u0001\u0002'],
  ])('moves aside %s too', (_name, content) => {
    const dir = dataDir();
    writeFileSync(join(dir, 'keys.json'), content);
    const opened = openKeyStore({ file: keyStoreFile(dir), open: () => new MemoryStore(), now: NOW });
    expect(opened.notices[0]).toContain('moved to');
    expect(readFileSync(join(dir, MOVED_NAME), 'utf8')).toBe(content);
  });

  it('a folder in place of the file (EISDIR): no crash, reported, left untouched, keys for this session only', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'keys.json'));
    writeFileSync(join(dir, 'keys.json', 'note.txt'), 'mine');
    const { opened, call } = await startApp(dir);
    expect(opened.persistent).toBe(false);
    const status: { notices: string[]; mode: string; choices: string[] } = await call('keys.status');
    expect(status.notices[0]).toContain('could not be read (a folder is in its place, EISDIR)');
    expect(status.notices[0]).toContain('left it untouched');
    expect(status).toMatchObject({ mode: 'session', choices: [] });
    await call('keys.add', { provider: 'openai', key: 'sk-proj-session-only-5678' });
    expect(await call('keys.list')).toHaveLength(1);
    expect(statSync(join(dir, 'keys.json')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'keys.json'))).toEqual(['note.txt']);
    expect(readdirSync(dir).filter((name) => name.startsWith('keys.json'))).toEqual(['keys.json']);
  });

  it.skipIf(isRoot || process.platform === 'win32')(
    'a file it may not read (EACCES): no crash, reported, left untouched',
    () => {
      const dir = dataDir();
      const file = join(dir, 'keys.json');
      writeFileSync(file, '{"keys": []}');
      chmodSync(file, 0o000);
      const opened = openKeyStore({ file, open: () => new JsonFileStore(file), now: NOW });
      expect(opened.persistent).toBe(false);
      expect(opened.notices[0]).toContain('permission denied, EACCES');
      expect(statSync(file).mode & 0o777).toBe(0o000);
      chmodSync(file, 0o600);
      expect(readFileSync(file, 'utf8')).toBe('{"keys": []}');
    },
  );

  it('a corrupt file that cannot be moved aside is left untouched, and the app still starts', () => {
    const dir = dataDir();
    const file = join(dir, 'keys.json');
    writeFileSync(file, 'not json');
    // The name it would be moved to is taken by a folder with something in it: the rename fails.
    mkdirSync(join(dir, MOVED_NAME));
    writeFileSync(join(dir, MOVED_NAME, 'x'), 'x');
    const opened = openKeyStore({ file, open: () => new JsonFileStore(file), now: NOW });
    expect(opened.persistent).toBe(false);
    expect(opened.notices[0]).toContain('could not be moved aside');
    expect(readFileSync(file, 'utf8')).toBe('not json');
  });

  it('a store that throws while opening: caught, reported, the file untouched', async () => {
    const dir = dataDir();
    const file = join(dir, 'keys.json');
    writeFileSync(file, '{"keys": []}');
    const { opened, call } = await startApp(dir, () => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
    });
    expect(opened.persistent).toBe(false);
    const status: { notices: string[] } = await call('keys.status');
    expect(status.notices[0]).toContain('could not be read (permission denied, EACCES)');
    expect(readFileSync(file, 'utf8')).toBe('{"keys": []}');
  });

  it('a missing file is a first start: no notice', () => {
    const dir = dataDir();
    const opened = openKeyStore({ file: keyStoreFile(dir), open: () => new MemoryStore() });
    expect(opened).toMatchObject({ notices: [], persistent: true });
    expect(existsSync(keyStoreFile(dir))).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('the key store file is owner-only (0600)', () => {
  it('electron-store, given our options, writes keys.json with mode 0600 and narrows a wider one', () => {
    const dir = dataDir();
    const { name, ...options } = keyStoreFileOptions(dir);
    const store = new Conf<Record<string, unknown>>({ ...options, configName: name });
    store.set('keys', [{ id: 'k', ciphertext: 'AAAA' }]);
    expect(store.path).toBe(keyStoreFile(dir));
    expect(statSync(store.path).mode & 0o777).toBe(0o600);

    chmodSync(store.path, 0o644);
    store.set('storageConsent', 'persist');
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('an existing keys.json readable by others is narrowed at start-up', () => {
    const dir = dataDir();
    const file = keyStoreFile(dir);
    writeFileSync(file, '{"keys": []}');
    chmodSync(file, 0o644);
    openKeyStore({ file, open: () => new MemoryStore() });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
