import * as fs from 'node:fs';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DurableWriteFs } from './durable-write.ts';
import { JsonFileStore } from './json-file-store.ts';
import { killWriterMidWrite } from './store-test-support.ts';

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'arena-store-')), 'settings.json');
}

describe('JsonFileStore', () => {
  it('persists values across instances', () => {
    const file = tempFile();
    new JsonFileStore(file).set('settings', { theme: 'dark' });
    expect(new JsonFileStore(file).get('settings')).toEqual({ theme: 'dark' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ settings: { theme: 'dark' } });
  });

  it('deletes keys', () => {
    const file = tempFile();
    const store = new JsonFileStore(file);
    store.set('a', 1);
    store.set('b', 2);
    store.delete('a');
    expect(new JsonFileStore(file).get('a')).toBeUndefined();
    expect(new JsonFileStore(file).get('b')).toBe(2);
  });

  it.each([
    ['truncated JSON', '{"settings": {"theme": "da'],
    ['a JSON array', '[1,2,3]'],
    ['binary garbage', '\u0000\u0001\u0002'],
  ])('moves a corrupt file aside (%s), starts empty and says so', (_name, content) => {
    const file = tempFile();
    writeFileSync(file, content);
    const store = new JsonFileStore(file, () => new Date('2026-11-22T10:00:00Z'));
    expect(store.get('settings')).toBeUndefined();
    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0]!;
    if (notice.kind !== 'corrupt-file-moved') throw new Error(`unexpected notice ${notice.kind}`);
    expect(notice.movedTo).toContain('.corrupt-2026-11-22T10-00-00');
    expect(readFileSync(notice.movedTo, 'utf8')).toBe(content);
    expect(notice.message).toContain('moved to');
    store.set('settings', { theme: 'light' });
    expect(new JsonFileStore(file).get('settings')).toEqual({ theme: 'light' });
  });

  it.skipIf(process.platform === 'win32')('writes the file owner-only (0600), even over a wider one', () => {
    const file = tempFile();
    writeFileSync(file, '{}', { mode: 0o644 });
    chmodSync(file, 0o644);
    new JsonFileStore(file).set('keys', ['ciphertext']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A temporary file left by a crash, with a wide mode, does not widen the next write.
    writeFileSync(`${file}.${process.pid}.tmp`, 'stale', { mode: 0o666 });
    chmodSync(`${file}.${process.pid}.tmp`, 0o666);
    new JsonFileStore(file).set('keys', []);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a file it cannot read is left untouched: the store starts empty, says why, and keeps changes in memory', () => {
    const file = tempFile();
    mkdirSync(file);
    writeFileSync(join(file, 'inside.txt'), 'not ours');
    const store = new JsonFileStore(file);
    expect(store.persistent).toBe(false);
    expect(store.notices).toMatchObject([{ kind: 'unreadable-file' }]);
    expect(store.notices[0]!.message).toContain('a folder is in its place');
    store.set('settings', { theme: 'dark' });
    expect(store.get('settings')).toEqual({ theme: 'dark' });
    expect(statSync(file).isDirectory()).toBe(true);
    expect(readdirSync(file)).toEqual(['inside.txt']);
    expect(readdirSync(join(file, '..'))).toEqual(['settings.json']);
  });

  it('leaves no temporary file behind after a write', () => {
    const file = tempFile();
    new JsonFileStore(file).set('x', 1);
    const dir = join(file, '..');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });
});

/** The real file system, logging syncs and renames, with one operation made to fail the way a disk or a platform can. */
function observedFs(
  fail: { op: 'fsync-file' | 'fsync-folder'; code: string } | null,
  log: string[] = [],
): DurableWriteFs {
  const folders = new Set<number>();
  const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    openSync: (path, flags, mode) => {
      const fd = fs.openSync(path, flags, mode);
      if (fs.fstatSync(fd).isDirectory()) folders.add(fd);
      return fd;
    },
    writeFileSync: (fd, data) => fs.writeFileSync(fd, data),
    fchmodSync: (fd, mode) => fs.fchmodSync(fd, mode),
    fsyncSync: (fd) => {
      const what = folders.has(fd) ? 'fsync-folder' : 'fsync-file';
      log.push(what);
      if (what === fail?.op) throw failure(fail.code);
      fs.fsyncSync(fd);
    },
    closeSync: (fd) => {
      folders.delete(fd);
      fs.closeSync(fd);
    },
    renameSync: (from, to) => {
      log.push('rename');
      fs.renameSync(from, to);
    },
    unlinkSync: (path) => fs.unlinkSync(path),
  };
}

describe('JsonFileStore: honest, durable writes', () => {
  it('a failed write throws a clear error and memory keeps the old value', () => {
    const file = tempFile();
    const store = new JsonFileStore(file);
    store.set('settings', { theme: 'dark' });
    // Something takes the file's place after start-up: the rename can no longer succeed.
    rmSync(file);
    mkdirSync(file);
    expect(() => store.set('settings', { theme: 'light' })).toThrow(
      /could not save .*settings\.json.*a folder is in its place.*not saved/i,
    );
    expect(store.get('settings')).toEqual({ theme: 'dark' });
    expect(() => store.delete('settings')).toThrow(/not saved/);
    expect(store.get('settings')).toEqual({ theme: 'dark' });
    expect(readdirSync(dirname(file))).toEqual(['settings.json']);
  });

  it('syncs the temporary file before the rename and the folder after it', () => {
    const file = tempFile();
    const log: string[] = [];
    const store = new JsonFileStore(file, undefined, observedFs(null, log));
    store.set('x', 1);
    expect(log).toEqual(['fsync-file', 'rename', 'fsync-folder']);
  });

  it('a file that cannot be synced is not renamed into place: old file and memory kept, no temporary file', () => {
    const file = tempFile();
    new JsonFileStore(file).set('x', 1);
    const store = new JsonFileStore(file, undefined, observedFs({ op: 'fsync-file', code: 'EIO' }));
    expect(() => store.set('x', 2)).toThrow(/a disk error, EIO/);
    expect(store.get('x')).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 1 });
    expect(readdirSync(dirname(file))).toEqual(['settings.json']);
  });

  it.each(['EISDIR', 'EPERM', 'EACCES', 'EINVAL'])(
    'tolerates a folder that cannot be synced (%s, as on Windows)',
    (code) => {
      const file = tempFile();
      const store = new JsonFileStore(file, undefined, observedFs({ op: 'fsync-folder', code }));
      store.set('x', 1);
      expect(store.get('x')).toBe(1);
      expect(new JsonFileStore(file).get('x')).toBe(1);
    },
  );

  it("removes its own stale temporary files at start-up, and nothing else's", () => {
    const file = tempFile();
    const dir = dirname(file);
    writeFileSync(file, '{"x":1}');
    // Left by processes that no longer run (a pid above any pid_max, and this process's own).
    writeFileSync(`${file}.2147483646.tmp`, '{"x":');
    writeFileSync(`${file}.${process.pid}.tmp`, '{"x":');
    // A write in progress in a process that is alive, and files that are not this store's temporaries.
    const kept = [
      `settings.json.${process.ppid}.tmp`,
      'settings.json.tmp',
      'settings.json.abc.tmp',
      'settings.json.123.tmp.bak',
      'other.json.2147483646.tmp',
      'settings.json.corrupt-2026-01-01T00-00-00-000Z',
    ];
    for (const name of kept) writeFileSync(join(dir, name), 'keep');
    expect(new JsonFileStore(file).get('x')).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['settings.json', ...kept].sort());
  });

  it('survives being killed mid-write: the file always parses and no temporary file outlives the next start', async () => {
    const { pathToFileURL } = await import('node:url');
    const file = tempFile();
    const dir = dirname(file);
    const child = join(dir, '..', 'writer.mjs');
    // Writes ~100-400 KB documents as fast as it can, so a kill lands mid-write often.
    writeFileSync(
      child,
      `import { JsonFileStore } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'json-file-store.ts')).href)};
const store = new JsonFileStore(process.argv[2]);
for (let i = 0; ; i++) {
  store.set('doc', { i, pad: 'x'.repeat(100_000 + ((i * 7919) % 300_000)) });
  if (i === 0) process.stdout.write('ready\\n');
}
`,
    );
    const ROUNDS = 20;
    let leftBehind = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await killWriterMidWrite(child, [file]);
      if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) leftBehind++;
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
      const reopened = new JsonFileStore(file);
      expect(reopened.notices).toEqual([]);
      expect(reopened.get('doc')).toMatchObject({ i: expect.any(Number) });
      expect(readdirSync(dir)).toEqual(['settings.json']);
    }
    console.log(
      `kill-safety: a temporary file was left by ${leftBehind} of ${ROUNDS} kills; all were cleaned`,
    );
    expect(existsSync(file)).toBe(true);
  }, 120_000);
});
