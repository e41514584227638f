// Start-up narrows a keys.json others can read to owner-only, and otherwise leaves its mode alone.
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from './key-value-store.ts';
import { keyStoreFile, openKeyStore } from './open-key-store.ts';

const realPlatform = process.platform;

function keysFileWithMode(mode: number): string {
  const file = keyStoreFile(mkdtempSync(join(tmpdir(), 'arena-keymode-')));
  writeFileSync(file, '{"keys": []}');
  chmodSync(file, mode);
  return file;
}

describe.skipIf(realPlatform === 'win32')('the mode of an existing keys.json', () => {
  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: realPlatform });
  });

  it('is left alone when only its owner can read it (here: read-only by choice)', () => {
    const file = keysFileWithMode(0o400);
    openKeyStore({ file, open: () => new MemoryStore() });
    expect(statSync(file).mode & 0o777).toBe(0o400);
  });

  it('is left alone on Windows, where POSIX modes do not decide who can read it', () => {
    const file = keysFileWithMode(0o644);
    Object.defineProperty(process, 'platform', { value: 'win32' });
    openKeyStore({ file, open: () => new MemoryStore() });
    Object.defineProperty(process, 'platform', { value: realPlatform });
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });
});
