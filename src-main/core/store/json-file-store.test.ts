import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileStore } from './json-file-store.ts';

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
