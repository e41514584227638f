// Every recorded transcript decoded, with what an independent reading of each file finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { splitRandom } from '../../../e2e/fake-providers/split-bytes.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { codecFor } from '../../core/client/wire-codec.ts';
import { ColumnAccumulator } from '../compare/column-result.ts';
import { anthropic } from '../providers/anthropic.ts';
import { deepseek } from '../providers/deepseek.ts';
import { gemini } from '../providers/gemini.ts';
import { minimax } from '../providers/minimax.ts';
import { openai } from '../providers/openai.ts';
import { openrouter } from '../providers/openrouter.ts';
import type { ProviderDefinition } from '../providers/provider-definition.ts';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures');
const bytes = (file: string) => readFileSync(join(FIXTURES, file));

interface Expected {
  file: string;
  provider: ProviderDefinition;
  text: string | { length: number; start: string; end: string };
  reasoning: string | { length: number; start: string; end: string };
  finish: string;
  usage: [input: number, output: number, cacheRead: number, cacheWrite: number, reasoning: number] | null;
  tools?: { name: string; arguments: string }[];
  error?: { kind: string; providerCode?: number | string };
}

const CASES: Expected[] = [
  {
    file: 'minimax-openai/stream-m27-think-tags-01.sse',
    provider: minimax,
    text: { length: 386, start: '**Proof.** An integer is odd iff', end: 'by definition, it is even.\n\n∎' },
    reasoning:
      "The user wants a proof that the sum of two odd numbers is even. I'll keep this straightforward and concise.",
    finish: 'stop',
    usage: [767, 172, 443, 0, 25],
  },
  {
    file: 'minimax-openai/nonstream-m2-think-truncated-length.json',
    provider: minimax,
    text: '',
    reasoning: {
      length: 1259,
      start: 'The user asks a simple question: "How many primes below 30?"',
      end: '',
    },
    finish: 'length',
    usage: [765, 300, 0, 0, 0],
  },
  {
    file: 'minimax-openai/nonstream-m27-think-short.json',
    provider: minimax,
    text: 'inner',
    reasoning: 'inner',
    finish: 'stop',
    usage: [798, 7, 0, 0, 0],
  },
  {
    file: 'minimax-via-openrouter/stream-m2-free-midstream-error.sse',
    provider: openrouter,
    text: '',
    reasoning: 'We need to respond to a greeting. The user',
    finish: 'error',
    usage: [43, 10, 0, 0, 11],
    error: { kind: 'invalid_request', providerCode: 400 },
  },
  {
    file: 'openai/stream-tool-call-include-usage-01.sse',
    provider: openai,
    text: '',
    reasoning: '',
    finish: 'tool_calls',
    usage: [53, 15, 0, 0, 0],
    tools: [{ name: 'get_capital', arguments: '{"country":"UK"}' }],
  },
  {
    file: 'openai/stream-text-include-usage-02.sse',
    provider: openai,
    text: 'The capital of the UK is London.',
    reasoning: '',
    finish: 'stop',
    usage: [78, 9, 0, 0, 0],
  },
  {
    file: 'openai/stream-gpt5-include-usage-03.sse',
    provider: openai,
    text: 'Paris.',
    reasoning: '',
    finish: 'stop',
    usage: [13, 11, 0, 0, 0],
  },
  {
    file: 'openai/stream-text-no-usage-04.sse',
    provider: openai,
    text: 'Hello, World!',
    reasoning: '',
    finish: 'stop',
    usage: null,
  },
  {
    file: 'anthropic/stream-thinking-signature-01.sse',
    provider: anthropic,
    text: {
      length: 1021,
      start: 'Here are the basic steps for safely crossing the s',
      end: 'r speed when crossing streets.',
    },
    reasoning: {
      length: 202,
      start: 'This is a straightforward question about',
      end: ' could help prevent accidents.',
    },
    finish: 'stop',
    usage: [43, 282, 0, 0, 0],
  },
  {
    file: 'anthropic/stream-redacted-thinking-03.sse',
    provider: anthropic,
    text: {
      length: 359,
      start: "I notice that you've sent what appears to be some ",
      end: 'a legitimate task or question?',
    },
    reasoning: '',
    finish: 'stop',
    usage: [92, 189, 0, 0, 0],
  },
  {
    file: 'anthropic/stream-text-02.sse',
    provider: anthropic,
    text: 'Hello World',
    reasoning: '',
    finish: 'stop',
    usage: [10, 5, 0, 0, 0],
  },
  {
    file: 'deepseek/stream-reasoner-include-usage-01.sse',
    provider: deepseek,
    text: 'Hello there! 😊 How can I help you today?',
    reasoning: {
      length: 882,
      start: 'Hmm, the user just said "Hello". It\'s a ',
      end: "further - and that's okay too.",
    },
    finish: 'stop',
    usage: [6, 212, 0, 0, 198],
  },
  {
    file: 'deepseek/nonstream-reasoner.json',
    provider: deepseek,
    text: { length: 1568, start: 'Crossing the street safely involves careful observation and ', end: '' },
    reasoning: { length: 1997, start: 'Okay, the user is asking how to cross th', end: '' },
    finish: 'stop',
    usage: [12, 789, 0, 0, 415],
  },
  {
    file: 'gemini-openai/stream-text-01.sse',
    provider: gemini,
    text: 'Hello World',
    reasoning: '',
    finish: 'stop',
    usage: null,
  },
  {
    file: 'gemini-openai/nonstream-tool-call-thought-signature.json',
    provider: gemini,
    text: '',
    reasoning: '',
    finish: 'tool_calls',
    usage: [35, 12, 0, 0, 0],
    tools: [{ name: 'get_current_time', arguments: '{}' }],
  },
];

/** Feeds raw bytes, cut into the given pieces, through a real SSE parser into the decoder. */
function decodeSse(provider: ProviderDefinition, pieces: Uint8Array[]): StreamEvent[] {
  const decoder = codecFor(provider, provider.defaultWire, 'test-model').createDecoder();
  const events: StreamEvent[] = [];
  const parser = createParser({
    onEvent: (frame) => events.push(...decoder.push({ event: frame.event, data: frame.data })),
  });
  const text = new TextDecoder();
  for (const piece of pieces) parser.feed(text.decode(piece, { stream: true }));
  parser.feed(`${text.decode()}\n\n`);
  events.push(...decoder.end());
  return events;
}

function decode(entry: Expected, pieces?: Uint8Array[]): StreamEvent[] {
  const raw = bytes(entry.file);
  if (entry.file.endsWith('.json')) {
    return codecFor(entry.provider, entry.provider.defaultWire, 'test-model').decodeJson(
      raw.toString('utf8'),
    );
  }
  return decodeSse(entry.provider, pieces ?? [raw]);
}

function summarize(events: StreamEvent[]) {
  const accumulator = new ColumnAccumulator();
  for (const event of events) accumulator.add(event);
  return accumulator.result({ ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: false });
}

function expectText(actual: string, expected: Expected['text']) {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else {
    expect(actual.length).toBe(expected.length);
    expect(actual.startsWith(expected.start)).toBe(true);
    expect(actual.endsWith(expected.end)).toBe(true);
  }
}

describe.each(CASES.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
  it('decodes to the recorded text, reasoning, tools, usage, finish and error', () => {
    const result = summarize(decode(entry));
    expectText(result.text, entry.text);
    expectText(result.reasoning, entry.reasoning);
    expect(result.finishReason).toBe(entry.finish);
    expect(result.toolCalls.map(({ name, arguments: args }) => ({ name, arguments: args }))).toEqual(
      entry.tools ?? [],
    );
    if (entry.usage === null) expect(result.usage).toBeNull();
    else {
      const [inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, reasoningTokens] = entry.usage;
      expect(result.usage).toEqual({
        inputTokens,
        outputTokens,
        cacheReadTokens,
        cacheWriteTokens,
        reasoningTokens,
      });
    }
    if (entry.error) expect(result.error).toMatchObject(entry.error);
    else expect(result.error).toBeNull();
  });
});

describe.each(
  CASES.filter((entry) => entry.file.endsWith('.sse')).map((entry) => [entry.file, entry] as const),
)('%s split at random offsets', (_file, entry) => {
  it('decodes the same as the whole body (50 seeded runs)', () => {
    const whole = summarize(decode(entry));
    const raw = new Uint8Array(bytes(entry.file));
    for (let seed = 1; seed <= 50; seed++) {
      const split = summarize(decode(entry, splitRandom(raw, 1 + (seed % 40), seed)));
      expect(split, `seed ${seed}`).toEqual(whole);
    }
  });
});

describe('error bodies', () => {
  it.each([
    ['openai/error-404-model-not-found.json', openai, 404, 'model_not_found', 'model_not_found'],
    ['openai/error-400-unsupported-value.json', openai, 400, 'invalid_request', 'unsupported_value'],
    ['anthropic/error-404-not-found.json', anthropic, 404, 'model_not_found', 'not_found_error'],
    ['anthropic/error-400-invalid-request.json', anthropic, 400, 'invalid_request', 'invalid_request_error'],
  ] as const)('%s → %s', async (file, provider, status, kind, code) => {
    const { classifyHttpFailure } = await import('../errors/classify.ts');
    const error = classifyHttpFailure(status, {}, bytes(file).toString('utf8'), {
      provider: provider.id,
      model: 'm',
    });
    expect(error).toMatchObject({ kind, providerCode: code, httpStatus: status });
    expect(error.message.length).toBeGreaterThan(20);
  });
});
