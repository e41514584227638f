import { describe, expect, it } from 'vitest';
import { findImportCandidates } from './env-import.ts';

describe('environment import candidates', () => {
  it('lists keys by provider in precedence order, legacy aliases included, masked', () => {
    const candidates = findImportCandidates({
      MINIMAX_API_KEY: 'sk-api-plain-1111',
      MINIMAX_CODE_PLAN_KEY: 'sk-cp-plan-2222',
      MINIMAX_2_7_API_KEY: 'sk-api-legacy-3333',
      OPENAI_API_KEY: 'sk-proj-openai-4444',
      ANTHROPIC_API_KEY: '   ',
      UNRELATED: 'sk-nope-5555',
    });
    expect(candidates).toEqual([
      { name: 'MINIMAX_CODE_PLAN_KEY', provider: 'minimax', masked: 'sk-cp-…2222', preferred: true },
      { name: 'MINIMAX_API_KEY', provider: 'minimax', masked: 'sk-api-…1111', preferred: false },
      { name: 'MINIMAX_2_7_API_KEY', provider: 'minimax', masked: 'sk-api-…3333', preferred: false },
      { name: 'OPENAI_API_KEY', provider: 'openai', masked: 'sk-proj-…4444', preferred: true },
    ]);
    expect(JSON.stringify(candidates)).not.toContain('plain');
  });
});
