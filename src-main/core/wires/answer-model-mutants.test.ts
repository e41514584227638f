import { describe, expect, it } from 'vitest';
import { AnswerModel, answeringModel } from './answer-model.ts';

describe('answeringModel', () => {
  // A model id of blanks shows nothing in a window: it counts as no model at all.
  it.each([' ', '   ', '\t', ' \n '])('turns the blank model id %j into none', (blank) => {
    expect(answeringModel(blank)).toBeNull();
    expect(new AnswerModel().report(blank)).toEqual([]);
  });

  it('keeps a model id with a space inside as it is', () => {
    expect(answeringModel('MiniMax M2.7')).toBe('MiniMax M2.7');
  });
});

describe('AnswerModel', () => {
  it('reports a model once, again when it changes, and not when it repeats', () => {
    const answer = new AnswerModel();
    const reports = ['m1', 'm1', 'm2', 'm2', 'm1'].flatMap((model) => answer.report(model));
    expect(reports).toStrictEqual([
      { type: 'model', model: 'm1' },
      { type: 'model', model: 'm2' },
      { type: 'model', model: 'm1' },
    ]);
  });
});
