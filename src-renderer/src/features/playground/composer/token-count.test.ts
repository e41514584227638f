import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { countTokensInSlices, loadTokenizer, splitForCounting } from './token-count.ts';

/** Deterministic pseudo-random text: the same on every run. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function prose(chars: number): string {
  const random = generator(7);
  const words = [
    'the',
    'Model',
    'answers',
    'in',
    '42',
    'tokens,',
    'quickly.',
    'naïve',
    '函数',
    '(x)',
    '—',
    'ok',
  ];
  const separators = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t'];
  let text = '';
  while (text.length < chars) {
    text += words[Math.floor(random() * words.length)];
    text += separators[Math.floor(random() * separators.length)];
  }
  return text.slice(0, chars);
}

/** One "word" with no space at all: a pasted blob, the tokenizer's worst case. */
function blob(chars: number): string {
  const random = generator(11);
  return Array.from({ length: chars }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
}

const count = (piece: string) => countTokens(piece, { disallowedSpecial: new Set() });

describe('splitForCounting', () => {
  it('cuts nothing away: the pieces put together are the text', () => {
    for (const text of [prose(50_000), blob(3_000), '', ' ', 'a b', '\n\n\n']) {
      expect(splitForCounting(text).join('')).toBe(text);
    }
  });

  it('counts ordinary prose exactly as the tokenizer counts it whole', async () => {
    const text = prose(200_000);
    expect(splitForCounting(text).length).toBeGreaterThan(10);
    expect(await countTokensInSlices(text, count)).toBe(count(text));
  });
});

describe('countTokensInSlices', () => {
  it('counts text that says "<|endoftext|>" as plain text instead of failing', async () => {
    const tokenize = await loadTokenizer();
    expect(await countTokensInSlices('before <|endoftext|> after', tokenize)).toBeGreaterThan(5);
  });

  it('takes time in proportion to the text even when it is one long word', async () => {
    const time = async (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 2; run++) {
        const start = performance.now();
        await countTokensInSlices(text, count, { pause: async () => {} });
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    await time(blob(16_000));
    const small = await time(blob(64_000));
    const large = await time(blob(256_000));
    // Linear: about 4x. Quadratic (the tokenizer on one 256 KB word): 16x and more.
    expect(large / small).toBeLessThan(10);
  });

  it('pauses between slices, and stops (null) once the text it counts has changed', async () => {
    const text = prose(400_000);
    const controller = new AbortController();
    let pauses = 0;
    const result = await countTokensInSlices(text, count, {
      signal: controller.signal,
      sliceMs: 0,
      pause: async () => {
        pauses++;
        if (pauses === 3) controller.abort();
      },
    });
    expect(result).toBeNull();
    expect(pauses).toBe(3);
  });

  it('counts again only the pieces that changed since the last count', async () => {
    const memo = new Map<string, number>();
    const text = prose(100_000);
    const counted: string[] = [];
    const spy = (piece: string) => {
      counted.push(piece);
      return count(piece);
    };
    const first = await countTokensInSlices(text, spy, { memo });
    const piecesFirst = counted.length;
    counted.length = 0;
    const second = await countTokensInSlices(`${text} and more`, spy, { memo });
    expect(piecesFirst).toBeGreaterThan(5);
    expect(counted).toHaveLength(1);
    expect(second).toBe(count(`${text} and more`));
    expect(first).toBe(count(text));
  });
});
