import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../../../src-shared/plan.ts';
import { exportChoice } from './export-request.ts';

const m27 = { provider: 'minimax' as const, model: 'MiniMax-M2.7' };
const flash = { provider: 'deepseek' as const, model: 'deepseek-v4-flash' };
const measured = (ref: typeof m27 | typeof flash) => ({
  ...ref,
  inputTokens: 300,
  outputTokens: 200,
  cacheHitShare: 0,
  reasoningShare: 0.5,
  answers: 1,
});

describe('exportChoice', () => {
  it('exports typed tokens as typed', () => {
    expect(exportChoice(DEFAULT_WORKLOAD, [m27], { kind: 'hand' })).toEqual({
      workload: DEFAULT_WORKLOAD,
      basedOn: undefined,
    });
  });

  it('exports one measured model at its measured tokens', () => {
    const choice = exportChoice(DEFAULT_WORKLOAD, [m27], {
      kind: 'playground',
      measured: [measured(m27)],
      prompt: 'Hi',
    });
    expect(choice.workload).toMatchObject({
      inputTokens: 300,
      outputTokens: 200,
      reasoningShare: 0.5,
      turns: 1,
    });
    expect(choice.basedOn).toMatch(/^the Playground run "Hi"/);
  });

  it('says plainly when several measured models had to be exported at the typed tokens', () => {
    const choice = exportChoice(DEFAULT_WORKLOAD, [m27, flash], {
      kind: 'history',
      measured: [measured(m27), measured(flash)],
      runs: 2,
    });
    expect(choice.workload).toEqual(DEFAULT_WORKLOAD);
    expect(choice.basedOn).toMatch(/^The report’s figures use the typed tokens per request/);
    expect(choice.basedOn?.length).toBeLessThanOrEqual(500);
  });
});
