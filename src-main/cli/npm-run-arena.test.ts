import { execFile } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../e2e/fake-providers/fake-provider-server.ts';

// The CLI spawned the ways a user runs it: the bin itself, npx arena, and npm run arena --silent.

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);
const SPAWN_TIMEOUT_MS = 60_000;

/** npm's own entry script: the one running this test when there is one, else the npm on PATH. */
function npmCli(): string {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && /npm-cli\.c?js$/.test(fromNpm)) return fromNpm;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'npm');
    if (existsSync(candidate)) return realpathSync(candidate);
  }
  throw new Error('npm is not on PATH');
}
const NPX_CLI = join(dirname(npmCli()), 'npx-cli.js');

type Result = { code: number; stdout: string; stderr: string };

async function spawnCli(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const options = { cwd: ROOT, env: { ...process.env, ...env }, timeout: SPAWN_TIMEOUT_MS };
  try {
    const { stdout, stderr } = await run(command, args, options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const WAYS: Record<string, (args: string[], env?: NodeJS.ProcessEnv) => Promise<Result>> = {
  'node bin/arena.js': (args, env) => spawnCli(process.execPath, [join(ROOT, 'bin/arena.js'), ...args], env),
  'npx arena': (args, env) => spawnCli(process.execPath, [NPX_CLI, '--offline', 'arena', ...args], env),
  'npm run arena --silent --': (args, env) =>
    spawnCli(process.execPath, [npmCli(), 'run', 'arena', '--silent', '--', ...args], env),
};

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
  fake.setHandler({ file: join(ROOT, 'e2e/fixtures/openai/stream-text-include-usage-02.sse') });
});
afterAll(() => fake.close());

describe.each(Object.keys(WAYS))('%s … --json', (way) => {
  const cli = WAYS[way]!;

  it(
    'prints nothing but the JSON report on success',
    async () => {
      const fixture = 'e2e/fixtures/deepseek/stream-reasoner-include-usage-01.sse';
      const result = await cli([
        'replay',
        fixture,
        '--provider',
        'deepseek',
        '--model',
        'deepseek-v4-flash',
        '--json',
      ]);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ finishReason: 'stop', error: null });
      expect(report.text.length).toBeGreaterThan(0);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'prints valid JSON, and exits 1, when one column failed',
    async () => {
      const result = await cli(
        [
          'compare',
          '--prompt',
          'hi',
          '--model',
          'openai/gpt-4o',
          '--model',
          'deepseek/deepseek-v4-flash',
        ].concat(['--base-url', `openai=${fake.url}/v1`, '--json']),
        { OPENAI_API_KEY: 'sk-test-openai-123456', DEEPSEEK_API_KEY: '' },
      );
      expect(result.code).toBe(1);
      const rows = JSON.parse(result.stdout);
      expect(rows.map((row: { error: { kind: string } | null }) => row.error?.kind ?? null)).toEqual([
        null,
        'auth',
      ]);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'prints a JSON error object, and exits 2, on bad arguments',
    async () => {
      const result = await cli(['compare', '--prompt', 'hi', '--model', 'nosuch/model', '--json']);
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout)).toMatchObject({ error: { kind: 'invalid_arguments' } });
      expect(result.stderr.split('\n')[0]).toContain('unknown provider "nosuch"');
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe('the project’s npm setup', () => {
  it(
    'leaves npm in its normal (non-JSON) output mode',
    async () => {
      const { stdout } = await spawnCli(process.execPath, [npmCli(), 'config', 'get', 'json']);
      expect(stdout.trim()).toBe('false');
    },
    SPAWN_TIMEOUT_MS,
  );

  it('declares the arena bin, and checks the Node version first in every entry point', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ arena: 'bin/arena.js' });
    expect(manifest.scripts.arena).toBe('node bin/arena.js');
    for (const name of ['test', 'test:unit', 'test:e2e', 'start', 'dev', 'bench'])
      expect(manifest.scripts[name]).toMatch(/^node scripts\/check-node\.mjs && /);
  });

  it(
    'npm run arena on an old Node says which Node is needed',
    async (context) => {
      const oldNode = '/usr/bin/node';
      const version = existsSync(oldNode) ? (await spawnCli(oldNode, ['--version'])).stdout.trim() : '';
      if (!version.startsWith('v20.')) {
        console.info(`skipped: no Node 20 at ${oldNode} (found ${version || 'none'})`);
        context.skip();
        return;
      }
      const result = await spawnCli(oldNode, [npmCli(), 'run', 'arena', '--silent', '--', '--help'], {
        PATH: `${dirname(oldNode)}${delimiter}${process.env.PATH ?? ''}`,
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`BYOK Arena needs Node 22.19 or newer; you have ${version.slice(1)}`);
    },
    SPAWN_TIMEOUT_MS,
  );
});
