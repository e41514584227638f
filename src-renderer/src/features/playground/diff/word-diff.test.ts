import { describe, expect, it } from 'vitest';
import { type DiffPart, diffAnswers, MAX_DIFF_CHARS } from './word-diff.ts';

const kinds = (parts: readonly DiffPart[]) =>
  parts.filter((part) => part.kind !== 'same').map((part) => `${part.kind}:${part.text.trim()}`);

describe('diffAnswers', () => {
  it('marks a replaced word as removed from the reference and added in the other', () => {
    const diff = diffAnswers('The quick brown fox jumps.', 'The quick red fox jumps.');
    expect(kinds(diff.parts)).toEqual(['removed:brown', 'added:red']);
    expect(diff).toMatchObject({ added: 1, removed: 1, capped: false, coarse: false });
  });

  it('finds an inserted and a deleted word, keeping the text around them', () => {
    const diff = diffAnswers('alpha beta gamma delta', 'alpha gamma delta epsilon');
    expect(kinds(diff.parts)).toEqual(['removed:beta', 'added:epsilon']);
    // Both texts read back (spacing aside): the reference without the added parts, the other without the removed.
    const text = (skip: DiffPart['kind']) =>
      diff.parts
        .filter((part) => part.kind !== skip)
        .map((part) => part.text)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    expect(text('added')).toBe('alpha beta gamma delta');
    expect(text('removed')).toBe('alpha gamma delta epsilon');
  });

  it('counts words, not characters, and sees identical answers as identical', () => {
    const same = diffAnswers('one two three', 'one two three');
    expect(same).toMatchObject({ added: 0, removed: 0 });
    const more = diffAnswers('one', 'one two three four');
    expect(more).toMatchObject({ added: 3, removed: 0 });
  });

  it('compares only the first MAX_DIFF_CHARS of each answer, and says so', () => {
    const long = `${'word '.repeat(MAX_DIFF_CHARS / 5)}tail-only-past-the-cap`;
    const diff = diffAnswers(long, `${long} more`);
    expect(diff.capped).toBe(true);
    expect(diff.added).toBe(0);
    expect(diff.parts.every((part) => part.text.length <= MAX_DIFF_CHARS)).toBe(true);
  });
});

describe('diffAnswers on large answers', () => {
  const vocabulary = Array.from({ length: 2000 }, (_, index) => `w${((index * 7919) % 10007).toString(36)}`);
  function answer(chars: number, seed: number): string {
    let state = seed;
    const words: string[] = [];
    let length = 0;
    while (length < chars) {
      state = (state * 48271) % 2147483647;
      const word = `${vocabulary[state % vocabulary.length]}${state % 10 === 0 ? '.\n' : ' '}`;
      words.push(word);
      length += word.length;
    }
    return words.join('').slice(0, chars);
  }

  it('finds a few changed words in 100 KB answers word by word', () => {
    const reference = answer(100_000, 1);
    const compared = reference.replace(/w/g, (match, offset: number) =>
      offset % 5000 === 0 ? 'CHANGED' : match,
    );
    const diff = diffAnswers(reference, compared);
    expect(diff.coarse).toBe(false);
    expect(diff.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toContain(
      `CHANGED${reference.slice(1, reference.indexOf(' '))}`,
    );
  });

  it('shows unrelated 100 KB answers whole rather than working on them for long', () => {
    const reference = answer(100_000, 1);
    const compared = answer(100_000, 2);
    const diff = diffAnswers(reference, compared);
    const side = (skip: DiffPart['kind']) =>
      diff.parts
        .filter((part) => part.kind !== skip)
        .map((part) => part.text)
        .join('');
    expect(side('added').replace(/\s+/g, ' ')).toBe(reference.replace(/\s+/g, ' '));
    expect(side('removed').replace(/\s+/g, ' ')).toBe(compared.replace(/\s+/g, ' '));
  });
});
