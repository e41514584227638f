import { describe, expect, it } from 'vitest';
import { createAesGcmCipher } from './aes-gcm-cipher.ts';

describe('createAesGcmCipher', () => {
  it('says, by default, that it keeps keys for this session only', () => {
    expect(createAesGcmCipher()).toMatchObject({
      backend: 'memory',
      description: 'this session only (in memory)',
    });
  });

  it.each([16, 31, 33])('refuses a %i-byte key when created, not at first use', (bytes) => {
    expect(() => createAesGcmCipher(Buffer.alloc(bytes))).toThrow('AES-256-GCM needs a 32-byte key');
  });
});
