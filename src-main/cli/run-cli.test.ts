import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './cli-test-support.ts';

/** Every name a plain object answers to without owning it: none of them may pass for a command. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('arena CLI', () => {
  it('prints help for --help and with no command', async () => {
    for (const argv of [['--help'], [], ['help'], ['-h']]) {
      const { code, out } = await runCliCaptured(argv);
      expect(code).toBe(0);
      expect(out).toContain('Usage: arena <command> [options]');
      expect(out).toContain('npm run arena --silent --');
    }
  });

  it('rejects an unknown command with exit code 2 and one line naming the commands', async () => {
    const { code, out, err } = await runCliCaptured(['frobnicate']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      'arena: unknown command "frobnicate"; commands: compare, replay, prices, history, plan, help.',
    );
    expect(out).toBe('');
  });

  it('a key typed where the command goes is not echoed back', async () => {
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789';
    const { code, out, err } = await runCliCaptured([key], { OPENAI_API_KEY: key });
    expect(code).toBe(2);
    expect(err).toContain('unknown command');
    expect(`${out}${err}`).not.toContain(key);
  });

  it.each(PROTOTYPE_NAMES)(
    'treats "%s" as an unknown command, not as a member of Object.prototype',
    async (name) => {
      const { code, err } = await runCliCaptured([name]);
      expect(code).toBe(2);
      expect(err).toContain(`unknown command "${name}"`);
    },
  );

  it.each(['compare', 'replay', 'prices'].map((name) => [name, name]))(
    'prints the usage of %s for `%s --help`, on stdout',
    async (name) => {
      const { code, out, err } = await runCliCaptured([name, '--help']);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out.startsWith(`Usage: arena ${name}`)).toBe(true);
    },
  );
});
