// A provider echoing the key: the result the CLI prints (and cuts to fit) holds none of it, and
// when the output cap cuts the column, the cut leaves none of its first characters behind, neither
// in what the window is sent nor in that result.
import { describe, expect, it } from 'vitest';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { CANARY_KEY, sse, testDeps, textChunk } from '../client/client-test-support.ts';
import { streamColumn } from '../client/stream-column.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { createEventRedactor } from '../ipc/redact-event.ts';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { createCompareOrchestrator } from './orchestrator.ts';

const fake = await fakeProviderForFile();

const BEFORE = 'Your key: ';
const noteFor = (bytes: number) => `\n\n[output truncated at ${bytes} bytes]`;

/** Does `text` end with the beginning of the key (any length short of the whole key)? */
function endsInKeyStart(text: string): boolean {
  for (let length = 1; length < CANARY_KEY.length; length++) {
    if (text.endsWith(CANARY_KEY.slice(0, length))) return true;
  }
  return false;
}

/** One capped run through the real client, its events through the app's redactor. */
async function cappedRun(maxOutputBytes: number) {
  const secrets = new SecretRegistry();
  secrets.add(CANARY_KEY);
  const redact = createEventRedactor(secrets);
  const sent: ArenaEvent[] = [];
  const orchestrator = createCompareOrchestrator({
    emit: (event) => sent.push(...redact(event)),
    maxOutputBytes,
    streamColumn: (column, request, signal, hooks) =>
      streamColumn(column, request, signal, testDeps(), hooks),
  });
  const results = await orchestrator.start({
    prompt: 'What is my key?',
    params: {},
    columns: [{ columnId: 'a', provider: 'custom', model: 'm', baseUrl: `${fake.url}/v1` }],
  }).done;
  const shown = sent
    .flatMap((event) => (event.type === 'compare.batch' ? event.items.flatMap((item) => item.events) : []))
    .map((event) => (event.type === 'text' ? event.delta : ''))
    .join('');
  return { shown, result: results.get('a')! };
}

describe('the output cap cutting through an echoed key', () => {
  it('leaves none of it in the window or in the result, wherever the cut falls', async () => {
    // The key echoed three characters at a time, as a model's tokens would carry it.
    const pieces = CANARY_KEY.match(/.{1,3}/g)!;
    fake.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      body: sse(
        textChunk(BEFORE),
        ...pieces.map(textChunk),
        textChunk(' - keep it safe.'),
        { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
        '[DONE]',
      ),
    });
    for (let inKey = 1; inKey < CANARY_KEY.length; inKey++) {
      const cap = BEFORE.length + inKey;
      const { shown, result } = await cappedRun(cap);
      expect(result.truncated).toBe(true);
      expect(shown).toBe(`${BEFORE}${noteFor(cap)}`);
      // The CLI prints this text, scrubbed of whole keys only.
      expect(result.text).toBe(`${BEFORE}${noteFor(cap)}`);
      expect(endsInKeyStart(result.text.slice(0, -noteFor(cap).length))).toBe(false);
    }
  });

  it('keeps the whole answer up to the cut when no key is being echoed there', async () => {
    fake.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      body: sse(textChunk('The answer is '), textChunk('sk- means secret key.'), '[DONE]'),
    });
    // "sk-" could begin the key, but what follows shows it does not: only a cut inside it is held back.
    const { shown, result } = await cappedRun(20);
    expect(result.text).toBe(`The answer is sk- me${noteFor(20)}`);
    expect(shown).toBe(result.text);
  });

  it('holds no whole key either, wherever the provider echoed it', async () => {
    fake.setHandler({
      method: 'POST',
      path: '/v1/chat/completions',
      body: sse(
        { choices: [{ index: 0, delta: { reasoning_content: `thinking of ${CANARY_KEY}` } }] },
        textChunk(`Your key: ${CANARY_KEY}.`),
        {
          choices: [
            {
              index: 0,
              delta: {
                tool_calls: [
                  { index: 0, id: 'c1', function: { name: 'save', arguments: `{"k":"${CANARY_KEY}"}` } },
                ],
              },
              finish_reason: 'tool_calls',
            },
          ],
        },
        '[DONE]',
      ),
    });
    const { result } = await cappedRun(1024 * 1024);
    expect(result).toMatchObject({
      text: 'Your key: [redacted].',
      reasoning: 'thinking of [redacted]',
      toolCalls: [{ id: 'c1', name: 'save', arguments: '{"k":"[redacted]"}' }],
      truncated: false,
    });
  });
});
