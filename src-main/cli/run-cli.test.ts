import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

function capture() {
  const io = { out: '', err: '' };
  return {
    io,
    cli: { out: (text: string) => (io.out += text), err: (text: string) => (io.err += text), env: {} },
  };
}

describe('arena CLI', () => {
  it('prints help for --help and with no command', async () => {
    for (const argv of [['--help'], [], ['help']]) {
      const { io, cli } = capture();
      expect(await runCli(argv, cli)).toBe(0);
      expect(io.out).toContain('Usage: npm run arena -- <command>');
    }
  });

  it('rejects an unknown command with exit code 2 and the usage on stderr', async () => {
    const { io, cli } = capture();
    expect(await runCli(['frobnicate'], cli)).toBe(2);
    expect(io.err).toContain('Unknown command "frobnicate"');
    expect(io.out).toBe('');
  });
});
