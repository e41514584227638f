import { UsageError } from './usage-error.ts';

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

interface CommandEntry {
  /** What `arena --help` says of the command, in one line. */
  summary: string;
  /** Imports the command's module (and with it the core) only when the command is used. */
  load: () => Promise<Command>;
}

// A Map, not an object literal: argv[0] must never reach Object.prototype ("constructor", "__proto__").
const COMMANDS = new Map<string, CommandEntry>([
  [
    'compare',
    {
      summary: 'Send one prompt to several models at once: cost, time, speed, tokens and answers.',
      load: async () => {
        const { compareCommand, COMPARE_USAGE } = await import('./compare-command.ts');
        return { run: compareCommand, usage: COMPARE_USAGE };
      },
    },
  ],
  [
    'replay',
    {
      summary: "Run a provider's real client against a recorded stream and print what it decoded.",
      load: async () => {
        const { replayCommand, REPLAY_USAGE } = await import('./replay-command.ts');
        return { run: replayCommand, usage: REPLAY_USAGE };
      },
    },
  ],
  [
    'prices',
    {
      summary: "List every known model's prices, context window and quality. Works offline.",
      load: async () => {
        const { pricesCommand, PRICES_USAGE } = await import('./prices-command.ts');
        return { run: pricesCommand, usage: PRICES_USAGE };
      },
    },
  ],
  [
    'history',
    {
      summary: 'List or search the conversations the app kept, newest first.',
      load: async () => {
        const { historyCommand, HISTORY_USAGE } = await import('./history-command.ts');
        return { run: historyCommand, usage: HISTORY_USAGE };
      },
    },
  ],
  [
    'plan',
    {
      summary: 'What a workload costs a month on each model, and whether a Token Plan holds it.',
      load: async () => {
        const { planCommand, PLAN_USAGE } = await import('./plan-command.ts');
        return { run: planCommand, usage: PLAN_USAGE };
      },
    },
  ],
]);

/** `arena --help`'s command list: each name, padded to one column, and its one-line summary. */
function commandList(): string {
  const lines: Array<[string, string]> = [
    ['help', "Show this help. arena <command> --help shows one command's options."],
    ...[...COMMANDS].map(([name, entry]): [string, string] => [name, entry.summary]),
  ];
  return lines.map(([name, summary]) => `  ${name.padEnd(10)}${summary}`).join('\n');
}

const USAGE = `BYOK Arena — headless CLI

Usage: arena <command> [options]
  In this project: npx arena …, or npm run arena --silent -- … (--silent keeps npm's own lines
  off stdout, so --json output stays pure JSON).

Commands:
${commandList()}

Keys are read from environment variables (e.g. MINIMAX_API_KEY, OPENAI_API_KEY); they are
never printed. Exit codes: 0 done, 1 a model or replay failed, 2 bad arguments.
`;

/**
 * Every key in the environment is registered for redaction before any command runs, and everything
 * the CLI prints passes through it: a provider that echoes the key in an error body (or any other
 * text that picked one up) prints [redacted] instead. Imported here, not up front: `arena --help`
 * prints only constant text and loads none of it.
 */
async function redactingIo(raw: CliIo): Promise<CliIo> {
  const [{ redactDeep }, { registerEnvKeys }, { SecretRegistry }] = await Promise.all([
    import('../core/ipc/redact-deep.ts'),
    import('../core/keys/key-source.ts'),
    import('../core/keys/secret-registry.ts'),
  ]);
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
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    rawIo.out(USAGE);
    return 0;
  }
  const io = await redactingIo(rawIo);
  const entry = COMMANDS.get(name);
  if (!entry) {
    const names = [...COMMANDS.keys(), 'help'].join(', ');
    return usageFailure(io, argv, 'arena', `unknown command "${name}"; commands: ${names}.`, 'arena --help');
  }
  const command = await entry.load();
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
