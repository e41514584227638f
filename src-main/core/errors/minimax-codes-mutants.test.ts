// MiniMax facts from PROVIDERS.md (MiniMax, "Errors arrive in four shapes"): "the numeric code is only
// the (NNNN) at the end of the message"; the base Token Plan answers models it does not cover with
// "Token Plan Starter (0/0 used)".
import { describe, expect, it } from 'vitest';
import { isTokenPlanCoverageMessage, minimaxCodeFromMessage } from './minimax-codes.ts';

describe('minimaxCodeFromMessage', () => {
  it.each([
    ['invalid api key (1004)', 1004],
    ['insufficient balance (1008)  ', 1008],
    ['insufficient balance (1008)\n', 1008],
    ['code (1008) was returned for request 12', undefined],
    ['insufficient balance (1008)abc', undefined],
    ['insufficient balance (1008).', undefined],
  ])('%j → %s', (message, code) => {
    expect(minimaxCodeFromMessage(message)).toBe(code);
  });
});

describe('isTokenPlanCoverageMessage', () => {
  it.each(['Token Plan Starter (0/0 used)', 'Token Plan Plus (120/0 used)'])(
    '%j: the plan allows none of this model',
    (message) => {
      expect(isTokenPlanCoverageMessage(message)).toBe(true);
    },
  );

  it('a plan with an allowance left is not a coverage error', () => {
    expect(isTokenPlanCoverageMessage('Token Plan Starter (12/100 used)')).toBe(false);
  });
});
