// Cases of the streamed-text guard the mutation run showed no other test checked. Expectations are
// written from the redactor's contract (what the renderer may see), not from its output.

import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ColumnEvent } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { createEventRedactor } from './redact-event.ts';

// A MiniMax Token Plan key: "`sk-cp-…` = Token Plan / Coding Plan subscription key"
// (PROVIDERS.md, MiniMax, "Key kinds"). The rest of it is made up.
const KEY = 'sk-cp-Zq8vN2rT5wX1yB4mK7pL0sD3fG6hJ9cV';

function setup() {
  const secrets = new SecretRegistry();
  secrets.add(KEY);
  return createEventRedactor(secrets);
}

const batch = (events: ColumnEvent[], columnId = 'a', runId = 'run'): ArenaEvent => ({
  type: 'compare.batch',
  items: [{ runId, columnId, events }],
});

const done = (columnId = 'a', runId = 'run'): ArenaEvent => ({
  type: 'compare.column-done',
  runId,
  columnId,
  result: {
    usage: null,
    finishReason: 'stop',
    error: null,
    timing: { ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: false },
    cost: null,
    truncated: false,
  },
});

/** Everything the renderer would show, per kind, after these events in order. */
function shown(redact: (event: ArenaEvent) => ArenaEvent[], events: ArenaEvent[]) {
  const text = { text: '', reasoning: '' };
  for (const event of events.flatMap(redact)) {
    if (event.type !== 'compare.batch') continue;
    for (const item of event.items.flatMap((entry) => entry.events)) {
      if (item.type === 'text' || item.type === 'reasoning') text[item.type] += item.delta;
    }
  }
  return text;
}

describe('held-back text at the end of an output', () => {
  it('releases held reasoning, like held text, when the output finishes complete', () => {
    const result = shown(setup(), [
      batch([
        { type: 'reasoning', delta: 'the user pasted sk-cp-Zq' },
        { type: 'text', delta: 'answer sk-cp' },
      ]),
      batch([{ type: 'finish', reason: 'stop' }]),
    ]);
    expect(result).toEqual({ reasoning: 'the user pasted sk-cp-Zq', text: 'answer sk-cp' });
  });

  it.each<[string, ColumnEvent]>([
    ['model', { type: 'model', model: 'MiniMax-M2' }],
    ['status', { type: 'status', status: { state: 'streaming' } }],
    [
      'usage',
      {
        type: 'usage',
        usage: {
          inputTokens: 3,
          outputTokens: 4,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          reasoningTokens: 0,
        },
      },
    ],
  ])('keeps holding text across a %s event: only a finish or an error ends the output', (_, between) => {
    const result = shown(setup(), [
      batch([{ type: 'text', delta: 'a sk-cp' }]),
      batch([between]),
      batch([{ type: 'text', delta: '-like prefix' }]),
      batch([{ type: 'finish', reason: 'stop' }]),
    ]);
    expect(result.text).toBe('a sk-cp-like prefix');
  });

  it('drops what is held at an error, so text main adds afterwards cannot complete a key', () => {
    const redact = setup();
    const afterError = KEY.slice(10);
    const result = shown(redact, [
      batch([{ type: 'text', delta: `leaked ${KEY.slice(0, 10)}` }]),
      batch([{ type: 'error', error: { kind: 'network', message: 'The connection was reset.' } }]),
      batch([{ type: 'text', delta: afterError }]),
    ]);
    expect(result.text).toBe(`leaked ${afterError}`);
  });
});

describe('what the redactor sends', () => {
  it('passes an event that needs no change as the same object, even in a batch that changed', () => {
    const plain: ColumnEvent = { type: 'text', delta: 'nothing secret here. ' };
    const [out] = setup()(batch([plain, { type: 'model', model: `echo ${KEY}` }]));
    if (out?.type !== 'compare.batch') throw new Error('expected a batch');
    expect(out.items[0]?.events[0]).toBe(plain);
    expect(out.items[0]?.events[1]).toEqual({ type: 'model', model: 'echo [redacted]' });
  });

  it('sends only the column-done event when nothing was held for the column', () => {
    const redact = setup();
    redact(batch([{ type: 'text', delta: 'plain answer.' }]));
    expect(redact(done())).toEqual([done()]);
    expect(redact(done('never-streamed'))).toEqual([done('never-streamed')]);
  });
});

describe('memory', () => {
  it('keeps no state for columns with nothing held, once released, or once done', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const redact = setup();
    const columns = 30_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let index = 0; index < columns; index++) {
      // Never held anything.
      redact(batch([{ type: 'text', delta: 'plain. ' }], `plain-${index}`));
      // Held a possible key start, then the next piece showed no key followed.
      redact(batch([{ type: 'text', delta: 'a sk-c' }], `released-${index}`));
      redact(batch([{ type: 'text', delta: 'ool idea. ' }], `released-${index}`));
      // Held a possible key start when the column ended.
      redact(batch([{ type: 'text', delta: 'a sk-c' }], `done-${index}`));
      redact(done(`done-${index}`));
    }
    gc();
    const perColumn = (process.memoryUsage().heapUsed - before) / (3 * columns);
    // A remembered column costs its id string, a { text, reasoning } record and a Map entry:
    // well over 50 bytes each.
    expect(perColumn).toBeLessThan(10);
    expect(redact(done('plain-0'))).toEqual([done('plain-0')]);
  });
});
