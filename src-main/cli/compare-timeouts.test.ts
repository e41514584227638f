// compare's stream time limits from the command line: a whole-request limit and a limit on time
// without a decoded event, each reported as a timeout with the partial answer kept.
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../core/http/http-test-support.ts';
import { compareOneArgs, runCliCaptured } from './cli-test-support.ts';

const KEYS = { OPENAI_API_KEY: 'sk-test-openai-123456' };
const delta = (content: string) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const PARTIAL = delta('The partial answer');
const KEEP_ALIVE = ': keep-alive\n\n';
/** Write offsets: the first piece whole, then one piece of `size` bytes after another. */
const piecesAfter = (first: number, size: number, count: number) =>
  Array.from({ length: count }, (_, index) => first + index * size);

const fake = await fakeProviderForFile();

const compare = (...extra: string[]) => compareOneArgs('openai/gpt-4o', fake.url, '--json', ...extra);

async function timedOutColumn(argv: string[]) {
  const { code, out } = await runCliCaptured(argv, KEYS);
  expect(code).toBe(1);
  const [column] = JSON.parse(out);
  expect(column.error.kind).toBe('timeout');
  expect(column.text).toMatch(/^The partial answer/);
  return column.error.message as string;
}

describe('compare --request-timeout and --event-timeout', () => {
  it('--event-timeout stops a stream that goes silent after part of an answer', async () => {
    fake.setHandler({ body: PARTIAL, stallAfterBytes: PARTIAL.length });
    const message = await timedOutColumn(compare('--event-timeout', '1'));
    expect(message).toContain('sent no answer for 1 s');
  });

  it('--event-timeout is not reset by keep-alive comments', async () => {
    fake.setHandler({
      body: `${PARTIAL}${KEEP_ALIVE.repeat(1_000)}`,
      splitAt: piecesAfter(PARTIAL.length, KEEP_ALIVE.length, 1_000),
      chunkDelayMs: 100,
    });
    const message = await timedOutColumn(compare('--event-timeout', '1'));
    expect(message).toContain('sent no answer for 1 s');
  });

  it('--request-timeout stops an answer that keeps coming past the limit', async () => {
    const more = delta(' and more');
    fake.setHandler({
      body: `${PARTIAL}${more.repeat(1_000)}`,
      splitAt: piecesAfter(PARTIAL.length, more.length, 1_000),
      chunkDelayMs: 50,
    });
    const message = await timedOutColumn(compare('--request-timeout', '1', '--event-timeout', '3600'));
    expect(message).toContain('took longer than 1 s');
  });

  it('the help names both, with their defaults', async () => {
    const { code, out } = await runCliCaptured(['compare', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('[--request-timeout SECONDS]');
    expect(out).toContain('[--event-timeout SECONDS]');
    expect(out).toMatch(/--request-timeout\b.*default 600/);
    expect(out).toMatch(/--event-timeout\b.*default 120/);
  });
});
