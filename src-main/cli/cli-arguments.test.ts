import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './cli-test-support.ts';

const FIXTURE = 'e2e/fixtures/openai/stream-text-include-usage-02.sse';
const KNOWN = 'known: minimax, openai, anthropic, deepseek, gemini, moonshot, openrouter, custom';
const compare = (...extra: string[]) => ['compare', '--prompt', 'hi', ...extra];
const replay = (...extra: string[]) => [
  'replay',
  FIXTURE,
  '--provider',
  'openai',
  '--model',
  'gpt-4o',
  ...extra,
];

/** Arguments, and what the one line on stderr must say. */
type Refusal = [argv: string[], expected: string];

/**
 * Every argument error: exit 2, and on stderr one line saying what is wrong and what is accepted,
 * then one line pointing at the command's help. Never a stack trace, never a run.
 */
async function refused(argv: string[]) {
  const { code, out, err } = await runCliCaptured(argv, { OPENAI_API_KEY: 'sk-test-openai-123456' });
  expect(code).toBe(2);
  const lines = err.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^Run "arena (compare|replay|prices) --help" for the usage\.$/);
  expect(err).not.toMatch(/ERR_|\n\s+at /);
  expect(out).toBe('');
  return lines[0]!;
}

describe('argument errors exit 2 with one line that says what is wrong and what is accepted', () => {
  it.each([
    [replay('--bogus'), 'arena replay: unknown option --bogus; options are --provider, --model'],
    [['prices', '--bogus'], 'arena prices: unknown option --bogus; options are --provider, --index, --json'],
    [
      compare('--model', 'openai/gpt-4o', '--modle', 'x'),
      'arena compare: unknown option --modle; options are',
    ],
    [compare('--model', 'openai/gpt-4o', 'extra'), 'arena compare: unexpected argument "extra"'],
    [['compare', '--model', 'openai/gpt-4o', '--prompt'], 'arena compare: --prompt needs a value'],
    [
      ['compare', '--prompt', '--model', 'openai/gpt-4o'],
      'arena compare: --prompt needs a value, got the option --model',
    ],
    [compare('--model', 'openai/gpt-4o', '--json=yes'), 'arena compare: --json takes no value'],
    [
      compare('--model', 'nosuch/model'),
      `arena compare: unknown provider "nosuch" in --model nosuch/model; ${KNOWN}`,
    ],
    [
      compare('--model', 'gpt-4o'),
      'arena compare: --model takes PROVIDER/MODEL (e.g. openai/gpt-4o), got "gpt-4o"',
    ],
    [
      compare('--model', 'openai/'),
      'arena compare: --model takes PROVIDER/MODEL (e.g. openai/gpt-4o), got "openai/"',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--base-url', 'openai=notaurl'),
      'arena compare: --base-url openai=notaurl: "notaurl" is not a URL.',
    ],
    [compare('--model', 'openai/gpt-4o', '--base-url', 'openai=ftp://example.com'), 'https:// or http://'],
    [
      compare('--model', 'openai/gpt-4o', '--base-url', 'foo=http://127.0.0.1:9/v1'),
      `unknown provider "foo" in --base-url foo=http://127.0.0.1:9/v1; ${KNOWN}`,
    ],
    [
      compare('--model', 'openai/gpt-4o', '--base-url', 'https://api.openai.com'),
      '--base-url takes PROVIDER=VALUE',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--base-url', 'gemini=http://127.0.0.1:9'),
      'arena compare: --base-url gemini=http://127.0.0.1:9: no --model uses gemini',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--region', 'openai=china'),
      'arena compare: --region openai=china: openai has only the global region',
    ],
    [
      compare('--model', 'minimax/MiniMax-M2.7', '--region', 'minimax=mars'),
      'arena compare: --region minimax=mars: a region is global or china',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--region', 'foo=global'),
      `unknown provider "foo" in --region foo=global; ${KNOWN}`,
    ],
    [
      compare('--model', 'minimax/MiniMax-M2.7', '--region', 'minimax=china', '--region', 'minimax=global'),
      '--region is given twice for minimax',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--temperature', 'warm'),
      '--temperature takes a number from 0 to 2, got "warm"',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--temperature', '3'),
      '--temperature takes a number from 0 to 2, got "3"',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--temperature='),
      '--temperature takes a number from 0 to 2, got ""',
    ],
    [
      compare('--model', 'openai/gpt-4o', '--max-tokens', '1.5'),
      '--max-tokens takes a whole number from 1 to 1048576, got "1.5"',
    ],
    [compare('--model', 'openai/gpt-4o', '--reasoning', 'maybe'), '--reasoning takes on or off, got "maybe"'],
    ...['0', '1.5', '1e3', 'ten', '', ' 5', '86401', '99999999999999999999', '-5'].map(
      (value): Refusal => [
        compare('--model', 'openai/gpt-4o', `--request-timeout=${value}`),
        `arena compare: --request-timeout takes a whole number of seconds from 1 to 86400, got "${value}"`,
      ],
    ),
    ...['0', '2.5', 'soon', '3601'].map(
      (value): Refusal => [
        compare('--model', 'openai/gpt-4o', '--event-timeout', value),
        `arena compare: --event-timeout takes a whole number of seconds from 1 to 3600, got "${value}"`,
      ],
    ),
    [['compare', '--model', 'openai/gpt-4o'], 'arena compare: --prompt is required'],
    [compare(), 'arena compare: give at least one --model PROVIDER/MODEL'],
    [compare(...Array.from({ length: 17 }, () => ['--model', 'openai/gpt-4o']).flat()), 'at most 16 --model'],
    [replay('--wire', 'constructor'), 'arena replay: --wire takes openai or anthropic, got "constructor"'],
    [replay('--status', 'abc'), 'arena replay: --status takes an HTTP status from 100 to 599, got "abc"'],
    [replay('--max-retries', '-1'), '--max-retries needs a value, got the option -1'],
    [replay('--max-retries=-1'), '--max-retries takes a whole number from 0 to 10, got "-1"'],
    [
      ['replay', FIXTURE, '--provider', 'toString', '--model', 'm'],
      `unknown provider "toString" in --provider toString; ${KNOWN}`,
    ],
    [
      ['prices', '--provider', 'constructor'],
      `arena prices: unknown provider "constructor" in --provider constructor; ${KNOWN}`,
    ],
  ])('%j', async (argv, expected) => {
    expect(await refused(argv)).toContain(expected);
  });

  it('with --json, stdout still holds JSON: an error object', async () => {
    const { code, out } = await runCliCaptured(compare('--model', 'nosuch/model', '--json'));
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual({
      error: {
        kind: 'invalid_arguments',
        message: `unknown provider "nosuch" in --model nosuch/model; ${KNOWN}`,
      },
    });
  });
});
