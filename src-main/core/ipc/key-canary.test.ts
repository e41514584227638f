// The canary scan: providers that echo the user's keys everywhere they can, and the keys must appear
// in no route reply, no event and nowhere in keys.json.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../../e2e/fake-providers/fake-provider-server.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { sse, textChunk } from '../client/client-test-support.ts';
import { createTempCore, loopbackHosts } from '../core-test-support.ts';

// Two keys with no key shape (only the registry of known keys can catch them) and one that has one.
const OPENAI = 'CANARY-openai-0123456789abcdef';
const DEEPSEEK = 'CANARY-deepseek-0123456789abcdef';
const PLAN = 'sk-cp-CANARY-plan-0123456789abcdef';
const ANTHROPIC = 'CANARY-anthropic-0123456789abcdef';
// Text in front of an echo, long enough that where the text is cut to fit, the cut falls in the key.
const padded = (fill: string, length: number, key: string) => `${fill.repeat(length)}${key}`;

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
  // An answer that echoes the key: split across writes far enough apart to land in separate batches,
  // whole in the reasoning, and in a tool call's name and arguments.
  const answer = sse(
    { choices: [{ index: 0, delta: { reasoning_content: `thinking about ${OPENAI}` } }] },
    textChunk(`Your key is ${OPENAI.slice(0, 11)}`),
    textChunk(`${OPENAI.slice(11)}, and again: ${OPENAI}.`),
    {
      choices: [
        {
          index: 0,
          delta: {
            tool_calls: [
              { index: 0, id: 'call_1', function: { name: OPENAI, arguments: `{"key":"${OPENAI}"}` } },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
    },
    '[DONE]',
  );
  const cuts = [answer.indexOf('Your key'), answer.indexOf(OPENAI.slice(11)), answer.indexOf('"tool_calls"')];
  fake.setHandler({
    method: 'POST',
    path: '/v1/chat/completions',
    body: answer,
    splitAt: cuts,
    chunkDelayMs: 60,
  });
  // An error that echoes the key in its message, its code and its type.
  fake.setHandler({
    method: 'POST',
    path: '/chat/completions',
    status: 400,
    json: { error: { message: `Invalid key ${DEEPSEEK}`, code: DEEPSEEK, type: DEEPSEEK } },
  });
  // A stream frame that is not JSON, quoted in the error cut to 120 characters.
  fake.setHandler({
    method: 'POST',
    path: '/v1/messages',
    headers: { 'content-type': 'text/event-stream' },
    body: `data: ${padded('x', 100, ANTHROPIC)}\n\n`,
  });
  // Key checks: an error code, a model list and a plan that echo the key.
  fake.setHandler({
    method: 'GET',
    path: '/v1/models',
    status: 401,
    json: { error: { message: `Incorrect API key provided: ${OPENAI}`, code: OPENAI } },
  });
  fake.setHandler({ method: 'GET', path: '/models', json: { data: [{ id: DEEPSEEK }] } });
  fake.setHandler({
    method: 'GET',
    path: '/user/balance',
    json: { balance_infos: [{ currency: 'USD', total_balance: '1' }] },
  });
  fake.setHandler({
    method: 'GET',
    path: '/v1/token_plan/remains',
    json: {
      base_resp: { status_code: 0 },
      // Plan and model names are cut to 100 characters.
      current_subscribe_title: padded('P', 85, PLAN),
      model_remains: [
        { model_name: `MiniMax ${PLAN}`, current_interval_total_count: 9 },
        { model_name: padded('M', 90, PLAN), current_interval_total_count: 9 },
      ],
    },
  });
});
afterAll(() => fake.close());

function arena() {
  const events: ArenaEvent[] = [];
  const replies: unknown[] = [];
  const {
    call: dispatch,
    columnsDone,
    keysFile,
  } = createTempCore({
    emit: (event) => events.push(event),
    client: { hosts: loopbackHosts(fake.url), retry: { baseDelayMs: 1, maxDelayMs: 2 } },
    keyCheckTimeoutMs: 3000,
  });
  const call = async (route: string, input?: unknown) => {
    const reply = await dispatch(route, input);
    replies.push(reply);
    return reply;
  };
  return { call, events, replies, keysFile, columnsDone };
}

/** The text a window would show per column: every text delta, in order. */
function shownText(events: ArenaEvent[], columnId: string): string {
  return events
    .flatMap((event) => (event.type === 'compare.batch' ? event.items : []))
    .filter((item) => item.columnId === columnId)
    .flatMap((item) => item.events)
    .map((item) => (item.type === 'text' ? item.delta : ''))
    .join('');
}

describe('keys echoed by providers', () => {
  it('appear in no route reply, no event, and not in keys.json on disk', async () => {
    const { call, events, replies, keysFile, columnsDone } = arena();
    for (const [provider, key] of [
      ['openai', OPENAI],
      ['deepseek', DEEPSEEK],
      ['minimax', PLAN],
      ['anthropic', ANTHROPIC],
    ] as const) {
      // One label is the key itself, pasted into the wrong field.
      const label = provider === 'openai' ? `pasted ${OPENAI}` : undefined;
      expect(await call('keys.add', { provider, key, ...(label ? { label } : {}) })).toMatchObject({
        ok: true,
      });
    }
    const listed = (await call('keys.list')) as { ok: true; value: { id: string }[] };
    for (const { id } of listed.value) await call('keys.check', { id });
    await call('keys.checkAll');
    await call('keys.status');

    await call('compare.start', {
      prompt: 'What is my key?',
      params: {},
      columns: [
        { columnId: 'echo', provider: 'openai', model: 'gpt-5-mini' },
        { columnId: 'error', provider: 'deepseek', model: 'deepseek-chat' },
        { columnId: 'not-json', provider: 'anthropic', model: 'claude-sonnet-4-5' },
      ],
    });
    await columnsDone(3);

    // The providers did get the keys, and did send them back.
    const sent = fake.requests.map((request) => request.headers.authorization);
    expect(sent).toContain(`Bearer ${OPENAI}`);
    expect(sent).toContain(`Bearer ${DEEPSEEK}`);
    expect(fake.requests.some((request) => request.headers['x-api-key'] === ANTHROPIC)).toBe(true);
    expect(shownText(events, 'echo')).toBe('Your key is [redacted], and again: [redacted].');
    const notJson = events.find(
      (event) => event.type === 'compare.column-done' && event.columnId === 'not-json',
    );
    expect(notJson?.type === 'compare.column-done' && notJson.result.error?.message).toContain(
      `not JSON: ${'x'.repeat(100)}[redacted]`,
    );

    const stored = readFileSync(keysFile);
    const everything = [JSON.stringify(replies), JSON.stringify(events), stored.toString('utf8')];
    for (const text of everything) {
      for (const secret of [OPENAI, DEEPSEEK, PLAN, ANTHROPIC, 'CANARY']) expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(events)).toContain('tool-call');
    expect(JSON.stringify(replies)).toContain('[redacted]');
  });
});
