// A column keeps at most a fixed amount of output: past it, the answer is cut with a marker,
// the request is cancelled (its socket closed), and column-done never repeats the text.
import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { sse, testDeps, textChunk } from '../client/client-test-support.ts';
import { streamColumn } from '../client/stream-column.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { DEFAULT_MAX_OUTPUT_BYTES } from '../wires/output-limits.ts';
import { createCompareOrchestrator } from './orchestrator.ts';

const fake = await fakeProviderForFile();

const CAP = 64 * 1024;
const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

function orchestrator(emitted: ArenaEvent[], maxOutputBytes = CAP) {
  return createCompareOrchestrator({
    emit: (event) => emitted.push(structuredClone(event)),
    maxOutputBytes,
    streamColumn: (column, request, signal, hooks) =>
      streamColumn(column, request, signal, testDeps(), hooks),
  });
}

/** One column answered by the fake under `maxOutputBytes`, every event it emits in `emitted`; its result. */
async function runAtFake(emitted: ArenaEvent[], maxOutputBytes = CAP) {
  const results = await orchestrator(emitted, maxOutputBytes).start({
    prompt: 'x',
    params: {},
    columns: [{ columnId: 'a', provider: 'custom', model: 'm', baseUrl: `${fake.url}/v1` }],
  }).done;
  return results.get('a')!;
}

/** One column whose stream is `script`, under a cap of `maxOutputBytes`. */
async function runScripted(maxOutputBytes: number, script: () => Iterable<StreamEvent>) {
  const capped = createCompareOrchestrator({
    emit: () => {},
    maxOutputBytes,
    streamColumn: async function* () {
      yield* script();
    },
  });
  const run = capped.start({
    prompt: 'x',
    params: {},
    columns: [{ columnId: 'a', provider: 'custom', model: 'm' }],
  });
  return (await run.done).get('a')!;
}

const toolChunk = (args: string, start?: { id: string; name: string }) => ({
  choices: [
    {
      index: 0,
      delta: { tool_calls: [{ index: 0, ...start, function: { name: start?.name, arguments: args } }] },
    },
  ],
});

const deliveredEvents = (emitted: ArenaEvent[]) =>
  emitted.flatMap((event) =>
    event.type === 'compare.batch' ? event.items.flatMap((item) => item.events) : [],
  );

const deltasOf = (emitted: ArenaEvent[], type: 'text' | 'reasoning') =>
  deliveredEvents(emitted)
    .map((event) => (event.type === type ? event.delta : ''))
    .join('');

describe('output cap', () => {
  it('cuts a long answer at the cap with a marker and closes the connection', async () => {
    // 1 MiB of text in 4 KiB writes, 1 ms apart: far more than the cap, and still streaming when it is hit.
    const line = `${'word '.repeat(200)}\n`;
    fake.setHandler({
      body: sse(...Array.from({ length: 1024 }, () => textChunk(line))),
      chunkSize: 4096,
      chunkDelayMs: 1,
    });
    const emitted: ArenaEvent[] = [];
    const result = await runAtFake(emitted);

    expect(result.truncated).toBe(true);
    expect(result.error).toBeNull();
    expect(result.finishReason).toBe('length');
    expect(result.text.endsWith('[output truncated at 64 KiB]')).toBe(true);
    const kept = result.text.slice(0, result.text.lastIndexOf('\n\n[output truncated'));
    expect(utf8Length(kept)).toBe(CAP);
    expect(kept).toBe(line.repeat(Math.ceil(CAP / line.length)).slice(0, CAP));
    // The window received exactly the kept text and the marker, and column-done does not repeat it.
    expect(deltasOf(emitted, 'text')).toBe(result.text);
    const done = emitted.find((event) => event.type === 'compare.column-done');
    expect(done?.type === 'compare.column-done' && done.result).toMatchObject({
      truncated: true,
      finishReason: 'length',
    });
    expect(done).not.toHaveProperty('result.text');
    expect(done).not.toHaveProperty('result.reasoning');
    expect(done).not.toHaveProperty('result.toolCalls');
    // The request was cancelled: the client closed the connection before the body ended.
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
  });

  it('counts reasoning and tool-call arguments towards the cap and never splits a character', async () => {
    const emitted: ArenaEvent[] = [];
    const events: StreamEvent[] = [
      { type: 'reasoning', delta: 'r'.repeat(4) },
      { type: 'tool-call', call: { id: 't1', name: 'f', arguments: '{"a":1}' } },
      { type: 'text', delta: 'ab😀cd' },
      { type: 'text', delta: 'never kept' },
    ];
    let finished = false;
    const capped = createCompareOrchestrator({
      emit: (event) => emitted.push(event),
      maxOutputBytes: 16,
      streamColumn: async function* () {
        try {
          yield* events;
        } finally {
          finished = true;
        }
      },
    });
    const result = (
      await capped.start({
        prompt: 'x',
        params: {},
        columns: [{ columnId: 'a', provider: 'custom', model: 'm' }],
      }).done
    ).get('a')!;
    // 4 (reasoning) + 10 (the call's id, name and arguments) = 14 bytes; 2 remain: "ab" fits, the 4-byte emoji does not.
    expect(result.reasoning).toBe('rrrr');
    expect(result.toolCalls).toHaveLength(1);
    expect(result.text).toBe('ab\n\n[output truncated at 16 bytes]');
    expect(result.truncated).toBe(true);
    expect(finished).toBe(true);
  });

  it('keeps a tool call that crosses the cap cut short, and the marker says so', async () => {
    const result = await runScripted(100, function* () {
      yield { type: 'text', delta: 'x'.repeat(20) };
      yield { type: 'tool-call', call: { id: 'c1', name: 'f', arguments: 'y'.repeat(100) } };
      yield { type: 'text', delta: 'never kept' };
    });
    // 20 bytes of text; 80 remain for the call: 3 for its id and name, 77 for its arguments.
    expect(result.toolCalls).toEqual([{ id: 'c1', name: 'f', arguments: 'y'.repeat(77) }]);
    expect(result.text).toBe(
      `${'x'.repeat(20)}\n\n[output truncated at 100 bytes; the last tool call is cut short]`,
    );
    expect(result.finishReason).toBe('length');
  });

  it('a tool call streamed without end is cut at 8 MiB like text, and the connection closed', async () => {
    const piece = 'a'.repeat(64 * 1024);
    const frame = sse(toolChunk(piece));
    let written = 0;
    fake.setHandler({
      handle: (_request, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(sse(toolChunk('', { id: 'call_1', name: 'write_file' })));
        const pump = () => {
          while (!res.destroyed && written < 250 * 1024 * 1024) {
            written += frame.length;
            if (!res.write(frame)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        pump();
      },
    });
    const emitted: ArenaEvent[] = [];
    const result = await runAtFake(emitted, DEFAULT_MAX_OUTPUT_BYTES);
    expect(result).toMatchObject({ truncated: true, finishReason: 'length', error: null });
    expect(result.text).toBe('\n\n[output truncated at 8 MiB; the last tool call is cut short]');
    const [call] = result.toolCalls;
    expect(call?.name).toBe('write_file');
    expect(call?.arguments).toBe('a'.repeat(DEFAULT_MAX_OUTPUT_BYTES - 'call_1write_file'.length));
    await fake.requests[0]!.socketClose;
    expect(fake.requests[0]!.clientAborted).toBe(true);
    // 8 MiB and one frame held by the decoder, plus what the sockets buffered when it closed.
    expect(written).toBeLessThan(40 * 1024 * 1024);
  });

  it('a frame of half a million empty tool calls yields 1,000 of them and an error', async () => {
    // About 8 MB: within the 16 MiB a frame may hold.
    const calls = Array.from({ length: 500_000 }, (_, index) => ({ index }));
    fake.setHandler({
      body: sse({ choices: [{ index: 0, delta: { tool_calls: calls }, finish_reason: 'tool_calls' }] }),
    });
    const emitted: ArenaEvent[] = [];
    const result = await runAtFake(emitted, DEFAULT_MAX_OUTPUT_BYTES);
    expect(result.toolCalls).toHaveLength(1000);
    expect(result.error?.kind).toBe('protocol');
    expect(result.error?.message).toContain('more than 1,000 tool calls');
    const delivered = deliveredEvents(emitted);
    expect(delivered.filter((event) => event.type === 'tool-call')).toHaveLength(1000);
  });

  it('an answer under the cap is untouched and not marked', async () => {
    fake.setHandler({
      body: sse(textChunk('Short'), { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
    });
    const emitted: ArenaEvent[] = [];
    const result = await runAtFake(emitted);
    expect(result).toMatchObject({ text: 'Short', truncated: false, finishReason: 'stop' });
    const done = emitted.find((event) => event.type === 'compare.column-done');
    expect(done).toMatchObject({ result: { truncated: false, finishReason: 'stop' } });
    expect(done).not.toHaveProperty('result.text');
  });
});
