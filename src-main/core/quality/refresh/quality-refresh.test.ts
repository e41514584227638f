import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../../src-shared/contract.ts';
import type { KeySummary } from '../../../../src-shared/keys.ts';
import type { PriceRow, PriceTable } from '../../../../src-shared/pricing.ts';
import { createTempCore, createTestCore, loopbackHosts, type TempCore } from '../../core-test-support.ts';
import { fakeProviderForFile } from '../../http/http-test-support.ts';
import { createAesGcmCipher } from '../../keys/aes-gcm-cipher.ts';
import { JsonFileStore } from '../../store/json-file-store.ts';
import { aaPayload } from './aa-test-support.ts';

const fake = await fakeProviderForFile();
const KEY = 'aa-canary-key-5d1e9c7b3a';
const CURRENT = '/api/v2/language/models';
const OLDER = '/api/v2/data/llms/models';
const today = () => new Date().toISOString().slice(0, 10);

function coreWithEvents(): TempCore & { events: ArenaEvent[] } {
  const events: ArenaEvent[] = [];
  const temp = createTempCore({
    client: { hosts: loopbackHosts(fake.url) },
    qualityTimeoutMs: 500,
    keyCheckTimeoutMs: 500,
    emit: (event) => events.push(event),
  });
  return { ...temp, events };
}

async function withKey(temp: TempCore): Promise<KeySummary> {
  const added = await temp.call('keys.add', { provider: 'artificialanalysis', key: KEY });
  if (!added.ok) throw new Error(added.error.message);
  return added.value as KeySummary;
}

async function refresh(temp: TempCore): Promise<PriceTable> {
  const result = await temp.call('prices.refreshQuality');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as PriceTable;
}

const row = (table: PriceTable, provider: string, model: string): PriceRow => {
  const found = table.rows.find((entry) => entry.provider === provider && entry.model === model);
  if (!found) throw new Error(`no row ${provider}/${model}`);
  return found;
};

const refreshedScores = (table: PriceTable, provider: string, model: string) =>
  row(table, provider, model).qualityScores.filter((entry) => entry.version.startsWith('fetched '));

describe('Refresh quality scores (Artificial Analysis, with your key)', () => {
  it('installs the scores as their own "fetched on DATE" version, next to the bundled ones, never merged', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue({ path: CURRENT, json: aaPayload() });
    const table = await refresh(temp);
    const version = `fetched ${today()}`;

    expect(table.qualityRefresh).toMatchObject({ state: 'ok', version, models: 6 });
    expect(table.qualityRefresh.message).toContain('unknown version, fetched on');
    expect(table.qualityIndexes).toContainEqual(
      // MiniMax-M2.7, GPT-5 mini and the sample's GLM-5.2 (AA's slug glm-5-2, bundled as z-ai/glm-5.2).
      expect.objectContaining({ index: 'aa-intelligence', version, origin: 'refreshed', measuredModels: 3 }),
    );
    expect(table.qualityIndexes).toContainEqual(
      expect.objectContaining({ index: 'aa-coding', version, origin: 'refreshed', measuredModels: 2 }),
    );
    expect(table.qualityIndexes).toContainEqual(
      expect.objectContaining({ index: 'aa-intelligence', version: 'v4.1' }),
    );
    const m27 = row(table, 'minimax', 'MiniMax-M2.7').qualityScores;
    expect(
      m27.filter((entry) => entry.version === version).map((entry) => [entry.index, entry.score]),
    ).toEqual([
      ['aa-intelligence', 50.5],
      ['aa-coding', 60.25],
    ]);
    // The bundled v4.1 score is still v4.1's own number.
    const bundled = m27.find((entry) => entry.index === 'aa-intelligence' && entry.version === 'v4.1');
    expect(bundled?.score).toBe(38.13);
    expect(refreshedScores(table, 'openai', 'gpt-5-mini')).toEqual([
      expect.objectContaining({
        index: 'aa-intelligence',
        score: 47.25,
        variant: 'high',
        reasoning: true,
        effort: 'high',
      }),
    ]);
  });

  it('sends the key only in x-api-key, only to the Artificial Analysis host, and never shows it', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue({ path: CURRENT, status: 401, json: { error: `invalid key ${KEY}` } });
    const table = await refresh(temp);
    const [request] = fake.requests;
    expect(request?.method).toBe('GET');
    expect(request?.headers['x-api-key']).toBe(KEY);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.path).not.toContain(KEY);
    expect(JSON.stringify(table)).not.toContain(KEY);
    expect(JSON.stringify(temp.events)).not.toContain(KEY);
  });

  it('a 401 says the key was refused and keeps the last good copy', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue(
      { path: CURRENT, json: aaPayload() },
      { path: CURRENT, status: 401, json: { message: 'Invalid API key' } },
    );
    await refresh(temp);
    const table = await refresh(temp);
    expect(table.qualityRefresh.state).toBe('failed');
    expect(table.qualityRefresh.message).toMatch(
      /^Artificial Analysis refused the key \(HTTP 401\): check it on the Keys page/,
    );
    expect(table.qualityRefresh.message).toContain(`Kept the scores fetched on ${today()}`);
    // The window offers the Keys page, as it does when there is no key.
    expect(table.qualityRefresh.keyProblem).toBe(true);
    expect(refreshedScores(table, 'minimax', 'MiniMax-M2.7').map((entry) => entry.score)).toEqual([
      50.5, 60.25,
    ]);
  });

  it('a 403 is the key too', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue({ path: CURRENT, status: 403, json: { message: 'Forbidden' } });
    const table = await refresh(temp);
    expect(table.qualityRefresh).toMatchObject({ state: 'failed', keyProblem: true });
    expect(table.qualityRefresh.message).toMatch(/^Artificial Analysis refused the key \(HTTP 403\)/);
  });

  it.each([
    [
      '429',
      { status: 429, headers: { 'retry-after': '30' }, json: { message: 'Too many requests' } },
      /rate-limiting this key for about 30 s .*1,000 requests a day/,
    ],
    ['500', { status: 500, json: { message: 'boom' } }, /server error \(HTTP 500\): try again later/],
    ['malformed JSON', { body: '{"data": [', headers: { 'content-type': 'application/json' } }, /not JSON/],
    ['no model list', { json: { status: 200, models: [] } }, /no model list/],
    [
      'zero usable models',
      {
        json: {
          data: [{ name: 'x', slug: 'x', evaluations: { artificial_analysis_intelligence_index: 'high' } }],
        },
      },
      /no model with a usable score/,
    ],
    ['a stall before headers', { stallBeforeHeaders: true }, /did not answer within 0.5 s/],
  ])('%s fails with a clear message and keeps the last good copy', async (_name, failure, message) => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue({ path: CURRENT, json: aaPayload() }, { path: CURRENT, ...failure });
    await refresh(temp);
    const table = await refresh(temp);
    expect(table.qualityRefresh.state).toBe('failed');
    expect(table.qualityRefresh.message).toMatch(message);
    expect(table.qualityRefresh.keyProblem).toBe(false);
    expect(refreshedScores(table, 'minimax', 'MiniMax-M2.7').map((entry) => entry.score)).toEqual([
      50.5, 60.25,
    ]);
  });

  it('skips entries with a bad or missing score and installs the rest', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    const payload = aaPayload();
    payload.data.push(
      {
        name: 'Broken',
        slug: 'claude-haiku-4-5',
        evaluations: { artificial_analysis_intelligence_index: 150 },
      },
      { name: 'No slug', evaluations: { artificial_analysis_intelligence_index: 40 } },
      'not an object',
    );
    fake.enqueue({ path: CURRENT, json: payload });
    const table = await refresh(temp);
    expect(table.qualityRefresh.state).toBe('ok');
    expect(table.qualityRefresh.message).toContain('3 entries without a usable score were skipped');
    expect(refreshedScores(table, 'anthropic', 'claude-haiku-4-5')).toEqual([]);
    expect(refreshedScores(table, 'minimax', 'MiniMax-M2.7')).toHaveLength(2);
  });

  it('records the version a payload names, as its own index version', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue({ path: CURRENT, json: aaPayload({ version: 'v4.3.1' }) });
    const table = await refresh(temp);
    expect(table.qualityRefresh.version).toBe('v4.3.1');
    expect(table.qualityIndexes).toContainEqual(
      expect.objectContaining({
        index: 'aa-intelligence',
        version: 'v4.3.1',
        label: 'AA Intelligence v4.3.1',
      }),
    );
    const scores = row(table, 'minimax', 'MiniMax-M2.7').qualityScores;
    expect(
      scores.find((entry) => entry.version === 'v4.3.1' && entry.index === 'aa-intelligence')?.score,
    ).toBe(50.5);
  });

  it("falls back to older clients' path when the current one is 404", async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue(
      { path: CURRENT, status: 404, json: { message: 'Not found' } },
      { path: OLDER, json: aaPayload() },
    );
    const table = await refresh(temp);
    expect(table.qualityRefresh.state).toBe('ok');
    expect(fake.requests.map((request) => request.path)).toEqual([CURRENT, OLDER]);
  });

  it('without a key: no_key, says where to add one, sends nothing', async () => {
    const temp = coreWithEvents();
    const table = await refresh(temp);
    expect(table.qualityRefresh).toMatchObject({ state: 'no_key', keyProblem: true });
    expect(table.qualityRefresh.message).toContain('add one on the Keys page');
    expect(fake.requests).toHaveLength(0);
  });

  it('a new core loads the last good copy from the data folder', async () => {
    const temp = coreWithEvents();
    await withKey(temp);
    fake.enqueue({ path: CURRENT, json: aaPayload() });
    await refresh(temp);
    const again = createTestCore({
      dataDir: temp.dataDir,
      vault: {
        cipher: createAesGcmCipher(Buffer.alloc(32, 1), 'os', 'a test keychain'),
        store: new JsonFileStore(temp.keysFile),
      },
    });
    const listed = await again.router.dispatch('prices.list', undefined, {
      url: 'app://arena/index.html',
      isMainFrame: true,
    });
    if (!listed.ok) throw new Error(listed.error.message);
    const table = listed.value as PriceTable;
    expect(table.qualityRefresh).toMatchObject({ state: 'ok', version: `fetched ${today()}` });
    expect(refreshedScores(table, 'minimax', 'MiniMax-M2.7').map((entry) => entry.score)).toEqual([
      50.5, 60.25,
    ]);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('the Artificial Analysis key', () => {
  it('is checked live with one GET of the model list', async () => {
    const temp = coreWithEvents();
    const key = await withKey(temp);
    fake.enqueue({ path: CURRENT, json: aaPayload() });
    const checked = await temp.call('keys.check', { id: key.id });
    expect(checked.ok && (checked.value as { lastCheck: unknown }).lastCheck).toMatchObject({
      status: 'valid',
      message: 'Valid key: Artificial Analysis lists 6 models with quality scores.',
    });
    expect(fake.requests.map((request) => request.headers['x-api-key'])).toEqual([KEY]);
  });

  it.each([
    [401, 'invalid'],
    [403, 'invalid'],
    [429, 'rate_limited'],
  ])('HTTP %i → %s, and the key is in no message', async (status, expected) => {
    const temp = coreWithEvents();
    const key = await withKey(temp);
    fake.enqueue({ path: CURRENT, status, json: { message: `bad key ${KEY}` } });
    const checked = await temp.call('keys.check', { id: key.id });
    expect(checked.ok && (checked.value as { lastCheck: { status: string } }).lastCheck.status).toBe(
      expected,
    );
    expect(JSON.stringify(checked)).not.toContain(KEY);
  });

  it('is not an LLM provider: not in providers.list nor app.info', async () => {
    const temp = coreWithEvents();
    const providers = await temp.call('providers.list');
    const info = await temp.call('app.info');
    expect(JSON.stringify(providers)).not.toContain('artificialanalysis');
    expect(JSON.stringify(info)).not.toContain('artificialanalysis');
  });
});
