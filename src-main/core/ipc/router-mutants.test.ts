// Router replies the mutation run showed no test read: every error a caller gets must say what
// happened in words (an empty message leaves the user with nothing to act on).
import { describe, expect, it } from 'vitest';
import { createRouter, type RouteHandlers } from './router.ts';
import { createSenderPolicy } from './sender-policy.ts';

const APP = 'http://127.0.0.1:5173/index.html';
const OWN = { url: APP, isMainFrame: true };

function makeRouter(overrides: Partial<RouteHandlers> = {}) {
  const handlers = {
    'settings.update': (patch) => ({ theme: patch.theme ?? 'system' }),
    ...overrides,
  } as RouteHandlers;
  return createRouter(handlers, { isTrustedSender: createSenderPolicy(APP) });
}

async function errorOf(route: unknown, input: unknown, sender = OWN) {
  const result = await makeRouter().dispatch(route, input, sender);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('router error messages', () => {
  it.each([
    [42, 'Unknown route (a number, not a name).'],
    [undefined, 'Unknown route (a undefined, not a name).'],
    [{ route: 'app.info' }, 'Unknown route (a object, not a name).'],
  ])('names the type of a route that is not a string (%s)', async (route, message) => {
    expect(await errorOf(route, {})).toEqual({ kind: 'invalid_input', field: 'route', message });
  });

  it('quotes a 64-character route name whole and cuts a 65-character one with an ellipsis', async () => {
    const sixtyFour = `keys.${'y'.repeat(59)}`;
    expect(sixtyFour).toHaveLength(64);
    expect((await errorOf(sixtyFour, {})).message).toBe(`Unknown route "${sixtyFour}".`);
    expect((await errorOf(`${sixtyFour}z`, {})).message).toBe(`Unknown route "${sixtyFour}…".`);
  });

  it('says the input itself is wrong when the whole payload has the wrong shape', async () => {
    const error = await errorOf('settings.update', 'dark');
    expect(error.field).toBe('');
    // The zod issue for a string where an object belongs names the expected type.
    expect(error.message).toMatch(/^Invalid input: .*object/);
  });

  it('tells a caller from another page that the call was refused, and why', async () => {
    const error = await errorOf('settings.update', {}, { url: 'https://evil.example/', isMainFrame: true });
    expect(error.kind).toBe('forbidden');
    expect(error.message).toMatch(/did not come from the BYOK Arena window/);
  });

  it('names the route that failed unexpectedly and points to the log', async () => {
    const router = makeRouter({
      'settings.update': () => {
        throw new Error('disk full');
      },
    });
    const result = await router.dispatch('settings.update', { theme: 'dark' }, OWN);
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.kind).toBe('internal');
    expect(result.error.message).toContain('"settings.update"');
    expect(result.error.message).toMatch(/log/);
    expect(result.error.message).not.toContain('disk full');
  });
});
