// What the window receives while columns stream: one compare.batch per turn of main's event loop,
// sent at the end of that turn, every column's column-done after its last events; the answering
// model forwarded, the follow-up replay kept for column-done only.
import { describe, expect, it } from 'vitest';
import type { ColumnBatch, ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { AssistantReplay } from '../../../src-shared/conversation.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createCompareOrchestrator } from './orchestrator.ts';

const column = (columnId: string): ColumnSpec => ({ columnId, provider: 'custom', model: columnId });
const request = (...ids: string[]) => ({ prompt: 'x', params: {}, columns: ids.map(column) });

/** Resolves after the callbacks already queued with setImmediate: the end of the current turn. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

const batches = (sent: ArenaEvent[]) =>
  sent.flatMap((event) => (event.type === 'compare.batch' ? [event.items] : []));

const itemsOf = (sent: ArenaEvent[], columnId: string): ColumnBatch[] =>
  batches(sent)
    .flat()
    .filter((item) => item.columnId === columnId);

const eventsOf = (sent: ArenaEvent[], columnId: string) =>
  itemsOf(sent, columnId).flatMap((item) => item.events);

describe('events to the window', () => {
  it('sends what every column streamed during one turn as one message at the end of that turn', async () => {
    const sent: ArenaEvent[] = [];
    const first = gate();
    const last = gate();
    // Each column marks the end of the turn its text arrived in, once the orchestrator has taken it.
    const turnEnds: Promise<void>[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: async function* (spec) {
        await first.opened;
        yield { type: 'text', delta: `${spec.columnId}1 ` };
        yield { type: 'text', delta: `${spec.columnId}2` };
        turnEnds.push(nextTurn());
        await last.opened;
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const run = orchestrator.start(request('a', 'b', 'c'));
    await nextTurn();
    const before = sent.length;

    first.open();
    await nextTurn();
    expect(turnEnds).toHaveLength(3);
    await Promise.all(turnEnds);
    // Sent by the end of the turn the text arrived in (no timer), all three columns in one message.
    const turn = sent.slice(before);
    expect(turn).toHaveLength(1);
    expect(turn[0]).toEqual({
      type: 'compare.batch',
      items: ['a', 'b', 'c'].map((id) => ({
        runId: run.runId,
        columnId: id,
        events: [
          { type: 'status', status: { state: 'streaming' } },
          { type: 'text', delta: `${id}1 ${id}2` },
        ],
      })),
    });

    const afterText = sent.length;
    last.open();
    await run.done;
    // The three columns resumed in one turn: their finishes travel in one message, in column order.
    const finishes = batches(sent.slice(afterText));
    expect(finishes).toEqual([
      ['a', 'b', 'c'].map((id) => ({
        runId: run.runId,
        columnId: id,
        events: [{ type: 'finish', reason: 'stop' }],
      })),
    ]);
  });

  it('sends a column’s column-done only after all of its events', async () => {
    const sent: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: async function* (spec) {
        yield { type: 'text', delta: 'all of it' };
        if (spec.columnId === 'slow') await nextTurn(); // its finish comes a turn after the fast column's
        yield { type: 'finish', reason: 'stop' };
      },
    });
    await orchestrator.start(request('fast', 'slow')).done;
    for (const id of ['fast', 'slow']) {
      const doneAt = sent.findIndex((event) => event.type === 'compare.column-done' && event.columnId === id);
      const lastEventsAt = sent.findLastIndex(
        (event) => event.type === 'compare.batch' && event.items.some((item) => item.columnId === id),
      );
      expect(doneAt).toBeGreaterThan(lastEventsAt);
      expect(eventsOf(sent, id).at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    }
  });

  it('forwards the answering model and reports the last one in column-done', async () => {
    const sent: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: async function* () {
        yield { type: 'model', model: 'MiniMax-M2.5' };
        yield { type: 'text', delta: 'Hi' };
        yield { type: 'model', model: 'MiniMax-M2.7' };
        yield { type: 'finish', reason: 'stop' };
      },
    });
    await orchestrator.start(request('a')).done;
    const models = eventsOf(sent, 'a').filter((event) => event.type === 'model');
    expect(models).toEqual([
      { type: 'model', model: 'MiniMax-M2.5' },
      { type: 'model', model: 'MiniMax-M2.7' },
    ]);
    const done = sent.find((event) => event.type === 'compare.column-done');
    expect(done?.type === 'compare.column-done' && done.result.answeredModel).toBe('MiniMax-M2.7');
  });

  it('forwards at most a few changes of the answering model, however many the provider claims', async () => {
    const sent: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: async function* () {
        for (let index = 0; index < 1000; index++) {
          yield { type: 'model', model: `model-${index}` };
          yield { type: 'text', delta: '.' };
        }
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const results = await orchestrator.start(request('a')).done;
    expect(results.get('a')?.text).toBe('.'.repeat(1000));
    const models = eventsOf(sent, 'a').filter((event) => event.type === 'model');
    expect(models.length).toBeGreaterThan(0);
    expect(models.length).toBeLessThanOrEqual(10);
    const done = sent.find((event) => event.type === 'compare.column-done');
    expect(done?.type === 'compare.column-done' && done.result.answeredModel).toBe(
      models.at(-1)?.type === 'model' ? models.at(-1)?.model : 'missing',
    );
  });

  it('keeps the replay out of the stream and hands it over in column-done', async () => {
    const sent: ArenaEvent[] = [];
    const replay: AssistantReplay = { content: '<think>hmm</think>Hi' };
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: async function* () {
        yield { type: 'reasoning', delta: 'hmm' };
        yield { type: 'text', delta: 'Hi' };
        yield { type: 'replay', replay } satisfies StreamEvent;
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const results = await orchestrator.start(request('a')).done;
    expect(eventsOf(sent, 'a').map((event) => event.type)).not.toContain('replay');
    const done = sent.find((event) => event.type === 'compare.column-done');
    expect(done?.type === 'compare.column-done' && done.result.replay).toEqual(replay);
    expect(results.get('a')).toMatchObject({ text: 'Hi', reasoning: 'hmm', finishReason: 'stop' });
  });

  it('a column that answered no model and needs no replay reports neither', async () => {
    const sent: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => sent.push(event),
      streamColumn: async function* () {
        yield { type: 'text', delta: 'Hi' };
        yield { type: 'finish', reason: 'stop' };
      },
    });
    await orchestrator.start(request('a')).done;
    const done = sent.find((event) => event.type === 'compare.column-done');
    expect(done).not.toHaveProperty('result.answeredModel');
    expect(done).not.toHaveProperty('result.replay');
  });
});
