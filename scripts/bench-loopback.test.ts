import { describe, expect, it } from 'vitest';
import { startLoopback, WRITE_SIZE, writeInPieces } from './bench-loopback.ts';

describe('writeInPieces', () => {
  it('sends the whole body and leaves no listener behind after waiting for drains', async () => {
    const body = Buffer.alloc(256 * WRITE_SIZE, 'x');
    const listenersAfter: Record<string, number> = {};
    let drains = 0;
    const server = await startLoopback(async (_request, response) => {
      response.on('drain', () => drains++);
      const before = { close: response.listenerCount('close'), error: response.listenerCount('error') };
      await writeInPieces(response, body);
      listenersAfter.close = response.listenerCount('close') - before.close;
      listenersAfter.error = response.listenerCount('error') - before.error;
    });
    try {
      const response = await fetch(server.url);
      const received = await response.arrayBuffer();
      expect(received.byteLength).toBe(body.length);
      // Only meaningful if the socket pushed back at least once.
      expect(drains).toBeGreaterThan(0);
      expect(listenersAfter).toEqual({ close: 0, error: 0 });
    } finally {
      await server.close();
    }
  });
});
