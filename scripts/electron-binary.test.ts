import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.ts';

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arena-electron-'));
  const name = process.platform === 'win32' ? 'electron.exe' : 'electron';
  writeFileSync(join(dir, name), '#!/bin/sh\n');
  chmodSync(join(dir, name), 0o755);
  return dir;
}

describe('finding the Electron binary without downloading it', () => {
  it('uses ELECTRON_EXEC_PATH when it exists, and says so when it does not', () => {
    const dir = fakeDist();
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: join(dir, 'electron') })).toEqual({
      found: true,
      path: join(dir, 'electron'),
    });
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: join(dir, 'missing') })).toMatchObject({
      found: false,
      reason: expect.stringContaining('does not exist'),
    });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH even before any download recorded path.txt', () => {
    const dir = fakeDist();
    const found = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dir });
    expect(found).toMatchObject({ found: true });
    expect(found.found && found.path.startsWith(dir)).toBe(true);
  });

  it('explains how to get the binary when there is none', () => {
    const found = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-such-electron') });
    expect(found.found).toBe(false);
  });
});
