// Shared by the client's integration tests: run one column against a fake provider and collect it.
import type { ServerResponse } from 'node:http';
import type { ColumnResult, ColumnSpec, CompareRequest } from '../../../src-shared/compare.ts';
import type { ProviderId, StreamEvent } from '../../../src-shared/domain.ts';
import { ColumnAccumulator } from '../compare/column-result.ts';
import { createRateLimiter } from '../http/rate-limiter.ts';
import type { ColumnHooks } from './column-hooks.ts';
import { type StreamColumnDeps, streamColumn } from './stream-column.ts';

export const CANARY_KEY = 'sk-api-canary-7f3a9d2e4b1c';

export function testDeps(overrides: Partial<StreamColumnDeps> = {}): StreamColumnDeps {
  return {
    keys: { keyFor: () => CANARY_KEY },
    rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1000, burst: 1000 } }),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    idleTimeoutMs: 300,
    headersTimeoutMs: 2000,
    ...overrides,
  };
}

export const PROMPT: Omit<CompareRequest, 'columns'> = {
  prompt: 'Say hello',
  system: 'Be brief.',
  params: { temperature: 0, maxOutputTokens: 256 },
};

export async function runColumn(
  provider: ProviderId,
  baseUrl: string,
  options: {
    model?: string;
    deps?: Partial<StreamColumnDeps>;
    column?: Partial<ColumnSpec>;
    signal?: AbortSignal;
    hooks?: ColumnHooks;
    /** Told each event as it arrives, before the next is read (a test can cancel at a known point). */
    onEvent?: (event: StreamEvent) => void;
  } = {},
): Promise<{ events: StreamEvent[]; result: ColumnResult }> {
  const column: ColumnSpec = {
    columnId: 'c',
    provider,
    model: options.model ?? 'test-model',
    baseUrl,
    ...options.column,
  };
  const events: StreamEvent[] = [];
  const accumulator = new ColumnAccumulator();
  const signal = options.signal ?? new AbortController().signal;
  for await (const batch of streamColumn(column, PROMPT, signal, testDeps(options.deps), options.hooks)) {
    if (batch.length === 0) throw new Error('streamColumn yielded an empty batch');
    for (const event of batch) {
      events.push(event);
      accumulator.add(event);
      options.onEvent?.(event);
    }
  }
  return {
    events,
    result: accumulator.result({ ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: false }),
  };
}

export function sse(...chunks: unknown[]): string {
  return chunks
    .map((chunk) => `data: ${typeof chunk === 'string' ? chunk : JSON.stringify(chunk)}\n\n`)
    .join('');
}

export function textChunk(text: string): Record<string, unknown> {
  return { choices: [{ index: 0, delta: { content: text } }] };
}

/** A whole Chat Completions answer: "ok", then stop. */
export const OK_STREAM = sse(
  { choices: [{ index: 0, delta: { content: 'ok' }, finish_reason: 'stop' }] },
  '[DONE]',
);

/** A fake's handler: writes `first`, then `repeated` every `everyMs` until the client goes away. */
export function firstThenForever(first: string, repeated: string, everyMs = 20) {
  return (_request: unknown, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(first);
    const timer = setInterval(() => res.write(repeated), everyMs);
    res.once('close', () => clearInterval(timer));
  };
}
