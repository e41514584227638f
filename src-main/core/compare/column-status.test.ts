// Where each column is before its answer streams: queued, waiting for the rate limiter, requesting
// (attempt n), retrying after a failed attempt, streaming. Told to the window as status events.
import { describe, expect, it } from 'vitest';
import type { ColumnEvent, ColumnSpec, ColumnStatus } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { sse, testDeps, textChunk } from '../client/client-test-support.ts';
import { type StreamColumnDeps, streamColumn } from '../client/stream-column.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { createRateLimiter } from '../http/rate-limiter.ts';
import { createCompareOrchestrator, type StreamColumn } from './orchestrator.ts';

const fake = await fakeProviderForFile();

const eventsOf = (sent: ArenaEvent[], columnId: string): ColumnEvent[] =>
  sent.flatMap((event) =>
    event.type === 'compare.batch'
      ? event.items.filter((item) => item.columnId === columnId).flatMap((item) => item.events)
      : [],
  );

const statusesOf = (sent: ArenaEvent[], columnId: string): ColumnStatus[] =>
  eventsOf(sent, columnId).flatMap((event) => (event.type === 'status' ? [event.status] : []));

const ANSWER = sse(
  textChunk('Hello'),
  { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
  '[DONE]',
);

function realClient(sent: ArenaEvent[], deps: Partial<StreamColumnDeps> = {}) {
  return createCompareOrchestrator({
    emit: (event) => sent.push(event),
    streamColumn: (column, request, signal, hooks) =>
      streamColumn(column, request, signal, testDeps(deps), hooks),
  });
}

const loopback = (columnId: string): ColumnSpec => ({
  columnId,
  provider: 'custom',
  model: 'm',
  baseUrl: `${fake.url}/v1`,
});

describe('column statuses', () => {
  it('reports each stage the client goes through, in order, before the first token', async () => {
    const sent: ArenaEvent[] = [];
    const scripted: StreamColumn = async function* (_spec, _request, _signal, hooks) {
      hooks.onRateLimited?.();
      hooks.onRequestStart(1);
      hooks.onRetry?.({ attempt: 2, delayMs: 250, reason: 'rate_limit' });
      hooks.onRequestStart(2);
      yield { type: 'text', delta: 'Hi' };
      yield { type: 'text', delta: ' there' };
      yield { type: 'finish', reason: 'stop' };
    };
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: scripted,
    });
    await orchestrator.start({ prompt: 'x', params: {}, columns: [loopback('a')] }).done;
    expect(eventsOf(sent, 'a')).toEqual([
      { type: 'status', status: { state: 'queued' } },
      { type: 'status', status: { state: 'rate-limited' } },
      { type: 'status', status: { state: 'requesting', attempt: 1 } },
      { type: 'status', status: { state: 'retrying', attempt: 2, delayMs: 250, reason: 'rate_limit' } },
      { type: 'status', status: { state: 'requesting', attempt: 2 } },
      { type: 'status', status: { state: 'streaming' } },
      { type: 'text', delta: 'Hi there' },
      { type: 'finish', reason: 'stop' },
    ]);
  });

  it('a 429 before any token: requesting, retrying with the reason and delay, requesting again, streaming', async () => {
    fake.enqueue({ status: 429, json: { error: { message: 'Slow down' } } });
    fake.setHandler({ body: ANSWER });
    const sent: ArenaEvent[] = [];
    const results = await realClient(sent).start({ prompt: 'x', params: {}, columns: [loopback('a')] }).done;
    expect(results.get('a')).toMatchObject({ text: 'Hello', error: null });
    expect(statusesOf(sent, 'a')).toEqual([
      { state: 'queued' },
      { state: 'requesting', attempt: 1 },
      { state: 'retrying', attempt: 2, delayMs: expect.any(Number), reason: 'rate_limit' },
      { state: 'requesting', attempt: 2 },
      { state: 'streaming' },
    ]);
    expect(fake.requests).toHaveLength(2);
  });

  it('says which column waits for the per-provider rate limiter', async () => {
    fake.setHandler({ body: ANSWER });
    const sent: ArenaEvent[] = [];
    // One request may start at once; the next 50 ms later.
    const rateLimiter = createRateLimiter({ defaultLimit: { perSecond: 20, burst: 1 } });
    await realClient(sent, { rateLimiter }).start({
      prompt: 'x',
      params: {},
      columns: [loopback('a'), loopback('b')],
    }).done;
    const waited = ['a', 'b'].filter((id) =>
      statusesOf(sent, id).some((status) => status.state === 'rate-limited'),
    );
    expect(waited).toHaveLength(1);
    expect(statusesOf(sent, waited[0]!)).toEqual([
      { state: 'queued' },
      { state: 'rate-limited' },
      { state: 'requesting', attempt: 1 },
      { state: 'streaming' },
    ]);
  });

  it('a failure that is not retried ends the column without a retrying status', async () => {
    fake.setHandler({ status: 401, json: { error: { message: 'Invalid key' } } });
    const sent: ArenaEvent[] = [];
    const results = await realClient(sent).start({ prompt: 'x', params: {}, columns: [loopback('a')] }).done;
    expect(results.get('a')?.error?.kind).toBe('auth');
    expect(statusesOf(sent, 'a')).toEqual([{ state: 'queued' }, { state: 'requesting', attempt: 1 }]);
  });
});
