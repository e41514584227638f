import { describe, expect, it } from 'vitest';
import { KeyDecryptError } from './key-decrypt-error.ts';

describe('KeyDecryptError', () => {
  it('goes by its own name in logs, and tells the user to paste the key again', () => {
    const error = new KeyDecryptError('MiniMax', 'Work');
    expect(error.name).toBe('KeyDecryptError');
    expect(error.message).toMatch(/^The stored MiniMax key "Work" could not be decrypted/);
    expect(error.message).toContain('Paste the key again');
  });
});
