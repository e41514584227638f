// A column's stream may hand the orchestrator single events or batches of them (the real client yields
// one batch per network read). A batch is taken event by event: a stop between two of its events holds.
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { FinishReason, StreamEvent } from '../../../src-shared/domain.ts';
import { createCompareOrchestrator, type StreamColumn } from './orchestrator.ts';

const column: ColumnSpec = { columnId: 'c', provider: 'custom', model: 'm' };

/** What `({} as Record<string, unknown>)['constructor']` gives: a value Electron cannot clone. */
const UNCLONEABLE_REASON = Object as unknown as FinishReason;

async function run(streamColumn: StreamColumn, maxOutputBytes?: number) {
  const delivered: ArenaEvent[] = [];
  const orchestrator = createCompareOrchestrator({
    emit: (event) => delivered.push(event),
    streamColumn,
    ...(maxOutputBytes === undefined ? {} : { maxOutputBytes }),
  });
  const results = await orchestrator.start({ prompt: 'x', params: {}, columns: [column] }).done;
  const streamed = delivered
    .flatMap((event) => (event.type === 'compare.batch' ? event.items : []))
    .flatMap((item) => item.events);
  const deliveredText = streamed.map((event) => (event.type === 'text' ? event.delta : '')).join('');
  return { result: results.get('c'), deliveredText };
}

describe('batched streams', () => {
  it('single events and batches mix, in order', async () => {
    const { result, deliveredText } = await run(async function* () {
      yield { type: 'text', delta: 'a' };
      yield [
        { type: 'text', delta: 'b' },
        { type: 'reasoning', delta: 'r' },
        { type: 'text', delta: 'c' },
      ];
      yield [];
      yield { type: 'finish', reason: 'stop' };
    });
    expect(result).toMatchObject({ text: 'abc', reasoning: 'r', finishReason: 'stop', error: null });
    expect(deliveredText).toBe('abc');
  });

  it('a column stopped between two events of one batch takes nothing after the stop', async () => {
    let signal: AbortSignal | undefined;
    const { result, deliveredText } = await run(async function* (_column, _request, columnSignal) {
      signal = columnSignal;
      const batch: StreamEvent[] = [
        { type: 'text', delta: 'before ' },
        // The window cannot take this one: the column is stopped right there.
        { type: 'finish', reason: UNCLONEABLE_REASON },
        { type: 'text', delta: 'after' },
      ];
      yield batch;
    });
    expect(signal?.aborted).toBe(true);
    expect(result?.text).toBe('before ');
    expect(deliveredText).toBe('before ');
    expect(result?.error?.message).toMatch(/could not be delivered/);
  });

  it('the output cap cuts inside a batch: nothing after the cut is kept', async () => {
    const { result, deliveredText } = await run(async function* () {
      yield [
        { type: 'text', delta: '12345' },
        { type: 'text', delta: '67890' },
        { type: 'text', delta: 'past the cap' },
        { type: 'finish', reason: 'stop' },
      ];
    }, 8);
    expect(result?.text).toBe('12345678\n\n[output truncated at 8 bytes]');
    expect(deliveredText).toBe('12345678\n\n[output truncated at 8 bytes]');
    expect(result?.truncated).toBe(true);
  });
});
