// compare.cancel for a whole run, as the window sends it: through the router and the real core, with
// three columns mid-answer on the loopback fake. Every column ends cancelled with what it had, every
// connection closes, and nothing more is sent for a column after its end. Then the orchestrator on
// its own: a stream that ignores its abort signal and keeps yielding is stopped all the same.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { type PacedPlayback, playPaced } from '../../../e2e/fake-providers/paced-stream.ts';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent, RouteOutput } from '../../../src-shared/contract.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { sse, textChunk } from '../client/client-test-support.ts';
import { createTempCore, loopbackHosts } from '../core-test-support.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { createCompareOrchestrator, type StreamColumn } from './orchestrator.ts';

const fake = await fakeProviderForFile();

/** Long enough (5 s) that a run still going when the test checks it cannot be missed. */
const WORDS = 250;
const INTERVAL_MS = 20;

/** Each request answers with its model's name, one word every 20 ms, and records its playback. */
function pacedAnswers(playbacks: PacedPlayback[]) {
  return (request: { json: unknown }, res: ServerResponse): void => {
    const model = (request.json as { model?: string } | undefined)?.model ?? '?';
    const frames = Array.from({ length: WORDS }, (_, index) => sse(textChunk(`${model}-${index} `)));
    playbacks.push(playPaced(res, { frames: [...frames, sse('[DONE]')], intervalMs: INTERVAL_MS }));
  };
}

/** Text shown per column and the order of what the window received, as the Playground sees it. */
function windowView() {
  const text = new Map<string, string>();
  const received: { columnId: string; type: 'batch' | 'done' }[] = [];
  const waiters: { ready: () => boolean; resolve: () => void }[] = [];
  const emit = (event: ArenaEvent) => {
    if (event.type === 'compare.batch') {
      for (const item of event.items) {
        received.push({ columnId: item.columnId, type: 'batch' });
        for (const piece of item.events) {
          if (piece.type === 'text') text.set(item.columnId, (text.get(item.columnId) ?? '') + piece.delta);
        }
      }
    }
    if (event.type === 'compare.column-done') received.push({ columnId: event.columnId, type: 'done' });
    for (const waiter of [...waiters]) {
      if (!waiter.ready()) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const until = (ready: () => boolean) =>
    ready() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ ready, resolve }));
  return { text, received, emit, until };
}

const COLUMNS: ColumnSpec[] = ['a', 'b', 'c'].map((id) => ({
  columnId: id,
  provider: 'custom',
  model: `model-${id}`,
}));

describe('compare.cancel for a whole run, through the real core', () => {
  it('ends all three columns cancelled mid-answer, closes every socket, and sends nothing after', async () => {
    const playbacks: PacedPlayback[] = [];
    fake.setHandler({ method: 'POST', handle: pacedAnswers(playbacks) });
    const view = windowView();
    const { call, core, columnsDone } = createTempCore({
      emit: view.emit,
      client: { hosts: loopbackHosts(fake.url) },
    });
    const started = await call('compare.start', {
      prompt: 'Count',
      params: {},
      columns: COLUMNS.map((column) => ({ ...column, baseUrl: `${fake.url}/v1` })),
    });
    if (!started.ok) throw new Error(`compare.start failed: ${started.error.message}`);
    // The router's replies are untyped here: compare.start answers { runId, conversationId }.
    const { runId } = started.value as RouteOutput<'compare.start'>;

    // Mid-answer: every column has shown its first two words.
    await view.until(() => COLUMNS.every(({ columnId }) => (view.text.get(columnId) ?? '').includes('-1 ')));
    expect(await call('compare.cancel', { runId })).toEqual({ ok: true, value: { cancelled: true } });

    const results = await columnsDone(COLUMNS.length);
    for (const { columnId, model } of COLUMNS) {
      const result = results.get(columnId);
      expect(result, columnId).toMatchObject({ finishReason: 'cancelled', error: { kind: 'cancelled' } });
      // What the window was shown is the start of the answer, not all of it.
      const shown = view.text.get(columnId) ?? '';
      expect(shown.startsWith(`${model}-0 ${model}-1 `), columnId).toBe(true);
      expect(shown, columnId).not.toContain(`${model}-${WORDS - 1} `);
    }

    // Every connection to the provider closed, from our side, before its answer was complete.
    expect(fake.requests).toHaveLength(COLUMNS.length);
    await Promise.all(fake.requests.map((request) => request.socketClose));
    expect(fake.requests.map((request) => request.clientAborted)).toEqual([true, true, true]);
    const written = await Promise.all(playbacks.map((playback) => playback.finished));
    for (const count of written) expect(count).toBeLessThan(WORDS);

    // Nothing after: the servers have stopped, a turn of the event loop has passed (main sends what
    // arrived in one turn at its end), and no column got anything after its column-done.
    await new Promise((resolve) => setImmediate(resolve));
    for (const { columnId } of COLUMNS) {
      const own = view.received.filter((entry) => entry.columnId === columnId);
      expect(
        own.filter((entry) => entry.type === 'done'),
        columnId,
      ).toHaveLength(1);
      expect(own.at(-1), columnId).toEqual({ columnId, type: 'done' });
    }
    expect(core.compare.activeRuns()).toEqual([]);
    expect(await call('compare.cancel', { runId })).toEqual({ ok: true, value: { cancelled: false } });
    core.close();
  });
});

/** How far a column's stream got, and whether it was closed. */
interface StubState {
  pulledAfterCancel: number;
  closed: boolean;
}

/**
 * A stream that never looks at its signal: it yields a word every turn of the event loop, MORE
 * words after the cancel, and would end with a normal finish if nobody stopped it.
 */
function ignoringAbort(
  states: Map<string, StubState>,
  cancelled: () => boolean,
  onSaid: () => void,
  batched: boolean,
): StreamColumn {
  return async function* (column) {
    const state: StubState = { pulledAfterCancel: 0, closed: false };
    states.set(column.columnId, state);
    const out = (event: StreamEvent) => (batched ? [event] : event);
    try {
      for (let index = 0; index < 2000; index++) {
        if (cancelled()) state.pulledAfterCancel++;
        yield out({ type: 'text', delta: `${column.columnId}${index} ` });
        if (index === 1) onSaid();
        await new Promise((resolve) => setImmediate(resolve));
      }
      yield out({ type: 'finish', reason: 'stop' });
    } finally {
      state.closed = true;
    }
  };
}

describe('the orchestrator stops a stream that ignores its abort signal', () => {
  it.each([
    ['one event at a time', false],
    ['in batches', true],
  ])('%s: every column ends cancelled, its stream is closed, no more is read', async (_name, batched) => {
    const states = new Map<string, StubState>();
    let isCancelled = false;
    let said = 0;
    let allSaid = () => {};
    const streaming = new Promise<void>((resolve) => {
      allSaid = resolve;
    });
    const events: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => events.push(event),
      streamColumn: ignoringAbort(
        states,
        () => isCancelled,
        () => {
          if (++said === COLUMNS.length) allSaid();
        },
        batched,
      ),
    });
    const run = orchestrator.start({ prompt: 'x', params: {}, columns: COLUMNS });
    await streaming;

    isCancelled = true;
    expect(orchestrator.cancel(run.runId)).toBe(true);
    const results = await run.done;

    for (const { columnId } of COLUMNS) {
      expect(results.get(columnId), columnId).toMatchObject({
        finishReason: 'cancelled',
        error: { kind: 'cancelled' },
      });
      expect(results.get(columnId)?.text.startsWith(`${columnId}0 ${columnId}1 `), columnId).toBe(true);
      // At most the word already on its way when the cancel came; then the stream was closed.
      expect(states.get(columnId)?.pulledAfterCancel, columnId).toBeLessThanOrEqual(1);
      expect(states.get(columnId)?.closed, columnId).toBe(true);
    }
    expect(orchestrator.activeRuns()).toEqual([]);
    const done = events.filter((event) => event.type === 'compare.column-done');
    expect(done).toHaveLength(COLUMNS.length);
  });
});
