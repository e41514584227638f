import { readFile } from 'node:fs/promises';
import type { StreamEvent, WireId } from '../../src-shared/domain.ts';
import { streamColumn } from '../core/client/stream-column.ts';
import { createCompareOrchestrator } from '../core/compare/orchestrator.ts';
import { createRateLimiter } from '../core/http/rate-limiter.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { isProviderId, PROVIDERS } from '../core/providers/registry.ts';
import { KNOWN_PROVIDERS, parseCommandArgs, UsageError } from './cli-args.ts';
import { toColumnReport } from './column-report.ts';
import { replayReport } from './replay-report.ts';
import { contentTypeFor, startReplayServer } from './replay-server.ts';
import type { CliIo } from './run-cli.ts';

export const REPLAY_USAGE = `replay FILE --provider P --model M [--wire openai|anthropic] [--status N]
       [--content-type T] [--max-retries N] [--json]
  Serves FILE (a recorded .sse stream or .json body) from a loopback server and runs the real
  client of provider P against it with a placeholder key; prints what it decoded. Exit 1 when
  nothing in FILE decoded.`;

const OPTIONS = {
  provider: { type: 'string' },
  model: { type: 'string' },
  wire: { type: 'string' },
  status: { type: 'string', default: '200' },
  'content-type': { type: 'string' },
  'max-retries': { type: 'string', default: '0' },
  json: { type: 'boolean', default: false },
} as const;

// A Map: --wire's value must never reach Object.prototype.
const WIRES = new Map<string, WireId>([
  ['openai', 'openai-chat'],
  ['anthropic', 'anthropic-messages'],
]);
const MAX_RETRIES = 10;
const PLACEHOLDER_KEY = 'sk-replay-placeholder-key';

function wholeNumber(text: string, flag: string, min: number, max: number, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`${flag} takes ${what} from ${min} to ${max}, got "${text}"`);
  return value;
}

function parseReplayArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  if (positionals.length > 1)
    throw new UsageError(`replay takes one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const [file] = positionals;
  const { provider, model } = values;
  const known = provider !== undefined && isProviderId(provider);
  if (file && model && provider && !known)
    throw new UsageError(
      `unknown provider "${provider}" in --provider ${provider}; known: ${KNOWN_PROVIDERS}`,
    );
  const missing = [
    !file && 'a FILE to replay',
    !known && `--provider (one of ${KNOWN_PROVIDERS}${provider ? `; not "${provider}"` : ''})`,
    !model && '--model',
  ].filter(Boolean);
  if (!file || !model || !provider || !isProviderId(provider))
    throw new UsageError(`missing ${missing.join(', ')}`);
  const definition = PROVIDERS[provider];
  const wire = values.wire === undefined ? undefined : WIRES.get(values.wire);
  if (values.wire !== undefined && !wire)
    throw new UsageError(`--wire takes ${[...WIRES.keys()].join(' or ')}, got "${values.wire}"`);
  if (wire && !definition.wires.includes(wire)) {
    const spoken = [...WIRES].filter(([, id]) => definition.wires.includes(id)).map(([name]) => name);
    throw new UsageError(
      `--wire ${values.wire}: ${definition.displayName} speaks only ${spoken.join(' and ')}`,
    );
  }
  return {
    file,
    provider: definition.id,
    model,
    wire,
    status: wholeNumber(values.status, '--status', 100, 599, 'an HTTP status'),
    maxRetries: wholeNumber(values['max-retries'], '--max-retries', 0, MAX_RETRIES, 'a whole number'),
    contentType: values['content-type'] ?? contentTypeFor(file),
    json: values.json === true,
  };
}

/**
 * Whether an event came out of the file, rather than from the client noticing it got nothing:
 * an error counts when the response carried it (an HTTP status, a provider code).
 */
function decodedFromFile(event: StreamEvent): boolean {
  if (event.type === 'error')
    return event.error.httpStatus !== undefined || event.error.providerCode !== undefined;
  return !(event.type === 'finish' && event.reason === 'error');
}

export async function replayCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseReplayArgs(args);
  let body: Uint8Array;
  try {
    body = await readFile(options.file);
  } catch (error) {
    throw new UsageError(
      `cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const server = await startReplayServer({ status: options.status, contentType: options.contentType, body });
  try {
    const attempts = options.maxRetries + 1;
    const catalog = createDefaultCatalog();
    let decoded = 0;
    const orchestrator = createCompareOrchestrator({
      emit: () => {},
      priceFor: (column) => catalog.lookup(column.provider, column.model, column.region),
      async *streamColumn(column, request, signal, hooks) {
        const deps = {
          keys: { keyFor: () => PLACEHOLDER_KEY },
          rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1000, burst: 1000 } }),
          retry: {
            rateLimitAttempts: attempts,
            transientAttempts: attempts,
            baseDelayMs: 50,
            maxDelayMs: 500,
          },
        };
        for await (const batch of streamColumn(column, request, signal, deps, hooks)) {
          for (const event of batch) if (decodedFromFile(event)) decoded++;
          yield batch;
        }
      },
    });
    const baseUrl = options.wire === 'anthropic-messages' ? `${server.url}/anthropic` : server.url;
    const run = orchestrator.start({
      prompt: 'replay',
      params: {},
      columns: [
        {
          columnId: 'replay',
          provider: options.provider,
          model: options.model,
          baseUrl,
          ...(options.wire ? { wire: options.wire } : {}),
        },
      ],
    });
    const raw = (await run.done).get('replay');
    if (!raw) throw new Error('the replay produced no result');
    const result = io.scrub ? io.scrub(raw) : raw;
    io.out(options.json ? `${JSON.stringify(toColumnReport(result), null, 2)}\n` : replayReport(result));
    if (decoded > 0) return 0;
    const wire = options.wire ?? PROVIDERS[options.provider].defaultWire;
    io.err(
      `arena replay: no events decoded from ${options.file} as a ${options.provider} response on the ${wire} wire: check that the file is a recorded .sse stream or .json body of that provider and wire.\n`,
    );
    return 1;
  } finally {
    await server.close();
  }
}
