// A column main refuses before anything is sent (a base URL its key may not go to, a key that is
// not stored) fails at once with the refusal as its error; the run's other columns stream.
import { describe, expect, it } from 'vitest';
import type { ColumnEvent, ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { createCompareOrchestrator } from './orchestrator.ts';

const column = (columnId: string): ColumnSpec => ({ columnId, provider: 'openai', model: 'gpt-4o' });
const REFUSAL: ArenaError = {
  kind: 'invalid_input',
  field: 'columns.1.baseUrl',
  message: 'OpenAI keys are sent only to api.openai.com or to a server on this machine.',
};

describe('a refused column', () => {
  it('fails at once with its refusal, is never streamed, and spares the others', async () => {
    const streamed: string[] = [];
    const events: ArenaEvent[] = [];
    const orchestrator = createCompareOrchestrator({
      emit: (event) => events.push(structuredClone(event)),
      streamColumn: async function* (spec) {
        streamed.push(spec.columnId);
        yield { type: 'text', delta: 'answer' };
        yield { type: 'finish', reason: 'stop' };
      },
    });
    const { runId, done } = orchestrator.start(
      { prompt: 'x', params: {}, columns: [column('ok'), column('refused')] },
      new Map([['refused', REFUSAL]]),
    );
    const results = await done;

    expect(streamed).toEqual(['ok']);
    expect(results.get('ok')).toMatchObject({ text: 'answer', finishReason: 'stop', error: null });
    expect(results.get('refused')).toMatchObject({
      text: '',
      finishReason: 'error',
      error: REFUSAL,
      usage: null,
      cost: null,
      timing: { ttftMs: null },
    });
    // The window hears it as the column's error and end, then its column-done: nothing was requested.
    const refusedEvents = events.flatMap((event): (ColumnEvent | ArenaEvent)[] =>
      event.type === 'compare.batch'
        ? event.items.filter((item) => item.columnId === 'refused').flatMap((item) => item.events)
        : event.type === 'compare.column-done' && event.columnId === 'refused'
          ? [event]
          : [],
    );
    expect(refusedEvents).toEqual([
      { type: 'status', status: { state: 'queued' } },
      { type: 'error', error: REFUSAL },
      { type: 'finish', reason: 'error' },
      expect.objectContaining({
        type: 'compare.column-done',
        runId,
        result: expect.objectContaining({ finishReason: 'error', error: REFUSAL }),
      }),
    ]);
  });
});
