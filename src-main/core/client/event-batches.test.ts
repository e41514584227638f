// streamColumn hands over the events of one network read together (one await per read, not per
// event). What batching could break: order across the held-until-output boundary, stopping at an
// error inside a read, keeping the output of a read the connection broke after.
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../src-shared/compare.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { PROMPT, runColumn, sse, testDeps, textChunk } from './client-test-support.ts';
import { streamColumn } from './stream-column.ts';

const fake = await fakeProviderForFile();

const STOP = { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] };

/** The batches streamColumn yields for one OpenAI-wire column at the fake. */
async function batchesOf(): Promise<StreamEvent[][]> {
  const column: ColumnSpec = { columnId: 'c', provider: 'openai', model: 'm', baseUrl: `${fake.url}/v1` };
  const batches: StreamEvent[][] = [];
  for await (const batch of streamColumn(column, PROMPT, new AbortController().signal, testDeps()))
    batches.push(batch);
  return batches;
}

const texts = (events: readonly StreamEvent[]) =>
  events.flatMap((event) => (event.type === 'text' ? [event.delta] : []));

describe('events in batches', () => {
  it('the frames of one network read come out together, adjacent deltas of a kind merged', async () => {
    const words = Array.from({ length: 200 }, (_, index) => `w${index} `);
    fake.setHandler({ body: sse(...words.map(textChunk), STOP, '[DONE]') });
    const batches = await batchesOf();
    expect(texts(batches.flat()).join('')).toBe(words.join(''));
    expect(batches.every((batch) => batch.length > 0)).toBe(true);
    // ~10 KB in one write: a handful of reads at most, far fewer than its 200 events.
    expect(batches.length).toBeLessThanOrEqual(10);
    expect(texts(batches.flat()).length).toBeLessThanOrEqual(10);
  });

  it('events keep their order across the first output (model, then text), in one read or two', async () => {
    const named = (text: string) => ({ model: 'm-2025', ...textChunk(text) });
    const opening = sse({ model: 'm-2025', choices: [{ index: 0, delta: { role: 'assistant' } }] });
    const body = opening + sse(named('a'), named('b'), STOP, '[DONE]');
    for (const split of [{}, { splitAt: [opening.length], chunkDelayMs: 30 }]) {
      fake.setHandler({ body, ...split });
      const { events } = await runColumn('openai', `${fake.url}/v1`);
      expect(events).toEqual([
        { type: 'model', model: 'm-2025' },
        { type: 'text', delta: 'ab' },
        { type: 'finish', reason: 'stop' },
      ]);
    }
  });

  it('reasoning and text taking turns in one read stay apart, in order', async () => {
    const reasoning = (text: string) => ({ choices: [{ index: 0, delta: { reasoning_content: text } }] });
    fake.setHandler({
      body: sse(
        reasoning('r1'),
        reasoning('r2'),
        textChunk('a'),
        reasoning('r3'),
        textChunk('b'),
        textChunk('c'),
        STOP,
        '[DONE]',
      ),
    });
    const { events } = await runColumn('deepseek', `${fake.url}`);
    expect(events.filter((event) => event.type === 'text' || event.type === 'reasoning')).toEqual([
      { type: 'reasoning', delta: 'r1r2' },
      { type: 'text', delta: 'a' },
      { type: 'reasoning', delta: 'r3' },
      { type: 'text', delta: 'bc' },
    ]);
  });

  it('a read holding output, an error and more output: nothing after the error', async () => {
    const error = { error: { message: 'The server had an error.', type: 'server_error' } };
    fake.setHandler({ body: sse(textChunk('kept'), error, textChunk('after the error'), STOP, '[DONE]') });
    const { events, result } = await runColumn('openai', `${fake.url}/v1`);
    expect(texts(events)).toEqual(['kept']);
    expect(result.text).toBe('kept');
    expect(result.error?.kind).toBe('server');
    expect(result.finishReason).toBe('error');
  });

  it('a read holding an error before any output is retried, and what it held is not passed on', async () => {
    const error = { error: { message: 'The server had an error.', type: 'server_error' } };
    fake.enqueue(
      { body: sse({ model: 'first-try', choices: [] }, error, textChunk('after the error')) },
      { body: sse(textChunk('second try'), STOP, '[DONE]') },
    );
    const { events, result } = await runColumn('openai', `${fake.url}/v1`);
    expect(fake.requests).toHaveLength(2);
    expect(events.map((event) => event.type)).toEqual(['text', 'finish']);
    expect(result.text).toBe('second try');
  });

  it('a read holding output, then the connection drops: the output is kept, with the error', async () => {
    const body = sse(textChunk('partial '), textChunk('answer'), STOP, '[DONE]');
    const cut = body.indexOf('data: {"choices":[{"index":0,"delta":{},');
    fake.setHandler({ body, dropAfterBytes: cut });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(fake.requests).toHaveLength(1);
    expect(result.text).toBe('partial answer');
    expect(result.error?.kind).toBe('network');
    expect(result.finishReason).toBe('error');
  });
});
