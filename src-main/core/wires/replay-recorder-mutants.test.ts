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
