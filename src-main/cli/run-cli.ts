import { redactDeep } from '../core/ipc/redact-deep.ts';
import { registerEnvKeys } from '../core/keys/key-source.ts';
import { SecretRegistry } from '../core/keys/secret-registry.ts';
import { UsageError } from './cli-args.ts';
import { COMPARE_USAGE, compareCommand } from './compare-command.ts';
import { HISTORY_USAGE, historyCommand } from './history-command.ts';
import { PLAN_USAGE, planCommand } from './plan-command.ts';
import { PRICES_USAGE, pricesCommand } from './prices-command.ts';
import { REPLAY_USAGE, replayCommand } from './replay-command.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /**
   * A value (a result, a report) with the environment's keys removed from every string in it. Used
   * before anything is shortened to fit a line or a cell: a cut key would escape the output scrub.
   */
  scrub?: <T>(value: T) => T;
}

interface Command {
  run: (args: string[], io: CliIo) => Promise<number>;
  /** Starts with the command's name: "compare --prompt TEXT …". */
  usage: string;
}

// A Map, not an object literal: argv[0] must never reach Object.prototype ("constructor", "__proto__").
const COMMANDS = new Map<string, Command>([
  ['compare', { run: compareCommand, usage: COMPARE_USAGE }],
  ['replay', { run: replayCommand, usage: REPLAY_USAGE }],
  ['prices', { run: pricesCommand, usage: PRICES_USAGE }],
  ['history', { run: historyCommand, usage: HISTORY_USAGE }],
  ['plan', { run: planCommand, usage: PLAN_USAGE }],
]);

const USAGE = `BYOK Arena — headless CLI

Usage: arena <command> [options]
  In this project: npx arena …, or npm run arena --silent -- … (--silent keeps npm's own lines
  off stdout, so --json output stays pure JSON).

Commands:
  help              Show this help. arena <command> --help shows one command's.
${[...COMMANDS.values()].map((command) => `  ${command.usage}`).join('\n')}

Keys are read from environment variables (e.g. MINIMAX_API_KEY, OPENAI_API_KEY); they are
never printed. Exit codes: 0 done, 1 a model or replay failed, 2 bad arguments.
`;

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
    scrub: (value) => redactDeep(value, secrets.scrubber),
  };
}

/** Options before a `--` terminator: what the user meant as flags. */
function optionsPart(args: string[]): string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

/**
 * One line on stderr saying what is wrong and what is accepted, a pointer to the help, and with
 * --json an error object on stdout, so a script that parses stdout still gets JSON.
 */
function usageFailure(io: CliIo, args: string[], prefix: string, message: string, help: string): number {
  io.err(`${prefix}: ${message}\nRun "${help}" for the usage.\n`);
  if (optionsPart(args).includes('--json'))
    io.out(`${JSON.stringify({ error: { kind: 'invalid_arguments', message } }, null, 2)}\n`);
  return 2;
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = redactingIo(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    const names = [...COMMANDS.keys(), 'help'].join(', ');
    return usageFailure(io, argv, 'arena', `unknown command "${name}"; commands: ${names}.`, 'arena --help');
  }
  const asked = optionsPart(rest);
  if (asked.includes('--help') || asked.includes('-h')) {
    io.out(`Usage: arena ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError)
      return usageFailure(io, rest, `arena ${name}`, error.message, `arena ${name} --help`);
    // A bug, not a user mistake: still printed through the redacting io, never raw.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`arena ${name} failed unexpectedly: ${detail}\n`);
    return 1;
  }
}
