import { describe, expect, it } from 'vitest';
import { AnthropicBlockRecorder, MAX_REPLAY_BLOCKS, RawContentRecorder } from './replay-recorder.ts';

describe('replay budget', () => {
  it('keeps a replay of exactly the budget, and none of one character more', () => {
    const exact = new RawContentRecorder(10);
    exact.add('12345');
    exact.add('67890');
    expect(exact.take()).toStrictEqual([{ type: 'replay', replay: { content: '1234567890' } }]);

    const over = new RawContentRecorder(10);
    over.add('12345');
    over.add('678901');
    expect(over.take()).toStrictEqual([]);
  });

  it('keeps no replay once spent, whatever small pieces come after', () => {
    const recorder = new RawContentRecorder(10);
    recorder.add('x'.repeat(11));
    recorder.add('y');
    expect(recorder.take()).toStrictEqual([]);
  });

  it('keeps no replay once given up on too many blocks, though later blocks fit the budget', () => {
    const recorder = new AnthropicBlockRecorder(1000);
    for (let index = 0; index <= MAX_REPLAY_BLOCKS; index++)
      recorder.start(index, { type: 'text', text: '' });
    recorder.start(MAX_REPLAY_BLOCKS + 1, {
      type: 'thinking',
      thinking: 'Weigh it.',
      signature: 'a'.repeat(64),
    });
    expect(recorder.take()).toStrictEqual([]);
  });
});

describe('Anthropic block recorder bounds', () => {
  it("counts a tool_use block's id and name against the budget", () => {
    const fits = new AnthropicBlockRecorder(14);
    fits.start(0, { type: 'tool_use', id: 'toolu_01', name: 'lookup' });
    expect(fits.take()).toHaveLength(1);
    const over = new AnthropicBlockRecorder(13);
    over.start(0, { type: 'tool_use', id: 'toolu_01', name: 'lookup' });
    expect(over.take()).toStrictEqual([]);
  });

  it('lets a block already counted start again when the block limit is reached', () => {
    const recorder = new AnthropicBlockRecorder();
    for (let index = 0; index < MAX_REPLAY_BLOCKS; index++)
      recorder.start(index, { type: 'redacted_thinking', data: 'd' });
    recorder.start(0, { type: 'redacted_thinking', data: 'e' });
    const [event] = recorder.take();
    const blocks = event?.type === 'replay' ? event.replay.blocks : undefined;
    expect(blocks).toHaveLength(MAX_REPLAY_BLOCKS);
    expect(blocks?.[0]).toStrictEqual({ type: 'redacted_thinking', data: 'e' });
  });
});
