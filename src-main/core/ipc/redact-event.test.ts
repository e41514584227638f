import { describe, expect, it } from 'vitest';
import type { ColumnEvent, ColumnSummary } from '../../../src-shared/compare.ts';
import type { ArenaEvent } from '../../../src-shared/contract.ts';
import { DEFAULT_SETTINGS } from '../../../src-shared/settings.ts';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { createEventRedactor } from './redact-event.ts';

const KEY = 'CANARY-user-key-0123456789abcdef';

function setup() {
  const secrets = new SecretRegistry();
  secrets.add(KEY);
  return { secrets, redact: createEventRedactor(secrets) };
}

const batch = (events: ColumnEvent[], columnId = 'a'): ArenaEvent => ({
  type: 'compare.batch',
  items: [{ runId: 'run', columnId, events }],
});

const summary = (overrides: Partial<ColumnSummary> = {}): ColumnSummary => ({
  usage: null,
  finishReason: 'stop',
  error: null,
  timing: { ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: false },
  cost: null,
  truncated: false,
  ...overrides,
});

const done = (columnId = 'a', overrides: Partial<ColumnSummary> = {}): ArenaEvent => ({
  type: 'compare.column-done',
  runId: 'run',
  columnId,
  result: summary(overrides),
});

/** What a renderer would show per column and kind after applying these events in order. */
function shown(events: ArenaEvent[]) {
  const text = new Map<string, string>();
  for (const event of events) {
    if (event.type !== 'compare.batch') continue;
    for (const { columnId, events: items } of event.items) {
      for (const item of items) {
        if (item.type !== 'text' && item.type !== 'reasoning') continue;
        const slot = `${columnId}:${item.type}`;
        text.set(slot, (text.get(slot) ?? '') + item.delta);
      }
    }
  }
  return text;
}

describe('every emitted event is scrubbed of known keys', () => {
  it('in every string field of every event type', () => {
    const { redact } = setup();
    const events: ArenaEvent[] = [
      batch([
        { type: 'text', delta: `a ${KEY} b ` },
        { type: 'reasoning', delta: `think ${KEY} ` },
        { type: 'tool-call', call: { id: KEY, name: KEY, arguments: `{"key":"${KEY}"}` } },
        { type: 'error', error: { kind: 'auth', message: `bad ${KEY}`, providerCode: KEY } },
      ]),
      done('a', { error: { kind: 'auth', message: KEY, providerCode: KEY } }),
      {
        type: 'keys.check-progress',
        id: 'k',
        done: 1,
        total: 1,
        key: {
          id: 'k',
          provider: 'minimax',
          label: `pasted ${KEY}`,
          masked: 'sk-cp-…7f3a',
          keyKind: 'token_plan',
          isDefault: true,
          createdAt: '2026-01-01T00:00:00.000Z',
          lastCheck: {
            status: 'invalid',
            message: `rejected ${KEY}`,
            providerCode: KEY,
            latencyMs: 1,
            checkedAt: '2026-01-01T00:00:00.000Z',
            keyKind: 'token_plan',
            plan: { name: KEY, quotas: [{ model: KEY, remaining: 1, total: 2, resetsAt: null }] },
          },
        },
      },
    ];
    const out = events.flatMap(redact);
    expect(JSON.stringify(out)).not.toContain('CANARY');
    expect(JSON.stringify(out)).toContain('a [redacted] b ');
  });

  it('passes an event with nothing to remove through as the same object', () => {
    const { redact } = setup();
    const event = batch([
      { type: 'status', status: { state: 'streaming' } },
      { type: 'model', model: 'MiniMax-M2.7' },
      { type: 'text', delta: 'plain answer. ' },
      { type: 'finish', reason: 'stop' },
    ]);
    expect(redact(event)).toEqual([event]);
    expect(redact(event)[0]).toBe(event);
    const settings: ArenaEvent = {
      type: 'settings.changed',
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
    };
    expect(redact(settings)[0]).toBe(settings);
  });
});

describe('a known key split across batches', () => {
  it('never reaches the renderer in pieces: the start is held until the rest shows it is the key', () => {
    const { redact } = setup();
    const pieces = ['Your key is CANARY-us', 'er-key-0123', '456789abcdef, keep it safe.'];
    const out = [...pieces.map((delta) => batch([{ type: 'text', delta }])), done()].flatMap(redact);
    expect(JSON.stringify(out)).not.toContain('CANARY');
    expect(shown(out).get('a:text')).toBe('Your key is [redacted], keep it safe.');
  });

  it('at every split point, in text and in reasoning alike', () => {
    const full = `before ${KEY} after`;
    for (const kind of ['text', 'reasoning'] as const) {
      for (let cut = 1; cut < full.length; cut++) {
        const { redact } = setup();
        const out = [
          batch([{ type: kind, delta: full.slice(0, cut) }]),
          batch([{ type: kind, delta: full.slice(cut) }]),
          done(),
        ].flatMap(redact);
        expect(JSON.stringify(out)).not.toContain('CANARY');
        expect(shown(out).get(`a:${kind}`)).toBe('before [redacted] after');
      }
    }
  });

  it('text that only begins like a key is released whole when the column ends, before its done event', () => {
    const { redact } = setup();
    const out = [batch([{ type: 'text', delta: 'it ends with CANARY-us' }]), done()].flatMap(redact);
    expect(shown(out).get('a:text')).toBe('it ends with CANARY-us');
    expect(out.at(-1)?.type).toBe('compare.column-done');
  });

  it('keeps each column’s held text apart', () => {
    const { redact } = setup();
    const out = [
      batch([{ type: 'text', delta: 'A: CANARY-user' }], 'a'),
      batch([{ type: 'text', delta: 'B: CANARY-user' }], 'b'),
      batch([{ type: 'text', delta: '-key-0123456789abcdef!' }], 'a'),
      batch([{ type: 'text', delta: '-keys are fun' }], 'b'),
      done('a'),
      done('b'),
    ].flatMap(redact);
    expect(shown(out).get('a:text')).toBe('A: [redacted]!');
    expect(shown(out).get('b:text')).toBe('B: CANARY-user-keys are fun');
  });
});

describe('a batch of several columns', () => {
  it('guards each column’s text on its own, within one batch and across batches', () => {
    const { redact } = setup();
    const twoColumns = (a: string, b: string): ArenaEvent => ({
      type: 'compare.batch',
      items: [
        { runId: 'run', columnId: 'a', events: [{ type: 'text', delta: a }] },
        { runId: 'run', columnId: 'b', events: [{ type: 'text', delta: b }] },
      ],
    });
    const out = [
      twoColumns('A: CANARY-user', 'B: CANARY-user'),
      twoColumns('-key-0123456789abcdef!', '-keys are fun'),
      done('a'),
      done('b'),
    ].flatMap(redact);
    expect(JSON.stringify(out)).not.toContain(KEY);
    expect(shown(out).get('a:text')).toBe('A: [redacted]!');
    expect(shown(out).get('b:text')).toBe('B: CANARY-user-keys are fun');
  });

  it('leaves out a column whose events are all held, and sends the others', () => {
    const { redact } = setup();
    const out = redact({
      type: 'compare.batch',
      items: [
        { runId: 'run', columnId: 'a', events: [{ type: 'text', delta: 'CANARY-us' }] },
        { runId: 'run', columnId: 'b', events: [{ type: 'text', delta: 'hello' }] },
      ],
    });
    expect(out).toEqual([
      {
        type: 'compare.batch',
        items: [{ runId: 'run', columnId: 'b', events: [{ type: 'text', delta: 'hello' }] }],
      },
    ]);
  });

  it('sends nothing for a batch whose every event is held', () => {
    const { redact } = setup();
    expect(redact(batch([{ type: 'reasoning', delta: 'thinking of CANARY' }]))).toEqual([
      batch([{ type: 'reasoning', delta: 'thinking of ' }]),
    ]);
    expect(redact(batch([{ type: 'reasoning', delta: '-user' }]))).toEqual([]);
  });

  it('releases a column’s held text in a batch of its own, just before its column-done', () => {
    const { redact } = setup();
    const out = [batch([{ type: 'text', delta: 'it ends with CANARY-us' }], 'a'), done('a')].flatMap(redact);
    expect(out.map((event) => event.type)).toEqual(['compare.batch', 'compare.batch', 'compare.column-done']);
    expect(out[1]).toEqual(batch([{ type: 'text', delta: 'CANARY-us' }], 'a'));
  });
});

describe('a key’s start held when the output is cut off', () => {
  const NOTE = '\n\n[output truncated at 30 bytes]';
  const network = { kind: 'network' as const, message: 'The connection dropped.' };

  it.each<[string, ArenaEvent[]]>([
    [
      'the output cap (its note follows the finish)',
      [
        batch([
          { type: 'finish', reason: 'length' },
          { type: 'text', delta: NOTE },
        ]),
        done('a', { finishReason: 'length', truncated: true }),
      ],
    ],
    [
      'a length limit',
      [batch([{ type: 'finish', reason: 'length' }]), done('a', { finishReason: 'length' })],
    ],
    [
      'a content filter',
      [batch([{ type: 'finish', reason: 'content_filter' }]), done('a', { finishReason: 'content_filter' })],
    ],
    [
      'an error',
      [
        batch([
          { type: 'error', error: network },
          { type: 'finish', reason: 'error' },
        ]),
        done('a', { finishReason: 'error', error: network }),
      ],
    ],
    [
      'a cancel (no finish event at all)',
      [done('a', { finishReason: 'cancelled', error: { kind: 'cancelled', message: 'Cancelled.' } })],
    ],
  ])('is dropped, never released: %s', (_name, ending) => {
    // The cap's note is text of its own, after the end: it is shown, and releases nothing.
    const note = ending.some(
      (event) =>
        event.type === 'compare.batch' &&
        event.items.some((column) => column.events.some((item) => item.type === 'text')),
    )
      ? NOTE
      : '';
    for (const kind of ['text', 'reasoning'] as const) {
      const { redact } = setup();
      const out = [batch([{ type: kind, delta: 'Your key: CANARY-user-key-01' }]), ...ending].flatMap(redact);
      expect(JSON.stringify(out)).not.toContain('CANARY');
      expect(shown(out).get(`a:${kind}`)).toBe(`Your key: ${kind === 'text' ? note : ''}`);
      expect(out.at(-1)?.type).toBe('compare.column-done');
    }
  });

  it('is released when the provider ends the output itself, before its finish event', () => {
    for (const reason of ['stop', 'tool_calls'] as const) {
      const { redact } = setup();
      const out = [
        batch([{ type: 'text', delta: 'it ends with CANARY-us' }]),
        batch([{ type: 'finish', reason }]),
        done('a', { finishReason: reason }),
      ].flatMap(redact);
      expect(shown(out).get('a:text')).toBe('it ends with CANARY-us');
      const items = out.flatMap((event) =>
        event.type === 'compare.batch' ? event.items.flatMap((column) => column.events) : [],
      );
      expect(items.map((item) => item.type)).toEqual(['text', 'text', 'finish']);
    }
  });
});
