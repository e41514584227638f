// The event path must survive an emit that throws: Electron's webContents.send structured-clones
// every event, so one odd value from a provider (a Function, from `finish_reason: "constructor"`
// read off a plain object) makes it throw. That column fails; the run still ends cleanly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { FinishReason, StreamEvent, Usage } from '../../../src-shared/domain.ts';
import { createCompareOrchestrator } from './orchestrator.ts';

const column = (columnId: string): ColumnSpec => ({ columnId, provider: 'custom', model: columnId });
const request = (...ids: string[]) => ({ prompt: 'x', params: {}, columns: ids.map(column) });

/** What `({} as Record<string, unknown>)['constructor']` gives: a Function where a string was expected. */
const FUNCTION_REASON = Object as unknown as FinishReason;

let escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);
beforeEach(() => {
  escaped = [];
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
});
afterEach(() => {
  process.off('unhandledRejection', onEscape);
  process.off('uncaughtException', onEscape);
});

/** Resolves after the callbacks already queued with setImmediate (the batcher's end of turn among them). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Two turns of the event loop after the run: a batch the run's last turn queued has been sent by then,
 * and Node has reported any rejection it left unhandled (once the microtasks of its turn have run).
 */
const settle = async () => {
  await nextTurn();
  await nextTurn();
};

function cloningEmit(delivered: ArenaEvent[]) {
  return (event: ArenaEvent) => {
    delivered.push(structuredClone(event));
  };
}

const doneEvents = (delivered: ArenaEvent[]) =>
  delivered.flatMap((event) => (event.type === 'compare.column-done' ? [event] : []));

describe('event delivery', () => {
  it('an event that cannot be cloned fails only its column, which still reports column-done', async () => {
    const delivered: ArenaEvent[] = [];
    const scripts: Record<string, StreamEvent[]> = {
      odd: [
        { type: 'text', delta: 'Hello' },
        { type: 'finish', reason: FUNCTION_REASON },
      ],
      fine: [
        { type: 'text', delta: 'Fine' },
        { type: 'finish', reason: 'stop' },
      ],
    };
    const orchestrator = createCompareOrchestrator({
      emit: cloningEmit(delivered),
      streamColumn: async function* (spec) {
        yield* scripts[spec.columnId] ?? [];
      },
    });
    const results = await orchestrator.start(request('odd', 'fine')).done;
    await settle();

    const odd = results.get('odd');
    expect(odd?.error?.kind).toBe('internal');
    expect(odd?.error?.message).toMatch(/could not be delivered/);
    expect(odd?.finishReason).toBe('error');
    expect(results.get('fine')).toMatchObject({ text: 'Fine', finishReason: 'stop', error: null });
    const done = doneEvents(delivered);
    expect(done.map((event) => event.columnId).sort()).toEqual(['fine', 'odd']);
    expect(done.find((event) => event.columnId === 'odd')?.result.error?.kind).toBe('internal');
    // Both columns streamed in the same turn, so their events shared batches; the odd value failed
    // its own column only, and its error reached the window.
    const items = delivered.flatMap((event) => (event.type === 'compare.batch' ? event.items : []));
    const textOf = (id: string) =>
      items
        .filter((item) => item.columnId === id)
        .flatMap((item) => item.events)
        .map((item) => (item.type === 'text' ? item.delta : ''))
        .join('');
    expect(textOf('odd')).toBe('Hello');
    expect(textOf('fine')).toBe('Fine');
    const sharedBatch = delivered.some(
      (event) =>
        event.type === 'compare.batch' &&
        event.items.some((item) => item.columnId === 'odd') &&
        event.items.some((item) => item.columnId === 'fine'),
    );
    expect(sharedBatch).toBe(true);
    const oddErrors = items
      .filter((item) => item.columnId === 'odd')
      .flatMap((item) => item.events.filter((event) => event.type === 'error'));
    expect(oddErrors).toHaveLength(1);
    expect(orchestrator.activeRuns()).toEqual([]);
    expect(escaped).toEqual([]);
  });

  it('an emit that throws on a batch sent at the end of a turn stops that stream and closes the column', async () => {
    const delivered: ArenaEvent[] = [];
    let calls = 0;
    let streamSignal: AbortSignal | undefined;
    const orchestrator = createCompareOrchestrator({
      emit: (event) => {
        calls++;
        if (calls === 2) throw new Error('An object could not be cloned.');
        delivered.push(event);
      },
      streamColumn: async function* (_spec, _request, signal) {
        streamSignal = signal;
        for (let index = 0; index < 200 && !signal.aborted; index++) {
          yield { type: 'text', delta: `${index} ` };
          await nextTurn(); // the next delta in the next turn, so in the next batch
        }
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const results = await orchestrator.start(request('a')).done;
    await settle();

    expect(streamSignal?.aborted).toBe(true);
    expect(results.get('a')?.error).toMatchObject({ kind: 'internal' });
    expect(results.get('a')?.error?.message).toMatch(/could not be delivered/);
    expect(results.get('a')?.text.startsWith('0 ')).toBe(true);
    expect(results.get('a')?.text).not.toContain('199 ');
    expect(doneEvents(delivered)).toHaveLength(1);
    expect(orchestrator.activeRuns()).toEqual([]);
    expect(escaped).toEqual([]);
  });

  it('when even column-done cannot be cloned, a minimal one is sent in its place', async () => {
    const delivered: ArenaEvent[] = [];
    const oddUsage = { inputTokens: 1, outputTokens: 1, extra: Object } as unknown as Usage;
    const orchestrator = createCompareOrchestrator({
      emit: cloningEmit(delivered),
      streamColumn: async function* () {
        yield { type: 'text', delta: 'Hi' };
        yield { type: 'usage', usage: oddUsage };
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const results = await orchestrator.start(request('a')).done;
    await settle();

    const [done] = doneEvents(delivered);
    expect(done?.result).toMatchObject({ finishReason: 'error', usage: null, error: { kind: 'internal' } });
    expect(results.get('a')?.error?.kind).toBe('internal');
    expect(orchestrator.activeRuns()).toEqual([]);
    expect(escaped).toEqual([]);
  });

  it('an emit that always throws (the window is gone) still ends the run without an escaped error', async () => {
    let calls = 0;
    const orchestrator = createCompareOrchestrator({
      emit: () => {
        calls++;
        throw new Error('Object has been destroyed');
      },
      streamColumn: async function* () {
        yield { type: 'text', delta: 'Hi' };
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const results = await orchestrator.start(request('a', 'b')).done;
    await settle();

    expect(results.get('a')?.error?.kind).toBe('internal');
    expect(results.get('b')?.error?.kind).toBe('internal');
    expect(calls).toBeGreaterThan(0);
    expect(orchestrator.activeRuns()).toEqual([]);
    expect(escaped).toEqual([]);
  });

  it('a price lookup that throws does not leave the run registered', async () => {
    const orchestrator = createCompareOrchestrator({
      emit: () => {},
      priceFor: () => {
        throw new TypeError('price table damaged');
      },
      streamColumn: async function* () {
        yield { type: 'text', delta: 'Hi' };
        yield {
          type: 'usage',
          usage: {
            inputTokens: 1,
            outputTokens: 1,
            cacheReadTokens: 0,
            cacheWriteTokens: 0,
            reasoningTokens: 0,
          },
        };
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const results = await orchestrator.start(request('a')).done;
    await settle();

    expect(results.get('a')).toMatchObject({ text: 'Hi', finishReason: 'stop', cost: null });
    expect(orchestrator.activeRuns()).toEqual([]);
    expect(escaped).toEqual([]);
  });
});
