import { Agent, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './fake-provider-server.ts';
import { epochNow, type PacedPlayback, playPaced } from './paced-stream.ts';

let fake: FakeProvider;
let agent: Agent;

beforeEach(async () => {
  fake = await startFakeProvider();
  agent = new Agent();
});
afterEach(async () => {
  await agent.close();
  await fake.close();
});

const FRAMES = Array.from({ length: 12 }, (_, index) => `data: frame ${index}\n\n`);
const INTERVAL_MS = 5;

/** Serves FRAMES at the pace and hands back the playback of the one request. */
function servePaced(): Promise<{ playback: PacedPlayback; startedAt: number }> {
  return new Promise((resolve) => {
    fake.setHandler({
      handle: (_request, res) => {
        const startedAt = epochNow();
        const playback = playPaced(res, { frames: FRAMES, intervalMs: INTERVAL_MS });
        resolve({ playback, startedAt });
        return playback.finished.then(() => {});
      },
    });
  });
}

describe('playPaced', () => {
  it('writes every frame in order, none before its turn, each received after the time it records', async () => {
    const served = servePaced();
    const response = await request(`${fake.url}/v1/chat/completions`, { method: 'POST', dispatcher: agent });
    const receivedAt: number[] = [];
    let text = '';
    for await (const chunk of response.body) {
      const now = epochNow();
      text += Buffer.from(chunk as Uint8Array).toString('utf8');
      while (receivedAt.length < FRAMES.length && text.includes(FRAMES[receivedAt.length]!)) {
        receivedAt.push(now);
      }
    }
    const { playback, startedAt } = await served;

    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(text).toBe(FRAMES.join(''));
    expect(await playback.finished).toBe(FRAMES.length);
    const written = [...playback.writtenAt];
    for (const [index, at] of written.entries()) {
      // One clock on both sides: a frame cannot arrive before it was written, nor be written early.
      expect(at).toBeGreaterThanOrEqual(startedAt + index * INTERVAL_MS);
      expect(receivedAt[index]).toBeGreaterThanOrEqual(at);
    }
  });

  it('stops writing when the client goes away, leaving unwritten frames unstamped', async () => {
    const served = servePaced();
    const controller = new AbortController();
    const response = await request(`${fake.url}/v1/chat/completions`, {
      method: 'POST',
      dispatcher: agent,
      signal: controller.signal,
    });
    let text = '';
    await expect(
      (async () => {
        for await (const chunk of response.body) {
          text += Buffer.from(chunk as Uint8Array).toString('utf8');
          if (text.includes(FRAMES[2]!)) controller.abort();
        }
      })(),
    ).rejects.toThrow();
    const { playback } = await served;

    const written = await playback.finished;
    expect(written).toBeGreaterThanOrEqual(3);
    expect(written).toBeLessThan(FRAMES.length);
    expect(playback.writtenAt.slice(0, written).every(Number.isFinite)).toBe(true);
    expect(playback.writtenAt.slice(written).every(Number.isNaN)).toBe(true);
  });
});

describe('epochNow', () => {
  it('reads milliseconds since the Unix epoch with sub-millisecond precision', () => {
    const before = Date.now();
    const now = epochNow();
    const after = Date.now();
    expect(now).toBeGreaterThanOrEqual(before - 1);
    expect(now).toBeLessThanOrEqual(after + 1);
    expect(Number.isInteger(now)).toBe(false);
  });
});
