import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Configuration;

/** electron-builder's own schema (it refuses unknown keys), read through electron-builder's dependency. */
function builderSchema(): {
  properties: Record<string, unknown>;
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
} {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
  return JSON.parse(readFileSync(fromBuilder.resolve('app-builder-lib/scheme.json'), 'utf8'));
}

describe('packaging config (electron-builder.yml)', () => {
  it('flips the Electron fuses that close side doors into the packaged app', () => {
    expect(config.electronFuses).toEqual({
      // No `ELECTRON_RUN_AS_NODE=1 "BYOK Arena" script.js`: the binary cannot be used as a plain Node.
      runAsNode: false,
      // No NODE_OPTIONS=--require=… and no --inspect: nothing injects code into the main process.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      // Only app.asar is loaded, and (macOS, Windows) only if it matches the hash in the binary.
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      // The page comes from app://, so file: needs no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive with nothing unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack ?? []).toEqual([]);
  });

  it('uses only keys electron-builder knows, so a misspelt fuse cannot be silently ignored', () => {
    const schema = builderSchema();
    expect(Object.keys(config).filter((key) => !Object.hasOwn(schema.properties, key))).toEqual([]);
    const fuseKeys = Object.keys(config.electronFuses ?? {});
    expect(
      fuseKeys.filter((key) => !Object.hasOwn(schema.definitions.FuseOptionsV1.properties, key)),
    ).toEqual([]);
  });
});
