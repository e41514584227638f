import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { WireId } from '../../src-shared/domain.ts';
import { streamColumn } from '../core/client/stream-column.ts';
import { createCompareOrchestrator } from '../core/compare/orchestrator.ts';
import { createRateLimiter } from '../core/http/rate-limiter.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { isProviderId } from '../core/providers/registry.ts';
import { toColumnReport } from './column-report.ts';
import { contentTypeFor, startReplayServer } from './replay-server.ts';
import type { CliIo } from './run-cli.ts';

export const REPLAY_USAGE = `replay FILE --provider P --model M [--wire openai|anthropic] [--status N]
       [--content-type T] [--max-retries N] [--json]
  Serves FILE (a recorded .sse stream or .json body) from a loopback server and runs the real
  client of provider P against it with a placeholder key; prints what it decoded.`;

const WIRES: Record<string, WireId> = { openai: 'openai-chat', anthropic: 'anthropic-messages' };
const PLACEHOLDER_KEY = 'sk-replay-placeholder-key';

export async function replayCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      provider: { type: 'string' },
      model: { type: 'string' },
      wire: { type: 'string' },
      status: { type: 'string', default: '200' },
      'content-type': { type: 'string' },
      'max-retries': { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  const provider = values.provider ?? '';
  const wire = values.wire ? WIRES[values.wire] : undefined;
  const status = Number(values.status);
  const maxRetries = Number(values['max-retries']);
  const problems = [
    !file && 'a FILE to replay',
    !isProviderId(provider) &&
      `--provider (one of minimax, openai, anthropic, deepseek, gemini, moonshot, openrouter, custom)`,
    !values.model && '--model',
    values.wire && !wire && '--wire openai or anthropic',
    !(Number.isInteger(status) && status >= 100 && status < 600) && '--status as an HTTP status',
    !(Number.isInteger(maxRetries) && maxRetries >= 0) && '--max-retries as a whole number',
  ].filter(Boolean);
  if (problems.length > 0 || !file || !isProviderId(provider) || !values.model) {
    io.err(`replay needs ${problems.join(', ')}.\n\n${REPLAY_USAGE}\n`);
    return 2;
  }

  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch (error) {
    io.err(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const server = await startReplayServer({
    status,
    contentType: values['content-type'] ?? contentTypeFor(file),
    body,
  });
  try {
    const attempts = maxRetries + 1;
    const catalog = createDefaultCatalog();
    const orchestrator = createCompareOrchestrator({
      emit: () => {},
      priceFor: (column) => catalog.lookup(column.provider, column.model, column.region),
      streamColumn: (column, request, signal, hooks) =>
        streamColumn(
          column,
          request,
          signal,
          {
            keys: { keyFor: () => PLACEHOLDER_KEY },
            rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1000, burst: 1000 } }),
            retry: {
              rateLimitAttempts: attempts,
              transientAttempts: attempts,
              baseDelayMs: 50,
              maxDelayMs: 500,
            },
          },
          hooks,
        ),
    });
    const baseUrl = wire === 'anthropic-messages' ? `${server.url}/anthropic` : server.url;
    const run = orchestrator.start({
      prompt: 'replay',
      params: {},
      columns: [{ columnId: 'replay', provider, model: values.model, baseUrl, ...(wire ? { wire } : {}) }],
    });
    const result = (await run.done).get('replay');
    if (!result) throw new Error('the replay produced no result');
    const report = toColumnReport(result);
    if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else {
      io.out(`${report.text}\n\n`);
      if (report.reasoning) io.out(`reasoning: ${report.reasoning.length} characters\n`);
      io.out(`finish: ${report.finishReason ?? 'none'}\n`);
      if (report.usage) io.out(`usage: ${report.usage.inputTokens} in, ${report.usage.outputTokens} out\n`);
      if (report.error) io.out(`error: ${report.error.kind}: ${report.error.message}\n`);
    }
    return 0;
  } finally {
    await server.close();
  }
}
