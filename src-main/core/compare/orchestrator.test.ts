import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { createCompareOrchestrator, type StreamColumn } from './orchestrator.ts';

const USAGE = {
  inputTokens: 10,
  outputTokens: 4,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
};

function column(columnId: string): ColumnSpec {
  return { columnId, provider: 'custom', model: columnId };
}

/** Scripted columns: each yields its events with a small pause, honouring the abort signal. */
function scripted(scripts: Record<string, (StreamEvent | Error | number)[]>): StreamColumn {
  return async function* (spec, _request, signal) {
    for (const step of scripts[spec.columnId] ?? []) {
      if (signal.aborted) return;
      if (typeof step === 'number') await sleep(step);
      else if (step instanceof Error) throw step;
      else yield step;
    }
  };
}

describe('compare orchestrator', () => {
  it('runs every column at once; a failing column keeps its partial text and spares the others', async () => {
    const events: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => events.push(event),
      streamColumn: scripted({
        a: [
          { type: 'text', delta: 'Hel' },
          5,
          { type: 'text', delta: 'lo' },
          { type: 'usage', usage: USAGE },
          { type: 'finish', reason: 'stop' },
        ],
        b: [
          { type: 'text', delta: 'partial ' },
          5,
          new ArenaErrorException({ kind: 'network', message: 'The connection dropped.' }),
        ],
        c: [
          { type: 'reasoning', delta: 'hmm' },
          { type: 'text', delta: 'ok' },
          { type: 'finish', reason: 'stop' },
        ],
      }),
    });
    const { done } = orchestrator.start({
      prompt: 'hi',
      params: {},
      columns: [column('a'), column('b'), column('c')],
    });
    const results = await done;
    expect(results.get('a')).toMatchObject({
      text: 'Hello',
      finishReason: 'stop',
      usage: USAGE,
      error: null,
    });
    expect(results.get('b')).toMatchObject({
      text: 'partial ',
      finishReason: 'error',
      error: { kind: 'network' },
    });
    expect(results.get('c')).toMatchObject({ text: 'ok', reasoning: 'hmm', finishReason: 'stop' });
    const doneEvents = events.filter((event) => event.type === 'compare.column-done');
    expect(doneEvents).toHaveLength(3);
    expect(orchestrator.activeRuns()).toEqual([]);
  });

  it('cancels one column and lets the others finish', async () => {
    let slowTextSent: () => void = () => {};
    const slowTextDelivered = new Promise<void>((resolve) => {
      slowTextSent = resolve;
    });
    let finishFast: () => void = () => {};
    const fastMayFinish = new Promise<void>((resolve) => {
      finishFast = resolve;
    });
    const orchestrator = createCompareOrchestrator({
      emit: (event) => {
        if (event.type === 'compare.batch' && event.items.some((item) => item.columnId === 'slow'))
          slowTextSent();
      },
      streamColumn: async function* (spec, _request, signal) {
        if (spec.columnId === 'slow') {
          yield { type: 'text', delta: 'first ' };
          // Waits for the cancel, then carries on as if it had not seen it: stopping is the orchestrator's job.
          await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
          yield { type: 'text', delta: 'never' };
          yield { type: 'finish', reason: 'stop' };
          return;
        }
        yield { type: 'text', delta: 'done' };
        await fastMayFinish;
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const { runId, done } = orchestrator.start({
      prompt: 'x',
      params: {},
      columns: [column('slow'), column('fast')],
    });
    await slowTextDelivered;
    expect(orchestrator.cancel(runId, 'slow')).toBe(true);
    finishFast();
    const results = await done;
    expect(results.get('slow')).toMatchObject({
      text: 'first ',
      finishReason: 'cancelled',
      error: { kind: 'cancelled' },
    });
    expect(results.get('fast')).toMatchObject({ text: 'done', finishReason: 'stop' });
    expect(orchestrator.cancel(runId)).toBe(false);
  });

  it('measures TTFT from request start and tokens/s over the streaming window', async () => {
    let clock = 1000;
    const streamColumn: StreamColumn = async function* () {
      clock += 300; // waiting for the first token
      yield { type: 'text', delta: 'a' };
      clock += 500;
      yield { type: 'text', delta: 'b' };
      clock += 500;
      yield { type: 'usage', usage: { ...USAGE, outputTokens: 100 } };
      yield { type: 'finish', reason: 'stop' };
    };
    const orchestrator = createCompareOrchestrator({ emit: () => {}, now: () => clock, streamColumn });
    const result = (await orchestrator.start({ prompt: 'x', params: {}, columns: [column('a')] }).done).get(
      'a',
    );
    expect(result?.timing).toEqual({
      ttftMs: 300,
      totalMs: 1300,
      tokensPerSecond: 200,
      tokensEstimated: false,
    });
  });

  it('starts TTFT when the answering request goes out, not while queued or during failed attempts', async () => {
    let clock = 0;
    const streamColumn: StreamColumn = async function* (_spec, _request, _signal, hooks) {
      clock += 2000; // queued behind the rate limiter
      hooks.onRequestStart(1);
      clock += 400; // a 429, then the retry delay
      hooks.onRequestStart(2);
      clock += 250;
      yield { type: 'text', delta: 'first' };
      clock += 100;
      yield { type: 'finish', reason: 'stop' };
    };
    const orchestrator = createCompareOrchestrator({ emit: () => {}, now: () => clock, streamColumn });
    const result = (await orchestrator.start({ prompt: 'x', params: {}, columns: [column('a')] }).done).get(
      'a',
    );
    expect(result?.timing).toMatchObject({ ttftMs: 250, totalMs: 2750 });
  });

  it("prices a column by the region whose host answered (a key found to be China's is billed in CNY)", async () => {
    const priced: (string | undefined)[] = [];
    const streamColumn: StreamColumn = async function* (_spec, _request, _signal, hooks) {
      hooks.onRegion?.('global');
      hooks.onRegion?.('china'); // the global host refused the key; the China host answered
      yield { type: 'text', delta: '你好' };
      yield { type: 'usage', usage: { ...USAGE, inputTokens: 1_000_000, outputTokens: 0 } };
      yield { type: 'finish', reason: 'stop' };
    };
    const china = { currency: 'CNY', input: 2.1e-6, output: 8.4e-6 } as const;
    const orchestrator = createCompareOrchestrator({
      emit: () => {},
      streamColumn,
      priceFor: (spec) => {
        priced.push(spec.region);
        return spec.region === 'china'
          ? {
              provider: 'minimax',
              model: 'MiniMax-M2.7',
              aliases: [],
              ...china,
              cacheRead: null,
              cacheWrite: null,
              tiers: [],
              region: 'china',
              contextWindow: null,
              maxOutputTokens: null,
              capabilities: {},
              source: 'curated',
              asOf: '2026-09-01',
              estimated: false,
            }
          : null;
      },
    });
    const result = (
      await orchestrator.start({
        prompt: 'x',
        params: {},
        columns: [{ columnId: 'a', provider: 'minimax', model: 'MiniMax-M2.7' }],
      }).done
    ).get('a');
    expect(priced).toEqual(['china']);
    expect(result?.cost?.billed).toEqual({ currency: 'CNY', amount: expect.closeTo(2.1, 10) });
  });

  it('estimates tokens, and says so, when the provider reports no usage', async () => {
    let clock = 0;
    const streamColumn: StreamColumn = async function* () {
      clock += 100;
      yield { type: 'text', delta: 'x'.repeat(40) };
      clock += 1000;
      yield { type: 'text', delta: 'y'.repeat(40) };
    };
    const orchestrator = createCompareOrchestrator({ emit: () => {}, now: () => clock, streamColumn });
    const result = (await orchestrator.start({ prompt: 'x', params: {}, columns: [column('a')] }).done).get(
      'a',
    );
    expect(result?.timing).toMatchObject({ ttftMs: 100, tokensPerSecond: 20, tokensEstimated: true });
  });

  it('turns an unexpected exception into a protocol error for that column only', async () => {
    const orchestrator = createCompareOrchestrator({
      emit: () => {},
      streamColumn: scripted({ a: [new TypeError('bad frame')], b: [{ type: 'text', delta: 'fine' }] }),
    });
    const results = await orchestrator.start({ prompt: 'x', params: {}, columns: [column('a'), column('b')] })
      .done;
    expect(results.get('a')?.error).toMatchObject({ kind: 'protocol' });
    expect(results.get('a')?.error?.message).toContain('bad frame');
    expect(results.get('b')).toMatchObject({ text: 'fine', error: null });
  });
});
