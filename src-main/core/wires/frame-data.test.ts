// Frames are parsed as they stand (no copy on the hot path), and trimmed only when that fails: data
// wrapped in whitespace JSON does not allow (a no-break space, a BOM) still decodes, as it did.
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createAnthropicMessagesDecoder } from './anthropic-messages.ts';
import { BLANK_FRAME, NOT_JSON_FRAME, parseFrameData } from './decoder.ts';
import { createOpenAIChatDecoder } from './openai-chat.ts';

const NBSP = '\u00a0';
const BOM = '\ufeff';

describe('parseFrameData', () => {
  it('parses JSON with or without surrounding whitespace of any kind', () => {
    expect(parseFrameData('{"a":1}')).toEqual({ a: 1 });
    expect(parseFrameData(' \t{"a":1}\r\n ')).toEqual({ a: 1 });
    expect(parseFrameData(`${NBSP}{"a":1}${BOM}`)).toEqual({ a: 1 });
  });

  it('tells a blank frame from one that is not JSON', () => {
    expect(parseFrameData('')).toBe(BLANK_FRAME);
    expect(parseFrameData(` ${NBSP}\n`)).toBe(BLANK_FRAME);
    expect(parseFrameData('[DONE]')).toBe(NOT_JSON_FRAME);
    expect(parseFrameData(`${NBSP}{"a":`)).toBe(NOT_JSON_FRAME);
  });
});

describe('decoders and whitespace around a frame', () => {
  it('OpenAI wire: text in a no-break-space-wrapped frame, and a spaced [DONE], end cleanly', () => {
    const decoder = createOpenAIChatDecoder({ reasoningTags: false });
    const events: StreamEvent[] = [
      ...decoder.push({ data: `${NBSP}{"choices":[{"index":0,"delta":{"content":"hi"}}]}${NBSP}` }),
      ...decoder.push({ data: `${NBSP}` }),
      ...decoder.push({ data: ' [DONE] ' }),
      ...decoder.end(),
    ];
    expect(events).toEqual([{ type: 'text', delta: 'hi' }]);
  });

  it('Anthropic wire: a BOM-wrapped delta decodes; a frame that is not JSON is quoted trimmed', () => {
    const decoder = createAnthropicMessagesDecoder();
    const delta = '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}}';
    expect(decoder.push({ data: `${BOM}${delta}` })).toEqual([{ type: 'text', delta: 'hi' }]);
    const [error] = decoder.push({ data: `${NBSP}<html>oops${NBSP}` });
    expect(error).toEqual({
      type: 'error',
      error: { kind: 'protocol', message: 'The provider sent a stream frame that is not JSON: <html>oops' },
    });
  });
});
