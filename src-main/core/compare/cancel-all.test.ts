// cancelAll ends every run the window started (the window reloaded, navigated or crashed): each
// column ends cancelled with the text it had, no run is left, and the providers' connections close.
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { sse, testDeps, textChunk } from '../client/client-test-support.ts';
import { streamColumn } from '../client/stream-column.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { createCompareOrchestrator, type StreamColumn } from './orchestrator.ts';

const fake = await fakeProviderForFile();

const column = (columnId: string): ColumnSpec => ({ columnId, provider: 'custom', model: columnId });

/** Says its column's name, then waits until the run is cancelled (and would say more after). */
function untilCancelled(onSaid: () => void): StreamColumn {
  return async function* (spec, _request, signal) {
    yield { type: 'text', delta: `${spec.columnId} ` };
    onSaid();
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    yield { type: 'text', delta: 'after the cancel' };
    yield { type: 'finish', reason: 'stop' };
  };
}

const textEvents = (events: ArenaEvent[]) =>
  events.flatMap((event) =>
    event.type === 'compare.batch'
      ? event.items.flatMap((item) =>
          item.events.flatMap((columnEvent) =>
            columnEvent.type === 'text' ? [`${item.runId}/${item.columnId}: ${columnEvent.delta}`] : [],
          ),
        )
      : [],
  );

describe('cancelAll', () => {
  it('ends every column of every run as cancelled, keeping what each had, and leaves no run', async () => {
    const events: ArenaEvent[] = [];
    let started = 0;
    let said = 0;
    let allSaid = () => {};
    const streaming = new Promise<void>((resolve) => {
      allSaid = resolve;
    });
    const orchestrator = createCompareOrchestrator({
      emit: (event) => events.push(structuredClone(event)),
      newRunId: () => `run${++started}`,
      streamColumn: untilCancelled(() => {
        if (++said === 3) allSaid();
      }),
    });
    const first = orchestrator.start({ prompt: 'x', params: {}, columns: [column('a'), column('b')] });
    const second = orchestrator.start({ prompt: 'y', params: {}, columns: [column('c')] });
    await streaming;
    expect(orchestrator.activeRuns().sort()).toEqual(['run1', 'run2']);

    expect(orchestrator.cancelAll()).toBe(2);
    const [firstResults, secondResults] = await Promise.all([first.done, second.done]);

    for (const [id, result] of [...firstResults, ...secondResults]) {
      expect(result, id).toMatchObject({
        text: `${id} `,
        finishReason: 'cancelled',
        error: { kind: 'cancelled' },
      });
    }
    expect(orchestrator.activeRuns()).toEqual([]);
    expect(textEvents(events).sort()).toEqual(['run1/a: a ', 'run1/b: b ', 'run2/c: c ']);
    const done = events.filter((event) => event.type === 'compare.column-done');
    expect(done.map((event) => `${event.runId}/${event.columnId}`).sort()).toEqual([
      'run1/a',
      'run1/b',
      'run2/c',
    ]);
    // Nothing more to cancel.
    expect(orchestrator.cancelAll()).toBe(0);
  });

  it("closes the providers' connections", async () => {
    // A stream that sends its first words, then keeps the connection open without ending.
    const body = sse(textChunk('Hello'), textChunk(' world'));
    fake.setHandler({ method: 'POST', body, stallAfterBytes: body.length });
    let firstText = () => {};
    const answering = new Promise<void>((resolve) => {
      firstText = resolve;
    });
    const orchestrator = createCompareOrchestrator({
      emit: (event) => {
        if (event.type === 'compare.batch') firstText();
      },
      streamColumn: (spec, request, signal, hooks) =>
        streamColumn(spec, request, signal, testDeps({ idleTimeoutMs: 60_000 }), hooks),
    });
    const base = { provider: 'custom', model: 'm', baseUrl: `${fake.url}/v1` } as const;
    const run = orchestrator.start({
      prompt: 'x',
      params: {},
      columns: [
        { ...base, columnId: 'a' },
        { ...base, columnId: 'b' },
      ],
    });
    await fake.waitForRequests(2);
    await answering;

    orchestrator.cancelAll();
    const results = await run.done;
    await Promise.all(fake.requests.map((request) => request.socketClose));
    expect(fake.requests.map((request) => request.clientAborted)).toEqual([true, true]);
    expect([...results.values()].map((result) => result.finishReason)).toEqual(['cancelled', 'cancelled']);
  });
});
