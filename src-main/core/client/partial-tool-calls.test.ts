// A tool call produces no event until it is complete. Its arguments arriving are still progress (the
// "no decoded event" limit must not kill it), and a column that ends early keeps the call as far as it got.
import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { createCompareOrchestrator } from '../compare/orchestrator.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { firstThenForever, OK_STREAM, runColumn, sse, testDeps, textChunk } from './client-test-support.ts';
import { streamColumn } from './stream-column.ts';

const fake = await fakeProviderForFile();

const toolDelta = (args: string, start = false) => {
  const call = start
    ? { index: 0, id: 'call_1', function: { name: 'weather', arguments: args } }
    : { index: 0, function: { arguments: args } };
  return { choices: [{ index: 0, delta: { tool_calls: [call] } }] };
};
const FINISH_TOOLS = { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] };
const INCOMPLETE_NOTE =
  'Tool calls still arriving were kept as far as they got: their arguments are incomplete.';

describe('tool calls and the event limit', () => {
  it('arguments arriving count as progress: a call streamed for longer than the limit completes', async () => {
    // 15 frames 100 ms apart: 1.4 s of a tool call, with a 400 ms limit on silence.
    const frames = [
      sse(toolDelta('{"city":"', true)),
      ...Array.from({ length: 13 }, () => sse(toolDelta('a'))),
      sse(toolDelta('"}'), FINISH_TOOLS, '[DONE]'),
    ];
    const splitAt = frames.slice(0, -1).map((_, i) => Buffer.byteLength(frames.slice(0, i + 1).join('')));
    fake.setHandler({ body: frames.join(''), splitAt, chunkDelayMs: 100 });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 400, requestTimeoutMs: 60_000 },
    });
    expect(result.error).toBeNull();
    expect(result.finishReason).toBe('tool_calls');
    expect(result.toolCalls).toEqual([
      { id: 'call_1', name: 'weather', arguments: `{"city":"${'a'.repeat(13)}"}` },
    ]);
  });

  it('usage-only frames and empty tool-call deltas are not progress', async () => {
    const usageOnly = sse({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 1 } });
    fake.setHandler({
      handle: firstThenForever(sse(toolDelta('{', true)), `${usageOnly}${sse(toolDelta(''))}: ping\n\n`),
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 400, requestTimeoutMs: 60_000 },
    });
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toMatch(/no answer for 400 ms/);
  });
});

describe('a tool call cut short is kept, and the error says so', () => {
  it('by the event limit', async () => {
    fake.setHandler({
      handle: firstThenForever(sse(textChunk('Checking.'), toolDelta('{"city":"Pa', true)), ': ping\n\n'),
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`, {
      deps: { idleTimeoutMs: 300, eventTimeoutMs: 400, requestTimeoutMs: 60_000 },
    });
    expect(result.text).toBe('Checking.');
    expect(result.toolCalls).toEqual([{ id: 'call_1', name: 'weather', arguments: '{"city":"Pa' }]);
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toMatch(/no answer for 400 ms/);
    expect(result.error?.message).toContain(INCOMPLETE_NOTE);
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
  });

  it('by a lost connection', async () => {
    const kept = sse(toolDelta('{"city":"Pa', true));
    fake.enqueue({
      body: `${kept}${sse(toolDelta('ris"}'), FINISH_TOOLS)}`,
      dropAfterBytes: kept.length + 3,
    });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(result.toolCalls).toEqual([{ id: 'call_1', name: 'weather', arguments: '{"city":"Pa' }]);
    expect(result.error?.kind).toBe('network');
    expect(result.error?.message).toContain(INCOMPLETE_NOTE);
  });

  it('by a cancel, through the orchestrator', async () => {
    // Text after the call's first arguments: once the window has the text, the client has read them.
    const first = sse(toolDelta('{"city":"Pa', true), textChunk('Checking. '));
    fake.setHandler({ handle: firstThenForever(first, ': ping\n\n') });
    const emitted: ArenaEvent[] = [];
    let textArrived: () => void = () => {};
    const textDelivered = new Promise<void>((resolve) => {
      textArrived = resolve;
    });
    const orchestrator = createCompareOrchestrator({
      emit: (event) => {
        emitted.push(structuredClone(event));
        if (
          event.type === 'compare.batch' &&
          event.items.some((item) => item.events.some((e) => e.type === 'text'))
        )
          textArrived();
      },
      streamColumn: (column, request, signal, hooks) =>
        streamColumn(column, request, signal, testDeps({ idleTimeoutMs: 60_000 }), hooks),
    });
    const run = orchestrator.start({
      prompt: 'x',
      params: {},
      columns: [{ columnId: 'a', provider: 'openai', model: 'm', baseUrl: `${fake.url}/v1` }],
    });
    await textDelivered;
    orchestrator.cancel(run.runId);
    const result = (await run.done).get('a')!;
    expect(result.finishReason).toBe('cancelled');
    expect(result.toolCalls).toEqual([{ id: 'call_1', name: 'weather', arguments: '{"city":"Pa' }]);
    expect(result.error?.message).toContain(INCOMPLETE_NOTE);
    const delivered = emitted.flatMap((event) =>
      event.type === 'compare.batch' ? event.items.flatMap((item) => item.events) : [],
    );
    expect(delivered.filter((event) => event.type === 'tool-call')).toHaveLength(1);
  });
});

describe('an error before any output', () => {
  it('is retried even while a tool call was arriving: nothing of the failed attempt is kept', async () => {
    // The call's arguments are buffered (a call is output only once complete), so the error frame
    // comes before any output: the attempt is refused and retried, not ended as a call cut short.
    const serverError = { error: { message: 'The server had an error.', type: 'server_error' } };
    fake.enqueue({ body: sse(toolDelta('{"city":"Pa', true), serverError) }, { body: OK_STREAM });
    const { result } = await runColumn('openai', `${fake.url}/v1`);
    expect(fake.requests).toHaveLength(2);
    expect(result.error).toBeNull();
    expect(result.text).toBe('ok');
    expect(result.toolCalls).toEqual([]);
  });
});
