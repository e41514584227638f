import { describe, expect, it } from 'vitest';
import { abortableSleep } from './abortable-sleep.ts';

describe('abortableSleep', () => {
  it('resolves after the wait', async () => {
    await expect(abortableSleep(1)).resolves.toBeUndefined();
    await expect(abortableSleep(-5, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('rejects with cancelled when aborted before or during the wait', async () => {
    const before = new AbortController();
    before.abort();
    await expect(abortableSleep(10, before.signal)).rejects.toMatchObject({ error: { kind: 'cancelled' } });
    const during = new AbortController();
    const sleeping = abortableSleep(60_000, during.signal);
    during.abort();
    await expect(sleeping).rejects.toMatchObject({ error: { kind: 'cancelled', message: 'Cancelled.' } });
  });
});
