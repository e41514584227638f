import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import {
  closeSharedAgent,
  configureSharedAgent,
  createAgent,
  setSharedDispatcher,
  sharedDispatcher,
} from './agent.ts';
import { openStream, readBodyText } from './stream-request.ts';

afterEach(async () => {
  setSharedDispatcher(undefined);
  await closeSharedAgent();
});

describe('shared agent', () => {
  it('is created lazily, once', () => {
    const first = sharedDispatcher();
    expect(first).toBeInstanceOf(Agent);
    expect(sharedDispatcher()).toBe(first);
  });

  it('is replaced when reconfigured or closed', async () => {
    const first = sharedDispatcher();
    configureSharedAgent({ connectTimeoutMs: 1_000 });
    const second = sharedDispatcher();
    expect(second).not.toBe(first);
    await closeSharedAgent();
    expect(sharedDispatcher()).not.toBe(second);
  });

  it('can be swapped for an injected dispatcher, which openStream then uses', async () => {
    const fake = await startFakeProvider();
    const injected = createAgent();
    let dispatched = 0;
    const counting = injected.compose((dispatch) => (options, handler) => {
      dispatched++;
      return dispatch(options, handler);
    });
    try {
      setSharedDispatcher(counting);
      expect(sharedDispatcher()).toBe(counting);
      fake.enqueue({ json: { ok: 1 } });
      expect(await readBodyText(await openStream({ url: fake.url }))).toBe('{"ok":1}');
      expect(dispatched).toBe(1);
    } finally {
      await injected.close();
      await fake.close();
    }
  });
});
