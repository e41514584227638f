import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// `arena --help` and a mistyped command answer at once: each command's module (and with it undici,
// the HTTP stack, SQLite, the rest of the core) loads only when that command runs. Node's compile
// cache makes the next start cheaper still, and never stops one.

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'arena-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Result = { code: number; stdout: string; stderr: string };

/** Runs `node [nodeArgs] bin/arena.js [args]`; the environment is this one's plus `env`. */
async function arena(nodeArgs: string[], args: string[], env: NodeJS.ProcessEnv): Promise<Result> {
  const options = { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [...nodeArgs, join(ROOT, 'bin/arena.js'), ...args],
      options,
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Runs bin/arena.js with `args`; returns the URL of every module the process loaded. */
async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const record = join(scratch, `loads-${args.join('_')}.txt`);
  const hook = pathToFileURL(join(import.meta.dirname, 'record-loaded-modules-test-support.ts')).href;
  await arena(['--import', hook], args, { ARENA_RECORD_LOADS_TO: record });
  return readFileSync(record, 'utf8').split('\n');
}

/** Node's compile cache left to its default folder, os.tmpdir()/node-compile-cache, with TMPDIR = `tmp`. */
const defaultCacheIn = (tmp: string): NodeJS.ProcessEnv => ({
  TMPDIR: tmp,
  NODE_COMPILE_CACHE: undefined,
  NODE_DISABLE_COMPILE_CACHE: undefined,
});

const RUN_CLI = pathToFileURL(join(ROOT, 'src-main/cli/run-cli.ts')).href;
const CORE = pathToFileURL(join(ROOT, 'src-main/core/')).href;
const packageOrIo = (url: string) =>
  url.includes('/node_modules/') || ['node:http', 'node:net', 'node:sqlite'].includes(url);

describe('CLI start-up', () => {
  it.each([[['--help']], [[]]])('arena %j loads the command table and nothing of the core', async (args) => {
    const loaded = await modulesLoadedBy(args);
    expect(loaded).toContain(RUN_CLI);
    expect(loaded.filter((url) => url.startsWith(CORE) || packageOrIo(url))).toEqual([]);
  });

  it('a mistyped command loads the key redaction (its name is echoed) but no package and no I/O', async () => {
    const loaded = await modulesLoadedBy(['frobnicate']);
    expect(loaded).toContain(pathToFileURL(join(ROOT, 'src-main/core/keys/secret-registry.ts')).href);
    expect(loaded.filter(packageOrIo)).toEqual([]);
  });

  it("keeps Node's compile cache in its default folder under the OS temp folder", async () => {
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    const { code } = await arena([], ['--help'], defaultCacheIn(tmp));
    expect(code).toBe(0);
    expect(readdirSync(join(tmp, 'node-compile-cache'), { recursive: true }).length).toBeGreaterThan(0);
  });

  it('starts as usual, saying nothing, when the cache folder cannot be created', async () => {
    const notAFolder = join(scratch, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const { code, stdout, stderr } = await arena([], ['--help'], defaultCacheIn(notAFolder));
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: arena <command> [options]');
    expect(stderr).toBe('');
  });
});
