import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MINIMUM_NODE, nodeVersionProblem } from './check-node.mjs';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
/** Debian's Node 20, older than the project needs; the test that uses it is skipped where it is absent. */
const OLD_NODE = '/usr/bin/node';

async function oldNodeVersion(): Promise<string | null> {
  if (!existsSync(OLD_NODE)) return null;
  const { stdout } = await run(OLD_NODE, ['--version']);
  const version = stdout.trim().replace(/^v/, '');
  return nodeVersionProblem(version) ? version : null;
}

describe('the Node version check', () => {
  it.each([
    ['20.20.2', false],
    ['22.18.0', false],
    ['22.18.9', false],
    ['v22.18.1', false],
    ['22.19.0', true],
    ['v22.19.0', true],
    ['22.20.1', true],
    ['23.0.0', true],
    ['24.0.0', true],
    ['24', true],
    ['30.1.2', true],
    ['not-a-version', false],
  ])('%s → %s', (version, accepted) => {
    const problem = nodeVersionProblem(version);
    if (accepted) expect(problem).toBeNull();
    else expect(problem).toBe(`BYOK Arena needs Node 22.19 or newer; you have ${version.replace(/^v/, '')}.`);
  });

  it('asks for the same Node as package.json’s engines field', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node;
    expect(engines).toBe(`>=${MINIMUM_NODE.join('.')}`);
  });

  it('says nothing and exits 0 on this Node', async () => {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'scripts/check-node.mjs')]);
    expect(stdout + stderr).toBe('');
  });

  it('runs on an old Node and says what to do, in the checker and in the bin', async (context) => {
    const version = await oldNodeVersion();
    if (!version) {
      console.info(`skipped: no Node older than ${MINIMUM_NODE.join('.')} at ${OLD_NODE}`);
      context.skip();
      return;
    }
    for (const script of ['scripts/check-node.mjs', 'bin/arena.js']) {
      const failure = await run(OLD_NODE, [join(ROOT, script), '--help']).catch((error) => error);
      expect(failure.code).toBe(1);
      expect(failure.stdout).toBe('');
      expect(failure.stderr.split('\n')[0]).toBe(
        `BYOK Arena needs Node 22.19 or newer; you have ${version} (${OLD_NODE}).`,
      );
      expect(failure.stderr).toContain('https://nodejs.org');
      expect(failure.stderr).not.toContain('ERR_');
    }
  });
});
