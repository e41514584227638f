import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeProviderForFile } from '../core/http/http-test-support.ts';
import { compareOneArgs, runCliCaptured } from './cli-test-support.ts';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');
const WITH_USAGE = join(FIXTURES, 'openai/stream-text-include-usage-02.sse');
const KEYS = { OPENAI_API_KEY: 'sk-test-openai-123456', DEEPSEEK_API_KEY: 'sk-test-deepseek-123456' };

/** An OpenAI-wire stream whose answer is `text`, in one delta, with usage. */
function answerStream(text: string): string {
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const usage = { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 };
  return `${chunk({ role: 'assistant', content: text }, null)}${chunk({}, 'stop')}data: ${JSON.stringify({ choices: [], usage })}\n\ndata: [DONE]\n\n`;
}

/** The table: from the header line to the first blank line. */
function tableOf(out: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((line) => /^#\s+model\s/.test(line));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

const fake = await fakeProviderForFile();

describe('arena compare, as a person reads it', () => {
  it('has cost, total time, TTFT, tok/s and tokens for each model, within 100 columns', async () => {
    fake.setHandler({ file: WITH_USAGE });
    const longModel = `a-very-long-self-hosted-model-name-${'x'.repeat(60)}`;
    const { code, out } = await runCliCaptured(
      [
        'compare',
        '--prompt',
        'Capital of the UK?',
        '--model',
        'deepseek/deepseek-v4-flash',
        '--model',
        `custom/${longModel}`,
        '--base-url',
        `deepseek=${fake.url}`,
        '--base-url',
        `custom=${fake.url}/v1`,
      ],
      KEYS,
    );
    expect(code).toBe(0);
    const table = tableOf(out);
    expect(table[0]).toMatch(/^#\s+model\s+finish\s+cost\s+time\s+TTFT\s+tok\/s\s+in\/out$/);
    for (const line of table) expect(line.length).toBeLessThanOrEqual(100);
    // 78 input tokens × $0.30/M + 9 output tokens × $1.20/M (DeepSeek's list price for V4 Flash).
    expect(table[1]).toMatch(
      /^1\s+deepseek\/deepseek-v4-flash\s+stop\s+\$0\.0000342\s+\d+ ms\s+\d+ ms\s+\S+\s+78\/9$/,
    );
    // An unpriced model says so; its long name is cut in the table, with an ellipsis…
    expect(table[2]).toMatch(/^2\s+custom\/a-very-long-self-hosted-model-name-x+…\s+stop\s+unknown\s/);
    expect(out).toMatch(/^2 models in \d+ ms; cost \$0\.0000342 \(\+ 1 unknown\)\.$/m);
    // …and is whole above its answer.
    expect(out).toContain(`custom/${longModel}`);
    expect(out).not.toContain('~');
    expect(out).not.toContain('estimated');
  });

  it('prints each answer in full below the table; --brief prints its first lines and an ellipsis', async () => {
    const lines = Array.from(
      { length: 12 },
      (_, index) => `Line ${index + 1}: ${'word '.repeat(30).trim()}.`,
    );
    const answer = lines.join('\n');
    fake.setHandler({ body: answerStream(answer) });
    const argv = compareOneArgs('openai/gpt-4o', fake.url);

    const full = await runCliCaptured(argv, KEYS);
    expect(full.code).toBe(0);
    expect(full.out).toContain(answer);

    const brief = await runCliCaptured([...argv, '--brief'], KEYS);
    expect(brief.out).toContain(lines[0]!.slice(0, 80));
    expect(brief.out).not.toContain('Line 4:');
    expect(brief.out).toContain('…');
    for (const line of brief.out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('explains ~ only when something is estimated (no usage reported: tokens from characters)', async () => {
    fake.setHandler({
      file: join(FIXTURES, 'openai/stream-text-no-usage-04.sse'),
      chunkSize: 40,
      chunkDelayMs: 5,
    });
    const { out } = await runCliCaptured(compareOneArgs('openai/gpt-4o', fake.url), KEYS);
    expect(tableOf(out)[1]).toMatch(/\s\d+(\.\d)?~\s+—$/);
    expect(out).toContain('~ tok/s is estimated from characters: the provider reported no usage.');
  });

  it('prices a China-region MiniMax answer in CNY, with the USD estimate marked', async () => {
    fake.setHandler({ file: join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse') });
    const china = compareOneArgs('minimax/MiniMax-M2.7', fake.url, '--region', 'minimax=china');
    const { code, out } = await runCliCaptured(china, { MINIMAX_API_KEY: 'sk-api-test-minimax-123456' });
    expect(code).toBe(0);
    // (767 − 443) × ¥2.1/M + 443 × ¥0.42/M + 172 × ¥8.4/M = ¥0.00231126, at 7.1 CNY per USD ≈ $0.0003255.
    expect(tableOf(out)[1]).toContain('¥0.002311 (~$0.0003255)');
    expect(out).toContain('~ cost is estimated');

    const json = await runCliCaptured([...china, '--json'], {
      MINIMAX_API_KEY: 'sk-api-test-minimax-123456',
    });
    const [row] = JSON.parse(json.out);
    expect(row.cost).toMatchObject({ estimated: true, billed: { currency: 'CNY', amount: 0.00231126 } });
    expect(row.cost.usd).toBeCloseTo(0.00231126 / 7.1, 12);
  });

  it('keeps terminal control sequences in provider text from reaching the terminal', async () => {
    fake.setHandler({ body: answerStream('safe \u001b]0;pwned\u0007 text \u001b[2J done\u202e') });
    const { out } = await runCliCaptured(compareOneArgs('openai/gpt-4o', fake.url), KEYS);
    expect(out).toContain('safe');
    expect(out).toContain('done');
    for (const unsafe of ['\u001b', '\u0007', '\u202e']) expect(out).not.toContain(unsafe);
  });
});
