// The decode bench's contenders: floors (bare undici, + SSE parsing, + JSON), the official SDKs, and ours.
import Anthropic from '@anthropic-ai/sdk';
import { createParser } from 'eventsource-parser';
import OpenAI from 'openai';
import { type Agent, request } from 'undici';
import { streamColumn } from '../src-main/core/client/stream-column.ts';
import { createCompareOrchestrator } from '../src-main/core/compare/orchestrator.ts';
import { createRateLimiter } from '../src-main/core/http/rate-limiter.ts';
import type { ColumnSpec } from '../src-shared/compare.ts';
import type { ArenaEvent } from '../src-shared/contract.ts';
import type { WireId } from '../src-shared/domain.ts';
import { anthropicText, type FrameText, openAiChatText, type Tally } from './bench-transcript.ts';

export type Client = () => Promise<Tally>;

const PROMPT = 'bench';
const MODEL: Record<WireId, string> = {
  'openai-chat': 'gpt-4o-mini',
  'anthropic-messages': 'claude-haiku-4-5',
};
const PATH: Record<WireId, string> = {
  'openai-chat': '/v1/chat/completions',
  'anthropic-messages': '/v1/messages',
};

/** The text a decoded frame carries, read the way a minimal client reads it (JSON.parse, one field). */
const TEXT_OF: Record<WireId, FrameText> = {
  'openai-chat': openAiChatText,
  'anthropic-messages': anthropicText,
};

function frameText(wire: WireId, data: string): string | null {
  return data === '[DONE]' ? null : TEXT_OF[wire](JSON.parse(data));
}

export type FloorLevel = 'bytes' | 'sse' | 'json';

/** Bare undici, reading the body to the end, then (by level) SSE parsing and JSON.parse + the text field. */
export function floorClient(baseUrl: string, wire: WireId, level: FloorLevel, dispatcher: Agent): Client {
  const url = `${baseUrl}${PATH[wire]}`;
  const body = JSON.stringify({
    model: MODEL[wire],
    stream: true,
    messages: [{ role: 'user', content: PROMPT }],
  });
  return async () => {
    const tally = { bytes: 0, textEvents: 0, textLength: 0 };
    const parser = createParser({
      onEvent: (event) => {
        if (level !== 'json') return;
        const text = frameText(wire, event.data);
        if (!text) return;
        tally.textEvents++;
        tally.textLength += text.length;
      },
    });
    const decoder = new TextDecoder();
    const response = await request(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      dispatcher,
    });
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      tally.bytes += chunk.byteLength;
      if (level !== 'bytes') parser.feed(decoder.decode(chunk, { stream: true }));
    }
    return level === 'json' ? tally : { bytes: tally.bytes, textEvents: null, textLength: null };
  };
}

/** `openai` chat.completions.create({ stream: true }), iterating chunks and reading delta content. */
export function openAiSdkClient(baseUrl: string): Client {
  const client = new OpenAI({ apiKey: 'sk-bench-placeholder', baseURL: `${baseUrl}/v1`, maxRetries: 0 });
  return async () => {
    const tally = { bytes: null, textEvents: 0, textLength: 0 };
    const stream = await client.chat.completions.create({
      model: MODEL['openai-chat'],
      messages: [{ role: 'user', content: PROMPT }],
      stream: true,
    });
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta?.content;
      if (!text) continue;
      tally.textEvents++;
      tally.textLength += text.length;
    }
    return tally;
  };
}

/** `@anthropic-ai/sdk` messages.create({ stream: true }), iterating raw events and reading text deltas. */
export function anthropicSdkClient(baseUrl: string): Client {
  const client = new Anthropic({ apiKey: 'sk-ant-bench-placeholder', baseURL: baseUrl, maxRetries: 0 });
  return async () => {
    const tally = { bytes: null, textEvents: 0, textLength: 0 };
    const stream = await client.messages.create({
      model: MODEL['anthropic-messages'],
      max_tokens: 1024,
      messages: [{ role: 'user', content: PROMPT }],
      stream: true,
    });
    for await (const event of stream) {
      if (event.type !== 'content_block_delta' || event.delta.type !== 'text_delta') continue;
      tally.textEvents++;
      tally.textLength += event.delta.text.length;
    }
    return tally;
  };
}

/**
 * The app's path: the compare orchestrator with the real streamColumn (undici, SSE, decoder, limits,
 * retries), its event batcher handing batches to `emit` where the IPC sender would be. The batcher
 * merges adjacent deltas, so only the text's length can be checked, not its event count.
 */
export function oursClient(baseUrl: string, wire: WireId): Client {
  const column: ColumnSpec =
    wire === 'openai-chat'
      ? { columnId: 'c0', provider: 'custom', model: MODEL[wire], baseUrl: `${baseUrl}/v1` }
      : { columnId: 'c0', provider: 'anthropic', model: MODEL[wire], baseUrl };
  const deps = {
    keys: { keyFor: () => 'sk-bench-placeholder' },
    rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1_000_000, burst: 1_000_000 } }),
  };
  let emittedLength = 0;
  const emit = (event: ArenaEvent) => {
    if (event.type !== 'compare.batch') return;
    for (const item of event.items) {
      for (const streamed of item.events)
        if (streamed.type === 'text') emittedLength += streamed.delta.length;
    }
  };
  const orchestrator = createCompareOrchestrator({
    emit,
    streamColumn: (spec, compareRequest, signal, hooks) =>
      streamColumn(spec, compareRequest, signal, deps, hooks),
  });
  return async () => {
    emittedLength = 0;
    const results = await orchestrator.start({ prompt: PROMPT, params: {}, columns: [column] }).done;
    const result = results.get(column.columnId);
    if (result?.error) throw new Error(`ours (${wire}) failed: ${result.error.message}`);
    if (result?.text.length !== emittedLength) {
      throw new Error(
        `ours (${wire}): emitted ${emittedLength} characters but the result holds ${result?.text.length}`,
      );
    }
    return { bytes: null, textEvents: null, textLength: emittedLength };
  };
}
