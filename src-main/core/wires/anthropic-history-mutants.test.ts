import { describe, expect, it } from 'vitest';
import { anthropicMessages } from './anthropic-history.ts';

/** The `input` a tool_use block goes back with, when the stream delivered `streamed` as its JSON text. */
function inputSentBack(streamed: string): unknown {
  const [message] = anthropicMessages([
    {
      role: 'assistant',
      content: '',
      replay: { blocks: [{ type: 'tool_use', id: 'toolu_01', name: 'lookup', input: streamed }] },
    },
  ]);
  const content = message?.content as { input: unknown }[];
  return content[0]?.input;
}

describe('a tool_use input going back on the Anthropic wire', () => {
  // The Messages API takes a tool_use block's `input` only as a JSON object: anything else goes back as {}.
  it.each([
    ['null', {}],
    ['"lookup"', {}],
    ['42', {}],
    ['true', {}],
    ['[1, 2]', {}],
    ['{"city": "Par', {}],
    ['', {}],
    ['{"city": "Paris"}', { city: 'Paris' }],
    ['{}', {}],
  ])('sends the streamed text %j back as %j', (streamed, expected) => {
    expect(inputSentBack(streamed)).toStrictEqual(expected);
  });
});
