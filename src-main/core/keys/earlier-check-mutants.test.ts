import { describe, expect, it } from 'vitest';
import { checkFromEarlierVersion } from './earlier-check.ts';

const OWN_FIELDS = { latencyMs: 80, checkedAt: '2026-01-01T00:00:00.000Z', keyKind: 'standard' };

describe('checkFromEarlierVersion', () => {
  it('keeps a known status, with words that send the user to check again', () => {
    expect(
      checkFromEarlierVersion({ ...OWN_FIELDS, status: 'wrong_region', message: 'provider text' }),
    ).toEqual({
      ...OWN_FIELDS,
      status: 'wrong_region',
      message: 'Checked by an earlier version of BYOK Arena. Check the key again to see the details.',
    });
  });

  // The statuses a check can have (src-shared/keys.ts KeyCheckStatus); anything else clears the check.
  it.each(['bogus', 'toString', '__proto__', '', 7, null])('clears a check whose status is %j', (status) => {
    expect(checkFromEarlierVersion({ ...OWN_FIELDS, status })).toBeNull();
  });
});
