import { registerEnvKeys } from '../core/keys/key-source.ts';
import { SecretRegistry } from '../core/keys/secret-registry.ts';
import { COMPARE_USAGE, compareCommand } from './compare-command.ts';
import { PRICES_USAGE, pricesCommand } from './prices-command.ts';
import { REPLAY_USAGE, replayCommand } from './replay-command.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

type Command = (args: string[], io: CliIo) => Promise<number>;

const USAGE = `BYOK Arena — headless CLI

Usage: npm run arena -- <command> [options]

Commands:
  help              Show this help.
  ${COMPARE_USAGE}
  ${REPLAY_USAGE}
  ${PRICES_USAGE}

Keys are read from environment variables (e.g. MINIMAX_API_KEY, OPENAI_API_KEY); they are
never printed.
`;

const COMMANDS: Record<string, Command> = {
  compare: compareCommand,
  replay: replayCommand,
  prices: pricesCommand,
};

/**
 * Every key in the environment is registered for redaction before any command runs, and everything
 * the CLI prints passes through it: a provider that echoes the key in an error body (or any other
 * text that picked one up) prints [redacted] instead.
 */
function redactingIo(raw: CliIo): CliIo {
  const secrets = new SecretRegistry();
  registerEnvKeys(raw.env, secrets);
  return {
    env: raw.env,
    out: (text) => raw.out(secrets.redactKnown(text)),
    err: (text) => raw.err(secrets.redactKnown(text)),
  };
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = redactingIo(rawIo);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command(rest, io);
}
