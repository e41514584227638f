import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../e2e/fake-providers/fake-provider-server.ts';
import { compareOneArgs, runCliCaptured } from './cli-test-support.ts';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');

const cli = runCliCaptured;

describe('arena replay', () => {
  it('replays a MiniMax stream through the real client and prints the decoded result as JSON', async () => {
    const file = join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse');
    const { code, out } = await cli([
      'replay',
      file,
      '--provider',
      'minimax',
      '--model',
      'MiniMax-M2.7',
      '--json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      finishReason: 'stop',
      toolCalls: [],
      usage: {
        inputTokens: 767,
        outputTokens: 172,
        cacheReadTokens: 443,
        cacheWriteTokens: 0,
        reasoningTokens: 25,
      },
      cost: { source: 'curated' },
      error: null,
    });
    // (767 − 443) × 0.30/M + 443 × 0.06/M + 172 × 1.20/M
    expect(report.cost.usd).toBeCloseTo(330.18e-6, 12);
    expect(report.text.startsWith('**Proof.**')).toBe(true);
    expect(report.reasoning).toContain('sum of two odd numbers');
    expect(report.timing.totalMs).toBeGreaterThanOrEqual(report.timing.ttftMs);
  });

  it('exits 0 and reports the error when the replayed body is an error', async () => {
    const file = join(FIXTURES, 'anthropic/error-404-not-found.json');
    const { code, out } = await cli([
      'replay',
      file,
      '--provider',
      'anthropic',
      '--model',
      'x',
      '--status',
      '404',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      finishReason: 'error',
      usage: null,
      error: { kind: 'model_not_found', providerCode: 'not_found_error', httpStatus: 404 },
    });
  });

  it('speaks the Anthropic wire for MiniMax with --wire anthropic', async () => {
    const file = join(FIXTURES, 'anthropic/stream-text-02.sse');
    const { out } = await cli([
      'replay',
      file,
      '--provider',
      'minimax',
      '--model',
      'MiniMax-M2.7',
      '--wire',
      'anthropic',
      '--json',
    ]);
    expect(JSON.parse(out)).toMatchObject({ text: 'Hello World', finishReason: 'stop' });
  });

  it('prints tool calls, usage, cost and timing for a person to read', async () => {
    const file = join(FIXTURES, 'openai/stream-tool-call-include-usage-01.sse');
    const { code, out } = await cli(['replay', file, '--provider', 'openai', '--model', 'gpt-4o-mini']);
    expect(code).toBe(0);
    expect(out).toMatch(/^tool call: get_capital\(\{"country":\s*"[^"]+"\}\)$/m);
    expect(out).toMatch(/^finish: tool_calls$/m);
    expect(out).toMatch(/^usage: [\d,]+ in, [\d,]+ out$/m);
    expect(out).toMatch(/^cost: \$0\.\d+ \(litellm [\d-]+\)$/m);
    // TTFT counts text and reasoning; a reply that is only a tool call has none.
    expect(out).toMatch(/^time: TTFT —, total \d+ ms$/m);
  });

  it('prints the MiniMax cost rounded to meaningful digits, with its price source', async () => {
    const file = join(FIXTURES, 'minimax-openai/stream-m27-think-tags-01.sse');
    const { out } = await cli(['replay', file, '--provider', 'minimax', '--model', 'MiniMax-M2.7']);
    // (767 − 443) × 0.30/M + 443 × 0.06/M + 172 × 1.20/M = $0.00033018
    expect(out).toMatch(/^cost: \$0\.0003302 \(curated 2026-09-01\)$/m);
    expect(out).toMatch(/^usage: 767 in \(443 cached\), 172 out \(25 reasoning\)$/m);
    expect(out).toMatch(/^time: TTFT \d+ ms, total \d+ ms/m);
  });

  it.each([
    ['not a stream at all', 'hello\n'],
    ['frames no decoder recognizes', 'data: {"nonsense":1}\n\ndata: [DONE]\n\n'],
  ])('exits 1 with "no events decoded" for a file of %s', async (_name, body) => {
    const dir = await mkdtemp(join(tmpdir(), 'arena-replay-'));
    const file = join(dir, 'recorded.sse');
    await writeFile(file, body);
    try {
      for (const json of [[], ['--json']]) {
        const { code, out, err } = await cli([
          'replay',
          file,
          '--provider',
          'openai',
          '--model',
          'gpt-4o',
          ...json,
        ]);
        expect(code).toBe(1);
        expect(err).toContain(`no events decoded from ${file}`);
        if (json.length) expect(JSON.parse(out)).toMatchObject({ text: '', usage: null });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('explains what is missing', async () => {
    const { code, err } = await cli(['replay', '--provider', 'nobody']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toMatch(
      /^arena replay: missing a FILE to replay, --provider \(one of minimax, .*; not "nobody"\), --model$/,
    );
    expect(err).toContain('a FILE to replay');
    expect(err).toContain('--provider');
    expect(err).toContain('--model');
  });
});

describe('arena compare', () => {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider();
  });
  afterAll(() => fake.close());

  it('sends one prompt to several models and prints a row for each', async () => {
    fake.setHandler({ file: join(FIXTURES, 'openai/stream-text-include-usage-02.sse') });
    const { code, out } = await cli(
      [
        'compare',
        '--prompt',
        'Capital of the UK?',
        '--model',
        'openai/gpt-4o-mini',
        '--model',
        'deepseek/deepseek-v4-flash',
        '--base-url',
        `openai=${fake.url}/v1`,
        '--base-url',
        `deepseek=${fake.url}`,
        '--json',
      ],
      { OPENAI_API_KEY: 'sk-test-openai-123456', DEEPSEEK_API_KEY: 'sk-test-deepseek-123456' },
    );
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows.map((row: { model: string }) => row.model)).toEqual([
      'openai/gpt-4o-mini',
      'deepseek/deepseek-v4-flash',
    ]);
    for (const row of rows)
      expect(row).toMatchObject({ text: 'The capital of the UK is London.', error: null });
    // 78 input tokens × $0.30/M + 9 output tokens × $1.20/M, DeepSeek's V4 Flash list price, without float noise.
    expect(rows[1].cost).toEqual({ usd: 0.0000342, source: 'curated', estimated: false, billed: null });
    expect(out).not.toContain('sk-test');
  });

  it('prints a table, and exits 1 when a column failed (here: no key)', async () => {
    fake.setHandler({ file: join(FIXTURES, 'openai/stream-text-include-usage-02.sse') });
    const { code, out } = await cli(compareOneArgs('openai/gpt-4o', fake.url));
    expect(code).toBe(1);
    expect(out).toContain('openai/gpt-4o');
    expect(out).toContain('auth: No OpenAI key is set');
  });

  it('passes --reasoning on to the provider in its own form', async () => {
    fake.reset();
    fake.setHandler({ file: join(FIXTURES, 'openai/stream-text-include-usage-02.sse') });
    const { code } = await cli(
      ['compare', '--prompt', 'hi', '--model', 'gemini/gemini-2.5-flash', '--reasoning', 'off'].concat([
        '--base-url',
        `gemini=${fake.url}`,
      ]),
      { GEMINI_API_KEY: 'test-gemini-key-123456' },
    );
    expect(code).toBe(0);
    expect(fake.requests.at(-1)?.json).toMatchObject({ reasoning_effort: 'none' });
  });

  it.each([
    [['--reasoning', 'maybe'], '--reasoning takes on or off'],
    [['--temperature', 'warm'], '--temperature takes a number'],
  ])('refuses %j with exit 2 and says why', async (extra, message) => {
    const { code, err } = await cli(['compare', '--prompt', 'hi', '--model', 'openai/gpt-4o', ...extra]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
