import { describe, expect, it } from 'vitest';
import {
  anthropicText,
  buildTranscript,
  openAiChatText,
  readWholeTranscript,
  sseFrames,
} from './bench-transcript.ts';

const chunk = (content: string | null) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: content === null ? {} : { content } }] })}`;

const fixture = [
  chunk(''),
  chunk('Hel'),
  ': keep-alive',
  chunk('lo'),
  chunk(null),
  `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 1 } })}`,
  'data: [DONE]',
].join('\n\n');

describe('buildTranscript', () => {
  it('repeats the span from the first to the last text frame, keeping what comes before and after', () => {
    const transcript = buildTranscript(`${fixture}\n\n`, openAiChatText, 5);
    const frames = sseFrames(transcript.body.toString());
    // 2 text frames in the span, so 3 repeats of [Hel, keep-alive, lo] give 6 ≥ 5 text events.
    const span = [chunk('Hel'), ': keep-alive', chunk('lo')];
    expect(frames).toEqual([chunk(''), ...span, ...span, ...span, ...frames.slice(-3)]);
    expect(frames.slice(-3)).toEqual([chunk(null), expect.stringContaining('usage'), 'data: [DONE]']);
    expect(transcript.textEvents).toBe(6);
    expect(transcript.textLength).toBe(15);
    expect(transcript.body.toString().endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('refuses a fixture without text', () => {
    expect(() => buildTranscript('data: [DONE]\n\n', openAiChatText, 1)).toThrow(/no frame carrying text/);
  });
});

describe('frame text readers', () => {
  it('read Anthropic text deltas and nothing else', () => {
    expect(anthropicText({ type: 'content_block_delta', delta: { type: 'text_delta', text: 'hi' } })).toBe(
      'hi',
    );
    expect(
      anthropicText({ type: 'content_block_delta', delta: { type: 'thinking_delta', thinking: 'x' } }),
    ).toBe(null);
    expect(anthropicText(null)).toBe(null);
  });
});

describe('readWholeTranscript', () => {
  const transcript = { body: Buffer.from('0123456789'), textEvents: 4, textLength: 7 };

  it('accepts a tally that agrees on everything the client could tell', () => {
    expect(readWholeTranscript({ bytes: 10, textEvents: 4, textLength: 7 }, transcript)).toBe(true);
    expect(readWholeTranscript({ bytes: null, textEvents: null, textLength: 7 }, transcript)).toBe(true);
  });

  it('refuses one that read other bytes, another event count or another text length', () => {
    expect(readWholeTranscript({ bytes: 9, textEvents: null, textLength: null }, transcript)).toBe(false);
    expect(readWholeTranscript({ bytes: null, textEvents: 5, textLength: 7 }, transcript)).toBe(false);
    expect(readWholeTranscript({ bytes: null, textEvents: 4, textLength: 6 }, transcript)).toBe(false);
  });
});
