// keys.json is written by electron-store, whose writer (conf → atomically) writes a temporary file
// `keys.json.tmp-<time><random>` and renames it into place: a kill between the two leaves the
// temporary file, with key ciphertext in it. The start-up removes those; every write is synced.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import type { DurableWriteFs } from '../store/durable-write.ts';
import { killWriterMidWrite } from '../store/store-test-support.ts';
import { MemoryStore } from './key-value-store.ts';
import { keyStoreFile, keyStoreFileOptions, openKeyStore, withSyncedWrites } from './open-key-store.ts';

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'arena-keystore-durable-'));
}

/** The store the app opens over keys.json: electron-store is conf plus Electron's paths. */
function openConf(dir: string) {
  const { name, ...options } = keyStoreFileOptions(dir);
  const conf = new Conf<Record<string, unknown>>({ ...options, configName: name });
  return {
    get: (key: string) => conf.get(key),
    set: (key: string, value: unknown) => conf.set(key, value),
    delete: (key: string) => conf.delete(key),
  };
}

describe('temporary files of keys.json at start-up', () => {
  it("removes the ones its writer leaves behind, and nothing else's", () => {
    const dir = dataDir();
    writeFileSync(keyStoreFile(dir), '{"keys":[]}');
    // What atomically names a temporary file: the target, ".tmp-", 10 digits of time, 6 hex digits.
    const stale = ['keys.json.tmp-17640000001a2b3c', 'keys.json.tmp-0000000000ffffff'];
    // JsonFileStore's own kind, from a process that no longer runs.
    stale.push('keys.json.2147483646.tmp');
    for (const name of stale) writeFileSync(join(dir, name), '{"keys":[{"ciphertext":"AAAA"');
    const kept = [
      'keys.json.tmp-1764000000',
      'keys.json.tmp-17640000001a2b3cd',
      'keys.json.tmp-17640000001A2B3C',
      'keys.json.tmp-1764000000xyz123',
      'keys.json.bak',
      'other.json.tmp-17640000001a2b3c',
      'settings.json.tmp-17640000001a2b3c',
      `keys.json.${process.ppid}.tmp`,
      'keys.json.corrupt-2026-01-01T00-00-00-000Z',
    ];
    for (const name of kept) writeFileSync(join(dir, name), 'keep');
    const opened = openKeyStore({ file: keyStoreFile(dir), open: () => new MemoryStore() });
    expect(opened).toMatchObject({ notices: [], persistent: true });
    expect(readdirSync(dir).sort()).toEqual(['keys.json', ...kept].sort());
  });

  it('survives its writer being killed mid-write: the file parses, no temporary file outlives the start', async () => {
    const dir = dataDir();
    const child = join(dir, '..', `${dir.split(/[\\/]/).pop()}-writer.mjs`);
    // The app's writer, writing 100-300 KB of "ciphertext" as fast as it can, so kills land mid-write.
    writeFileSync(
      child,
      `import Conf from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../node_modules/conf/dist/source/index.js')).href)};
const conf = new Conf(${JSON.stringify({ ...keyStoreFileOptions(dir), configName: 'keys', name: undefined })});
for (let i = 0; ; i++) {
  conf.set('keys', [{ id: String(i), ciphertext: 'c'.repeat(100_000 + ((i * 7919) % 200_000)) }]);
  if (i === 0) process.stdout.write('ready\\n');
}
`,
    );
    const ROUNDS = 12;
    let leftBehind = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await killWriterMidWrite(child);
      if (readdirSync(dir).some((name) => name.startsWith('keys.json.tmp-'))) leftBehind++;
      const opened = openKeyStore({ file: keyStoreFile(dir), open: () => openConf(dir) });
      expect(opened.notices).toEqual([]);
      expect(opened.store.get('keys')).toEqual([{ id: expect.any(String), ciphertext: expect.any(String) }]);
      expect(readdirSync(dir)).toEqual(['keys.json']);
      expect(() => JSON.parse(readFileSync(keyStoreFile(dir), 'utf8'))).not.toThrow();
    }
    console.log(
      `keys.json kill-safety: ${leftBehind} of ${ROUNDS} kills left a temporary file; all were removed`,
    );
  }, 60_000);
});

describe('every write to keys.json', () => {
  /** A file system that only records what is opened and synced. */
  function recordingFs(log: string[]): DurableWriteFs {
    const paths = new Map<number, string>();
    return {
      openSync: (path, flags) => {
        const fd = paths.size + 100;
        paths.set(fd, path);
        log.push(`open ${path} ${flags}`);
        return fd;
      },
      fsyncSync: (fd) => log.push(`fsync ${paths.get(fd)}`),
      closeSync: (fd) => log.push(`close ${paths.get(fd)}`),
      writeFileSync: () => {},
      fchmodSync: () => {},
      renameSync: () => {},
      unlinkSync: () => {},
    };
  }

  it('is followed by a sync of the file and of its folder, after the store wrote it', () => {
    const dir = dataDir();
    const file = keyStoreFile(dir);
    const log: string[] = [];
    const inner = new MemoryStore();
    const store = withSyncedWrites(
      {
        get: (key) => inner.get(key),
        set: (key, value) => {
          log.push(`set ${key}`);
          inner.set(key, value);
        },
        delete: (key) => {
          log.push(`delete ${key}`);
          inner.delete(key);
        },
      },
      file,
      recordingFs(log),
    );
    store.set('keys', [1]);
    expect(store.get('keys')).toEqual([1]);
    store.delete('keys');
    const synced = [
      `open ${file} r+`,
      `fsync ${file}`,
      `close ${file}`,
      `open ${dir} r`,
      `fsync ${dir}`,
      `close ${dir}`,
    ];
    expect(log).toEqual(['set keys', ...synced, 'delete keys', ...synced]);
  });

  it('works over the real file system, and a missing file is no error', () => {
    const dir = dataDir();
    const store = withSyncedWrites(openConf(dir), keyStoreFile(dir));
    store.set('keys', [{ id: 'k', ciphertext: 'AAAA' }]);
    store.delete('keys');
    expect(JSON.parse(readFileSync(keyStoreFile(dir), 'utf8'))).toEqual({});
    const gone = withSyncedWrites(new MemoryStore(), join(dir, 'never-written.json'));
    expect(() => gone.set('x', 1)).not.toThrow();
  });
});
