import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createIncrementalLexer } from './incremental-lexer.ts';
import { emptyLinks, lexMarkdown } from './lex-markdown.ts';
import { MarkdownBlocks } from './StreamingMarkdown.tsx';

/** The deepest quotes, lists and emphasis are allowed to nest; deeper ones show as the text they are. */
const CAP = 32;

const nestedQuote = (levels: number) => `${'>'.repeat(levels)} deep\n\n`;
const nestedList = (levels: number) =>
  `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n`;
const nestedStrong = (levels: number) => `${'**a '.repeat(levels)}x${' a**'.repeat(levels)}\n`;
const nestedStrike = (levels: number) => `${'~~a '.repeat(levels)}x${' a~~'.repeat(levels)}\n`;

function render(text: string): string {
  return renderToStaticMarkup(
    createElement(MarkdownBlocks, { blocks: createIncrementalLexer().update(text) }),
  );
}

const count = (html: string, tag: string) => html.split(tag).length - 1;

function millisecondsToLex(text: string): number {
  const started = performance.now();
  lexMarkdown(text, emptyLinks());
  return performance.now() - started;
}

describe('nesting bound', () => {
  it('renders 2,000 nested quotes without overflowing the stack, deeper levels as text', () => {
    const html = render(nestedQuote(2_000));
    expect(count(html, '<blockquote>')).toBe(CAP);
    expect(html).toContain('deep');
  });

  it('renders 1,500 nested list levels as 32 lists, every level’s text still there', () => {
    const html = render(nestedList(1_500));
    expect(count(html, '<ul>')).toBe(CAP);
    expect(html).toContain('level 0');
    expect(html).toContain('level 1499');
  });

  it('bounds nested bold and strikethrough the same way', () => {
    const strong = render(nestedStrong(3_000));
    expect(count(strong, '<strong>')).toBe(CAP);
    expect(strong).toContain('x');
    expect(count(render(nestedStrike(3_000)), '<del>')).toBe(CAP);
  });

  it('keeps nesting up to the bound as it is', () => {
    expect(count(render(nestedList(30)), '<ul>')).toBe(30);
    expect(count(render(nestedQuote(30)), '<blockquote>')).toBe(30);
    expect(count(render(nestedStrong(30)), '<strong>')).toBe(30);
    expect(count(render('> - > - > deep\n'), '<blockquote>')).toBe(3);
  });

  it('lexes 1,500 nested list levels in a bounded multiple of the time a flat list of that size takes', () => {
    const deep = nestedList(1_500);
    const flat = `${Array.from({ length: 1_500 }, (_, i) => `- level ${i}`).join('\n')}\n\n`;
    const filler = ' more'.repeat(Math.ceil((deep.length - flat.length) / 5 / 1_500));
    const sameSize = flat.replaceAll('\n', `${filler}\n`);
    expect(sameSize.length / deep.length).toBeGreaterThan(0.99);
    millisecondsToLex(sameSize); // warm up
    // At most MAX_NESTING passes over the text (each level lexes its content once); without the bound,
    // one pass per level: 1,500.
    expect(millisecondsToLex(deep) / Math.max(millisecondsToLex(sameSize), 1)).toBeLessThan(100);
  }, 120_000);

  it('lexes deep nesting in time linear in its size', () => {
    // The indentation grows with the level: 1,500 levels are 16 times the characters of 375. Lexing
    // each level's content again at every level makes that 64 times the time; linear, 16.
    const small = nestedList(375);
    const large = nestedList(1_500);
    const sizeRatio = large.length / small.length;
    expect(sizeRatio).toBeGreaterThan(15);
    millisecondsToLex(small); // warm up
    const timeRatio = millisecondsToLex(large) / Math.max(millisecondsToLex(small), 1);
    expect(timeRatio).toBeLessThan(sizeRatio * 2);
  }, 120_000);
});
