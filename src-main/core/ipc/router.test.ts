import { describe, expect, it } from 'vitest';
import { ArenaErrorException } from './arena-error-exception.ts';
import { createRouter, type RouteHandlers } from './router.ts';
import { createSenderPolicy } from './sender-policy.ts';

// An http origin: trusted by origin under any sender policy (file: pages never are).
const APP = 'http://127.0.0.1:5173/index.html';
const OWN = { url: APP, isMainFrame: true };

function makeRouter(overrides: Partial<RouteHandlers> = {}, logged: string[] = []) {
  // Only the routes these tests call; the router never reaches a handler it was not given here.
  const handlers = {
    'app.info': () => ({
      name: 'BYOK Arena',
      version: '1.0.0',
      host: 'harness',
      platform: 'linux',
      providers: [],
    }),
    'settings.get': () => ({ theme: 'system' }),
    'settings.update': (patch) => ({ theme: patch.theme ?? 'system' }),
    'compare.start': () => ({ runId: 'run-1' }),
    'compare.cancel': () => ({ cancelled: false }),
    ...overrides,
  } as RouteHandlers;
  return createRouter(handlers, {
    isTrustedSender: createSenderPolicy(APP),
    onInternalError: (route, error) => logged.push(`${route}: ${String(error)}`),
  });
}

describe('IPC router', () => {
  it('returns the handler result as data', async () => {
    const result = await makeRouter().dispatch('settings.update', { theme: 'dark' }, OWN);
    expect(result).toEqual({ ok: true, value: { theme: 'dark' } });
  });

  it('answers a malformed payload with invalid_input naming the field', async () => {
    const result = await makeRouter().dispatch('settings.update', { theme: 'purple' }, OWN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid_input');
    expect(result.error.field).toBe('theme');
    expect(result.error.message).toContain('"theme"');
  });

  it('rejects unknown fields and wrong shapes instead of ignoring them', async () => {
    const extra = await makeRouter().dispatch('settings.update', { theme: 'dark', admin: true }, OWN);
    expect(extra).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const notObject = await makeRouter().dispatch('settings.update', 'dark', OWN);
    expect(notObject).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const inputForNoInputRoute = await makeRouter().dispatch('app.info', { x: 1 }, OWN);
    expect(inputForNoInputRoute).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
  });

  it('refuses an unknown route, including prototype names', async () => {
    for (const route of ['keys.steal', '__proto__', 'constructor', 42]) {
      const result = await makeRouter().dispatch(route, undefined, OWN);
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'route' } });
    }
  });

  it('names an unknown route in a short, printable form, however long or strange the name', async () => {
    const huge = `keys.${'x'.repeat(1_000_000)}`;
    const result = await makeRouter().dispatch(huge, undefined, OWN);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'route' } });
    if (result.ok) return;
    expect(result.error.message.length).toBeLessThan(200);
    expect(result.error.message).toContain(`"keys.${'x'.repeat(59)}…"`);

    const strange = await makeRouter().dispatch('keys.\u0000\u001b[2J\nsteal\u202e', undefined, OWN);
    if (strange.ok) throw new Error('an unknown route must be refused');
    expect(strange.error.message).toBe('Unknown route "keys.??[2J?steal?".');
  });

  it('refuses a call from a foreign frame before parsing or handling it', async () => {
    let called = false;
    const router = makeRouter({
      'app.info': () => {
        called = true;
        throw new Error('must not run');
      },
    });
    const foreign = [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: APP, isMainFrame: false },
      { url: 'file:///tmp/other/index.html', isMainFrame: true },
      { url: 'not a url', isMainFrame: true },
    ];
    for (const sender of foreign) {
      const result = await router.dispatch('app.info', undefined, sender);
      expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(called).toBe(false);
  });

  it('validates nested payloads: a compare request with a bad column names the column field', async () => {
    const result = await makeRouter().dispatch(
      'compare.start',
      { prompt: 'hi', params: {}, columns: [{ columnId: 'a', provider: 'nope', model: 'm' }] },
      OWN,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', field: 'columns.0.provider' },
    });
    const tooMany = await makeRouter().dispatch(
      'compare.start',
      {
        prompt: 'hi',
        params: {},
        columns: Array.from({ length: 17 }, (_, index) => ({
          columnId: `c${index}`,
          provider: 'openai',
          model: 'm',
        })),
      },
      OWN,
    );
    expect(tooMany).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'columns' } });
  });

  it('passes an ArenaError thrown by a handler through unchanged', async () => {
    const router = makeRouter({
      'settings.get': () => {
        throw new ArenaErrorException({
          kind: 'auth',
          message: 'Key rejected: replace it on the Keys page.',
        });
      },
    });
    const result = await router.dispatch('settings.get', undefined, OWN);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'auth', message: 'Key rejected: replace it on the Keys page.' },
    });
  });

  it('turns an unexpected exception into a generic internal error and logs the detail', async () => {
    const logged: string[] = [];
    const router = makeRouter(
      {
        'settings.get': () => {
          throw new Error('disk on fire at /home/user/secret-path');
        },
      },
      logged,
    );
    const result = await router.dispatch('settings.get', undefined, OWN);
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('secret-path');
    expect(logged[0]).toContain('disk on fire');
  });

  it('scrubs known keys from every reply: errors, their codes, and ok values at any depth', async () => {
    const key = 'my-secret-key-123';
    const scrubber = {
      text: (text: string) => text.replaceAll(key, '[redacted]'),
      message: (text: string) => text.replaceAll(key, '[redacted]').replaceAll(/sk-\w+/g, '[shape]'),
    };
    let failing = true;
    const router = createRouter(
      {
        'settings.get': () => {
          if (failing) {
            throw new ArenaErrorException({
              kind: 'auth',
              message: `Provider said: bad key ${key} sk-shaped`,
              providerCode: key,
            });
          }
          return { theme: 'system', nested: [{ label: `pasted ${key}`, example: 'sk-shaped' }] };
        },
      } as unknown as RouteHandlers,
      { isTrustedSender: createSenderPolicy(APP), scrubber },
    );
    const failed = await router.dispatch('settings.get', undefined, OWN);
    expect(failed).toEqual({
      ok: false,
      error: {
        kind: 'auth',
        message: 'Provider said: bad key [redacted] [shape]',
        providerCode: '[redacted]',
      },
    });
    failing = false;
    const answered = await router.dispatch('settings.get', undefined, OWN);
    expect(answered).toEqual({
      ok: true,
      value: { theme: 'system', nested: [{ label: 'pasted [redacted]', example: 'sk-shaped' }] },
    });
  });
});
