import { describe, expect, it } from 'vitest';
import { envKeySource, keyEnvNames } from './key-source.ts';

describe('environment key source', () => {
  it('follows the MiniMax precedence: Code Plan key, then Coding key, then the plain key, then legacy names', () => {
    expect(keyEnvNames('minimax')).toEqual([
      'MINIMAX_CODE_PLAN_KEY',
      'MINIMAX_CODING_API_KEY',
      'MINIMAX_API_KEY',
      'MINIMAX_2_7_API_KEY',
    ]);
    expect(
      envKeySource({ MINIMAX_API_KEY: 'sk-api-1', MINIMAX_CODING_API_KEY: 'sk-cp-2' }).keyFor('minimax'),
    ).toBe('sk-cp-2');
    expect(envKeySource({ MINIMAX_2_7_API_KEY: 'sk-api-old' }).keyFor('minimax')).toBe('sk-api-old');
  });

  it('ignores blank values and reports a missing key as undefined', () => {
    expect(envKeySource({ OPENAI_API_KEY: '  ' }).keyFor('openai')).toBeUndefined();
    expect(envKeySource({}).keyFor('anthropic')).toBeUndefined();
  });

  it('ignores a chosen key id: the environment holds one key per provider', () => {
    expect(envKeySource({ OPENAI_API_KEY: 'sk-proj-env' }).keyFor('openai', 'some-stored-key')).toBe(
      'sk-proj-env',
    );
  });
});
