import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

/** npm itself, the way a user types it: through the npm that runs this test when there is one. */
function npm(args: string[]) {
  const npmCli = process.env.npm_execpath;
  return npmCli && /\.c?js$/.test(npmCli)
    ? run(process.execPath, [npmCli, ...args], { cwd: ROOT })
    : run('npm', args, { cwd: ROOT, shell: process.platform === 'win32' });
}

describe('npm run arena', () => {
  it('prints nothing but the JSON report on stdout, so `… --json` output can be parsed as it is', async () => {
    const fixture = 'e2e/fixtures/deepseek/stream-reasoner-include-usage-01.sse';
    const args = [
      'run',
      'arena',
      '--',
      'replay',
      fixture,
      '--provider',
      'deepseek',
      '--model',
      'deepseek-v4-flash',
    ];
    const { stdout } = await npm([...args, '--json']);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ finishReason: 'stop', error: null });
    expect(report.text.length).toBeGreaterThan(0);
  }, 30_000);
});
