// Shared by the tests that speak HTTP: errors of the HTTP layer, and a loopback fake provider.
import { afterAll, beforeEach, expect } from 'vitest';
import {
  type FakeProvider,
  type FakeRoute,
  startFakeProvider,
} from '../../../e2e/fake-providers/fake-provider-server.ts';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { type SseFrame, SseFrameReader, type SseFramesOptions } from './sse-frames.ts';

/** Awaits `promise`, expecting it to reject with an ArenaErrorException, and returns its error. */
export async function arenaErrorOf(promise: Promise<unknown>): Promise<ArenaError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ArenaErrorException);
    return (error as ArenaErrorException).error;
  }
  throw new Error('expected a failure');
}

/**
 * A fake provider on loopback for the calling test file (call it at the top level): it starts now,
 * forgets its routes and requests before each test, then takes the `standing` routes again, and
 * closes after the file.
 */
export async function fakeProviderForFile(...standing: FakeRoute[]): Promise<FakeProvider> {
  const fake = await startFakeProvider();
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    for (const route of standing) fake.setHandler(route);
  });
  return fake;
}

/**
 * SseFrameReader over a byte stream, the way the client's reading loop drives it: the frames each
 * chunk completes as one array (never an empty one); errors from `body` propagate after every frame
 * completed before them.
 */
export async function* sseFrames(
  body: AsyncIterable<Uint8Array>,
  options: SseFramesOptions = {},
): AsyncGenerator<SseFrame[], void, undefined> {
  const reader = new SseFrameReader(options);
  for await (const chunk of body) {
    const frames = reader.push(chunk);
    if (frames.length > 0) yield frames;
    reader.throwIfOverflowed();
  }
  const frames = reader.end();
  if (frames.length > 0) yield frames;
  reader.throwIfOverflowed();
}
