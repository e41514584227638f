import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../e2e/fake-providers/split-bytes.ts';
import { BLOCKS_PER_GROUP } from './block-groups.ts';
import { createIncrementalLexer, type MarkdownBlock } from './incremental-lexer.ts';
import { emptyLinks, type LexFn, lexMarkdown } from './lex-markdown.ts';
import { renderBlock } from './render-block.tsx';
import { MarkdownBlocks, sameBlock } from './StreamingMarkdown.tsx';
import { answerOfSize, REALISTIC_ANSWER, randomDocument, TRICKY_MARKDOWN } from './test-fixtures.ts';

/** The reference: the whole text lexed in one go by marked, every token rendered, in groups of blocks. */
function renderFullParse(text: string): string {
  const { tokens } = lexMarkdown(text.replace(/\r\n?/g, '\n'), emptyLinks());
  const blocks = tokens.filter((token) => token.type !== 'space');
  const groups = [];
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_GROUP) {
    const group = blocks.slice(start, start + BLOCKS_PER_GROUP).map((token) => renderBlock(token));
    groups.push(createElement('div', { className: 'md-group', key: start }, ...group));
  }
  return renderToStaticMarkup(createElement('div', { className: 'markdown' }, ...groups));
}

function renderBlocks(blocks: readonly MarkdownBlock[]): string {
  return renderToStaticMarkup(createElement(MarkdownBlocks, { blocks }));
}

/** Streams `text` in pieces of the given sizes, checking every intermediate state against a full parse. */
function expectStreamMatchesFullParse(text: string, pieceSize: (step: number) => number): void {
  const lexer = createIncrementalLexer();
  let end = 0;
  for (let step = 0; end < text.length; step++) {
    end = Math.min(text.length, end + pieceSize(step));
    const prefix = text.slice(0, end);
    const incremental = renderBlocks(lexer.update(prefix));
    if (incremental !== renderFullParse(prefix)) {
      // Narrow the report to the prefix that first differs: a diff of two long strings helps nobody.
      expect({ prefix, incremental }).toEqual({ prefix, incremental: renderFullParse(prefix) });
    }
  }
}

describe('incremental lexing', () => {
  it('renders every prefix of a realistic answer exactly as a full parse does, one character at a time', () => {
    expectStreamMatchesFullParse(REALISTIC_ANSWER, () => 1);
  });

  it('renders every prefix of tricky markdown exactly as a full parse does', () => {
    expectStreamMatchesFullParse(TRICKY_MARKDOWN, () => 1);
  });

  it('matches a full parse when pieces arrive in uneven sizes, including CRLF line ends', () => {
    const random = seededRandom(7);
    expectStreamMatchesFullParse(answerOfSize(4_000), () => 1 + Math.floor(random() * 12));
    expectStreamMatchesFullParse(TRICKY_MARKDOWN.replace(/\n/g, '\r\n'), () => 1 + Math.floor(random() * 5));
  });

  it('matches a full parse on random documents full of constructs that depend on what follows', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const random = seededRandom(seed);
      const document = randomDocument(random, 24);
      expectStreamMatchesFullParse(document, () => 1 + Math.floor(random() * 4));
    }
  });

  it('starts over when the text is replaced rather than extended', () => {
    const lexer = createIncrementalLexer();
    lexer.update('# Old answer\n\nFirst paragraph.\n\nSecond paragraph.\n');
    const blocks = lexer.update('Something else entirely.');
    expect(renderBlocks(blocks)).toBe(
      '<div class="markdown"><div class="md-group"><p>Something else entirely.</p></div></div>',
    );
  });
});

describe('finished blocks are not lexed again', () => {
  function recordingLexer(): { lex: LexFn; sources: string[] } {
    const sources: string[] = [];
    return {
      sources,
      lex: (source, links) => {
        sources.push(source);
        return lexMarkdown(source, links);
      },
    };
  }

  it('lexes only the open tail: at most the paragraph before the one growing', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: ${'lorem ipsum '.repeat(8)}`);
    const text = paragraphs.join('\n\n');
    const { lex, sources } = recordingLexer();
    const lexer = createIncrementalLexer(lex);
    for (let end = 4; end <= text.length; end += 4) lexer.update(text.slice(0, end));

    const mostParagraphsInOneLex = Math.max(
      ...sources.map((source) => source.match(/Paragraph \d+/g)?.length ?? 0),
    );
    expect(mostParagraphsInOneLex).toBeLessThanOrEqual(2);
    const lexedChars = sources.reduce((sum, source) => sum + source.length, 0);
    const naiveChars = sources.length * (text.length / 2);
    expect(lexedChars).toBeLessThan(naiveChars / 10);
  });

  it('returns finished blocks as the same objects, so only the changed tail renders again', () => {
    const text = answerOfSize(6_000);
    const lexer = createIncrementalLexer();
    let previous = lexer.update('');
    let rerendered = 0;
    let updates = 0;
    for (let end = 4; end <= text.length; end += 4) {
      const blocks = lexer.update(text.slice(0, end));
      const changed = blocks.filter((block, i) => !(previous[i] && sameBlock(previous[i], block)));
      // A new token touches the block it lands in, and at most the one it starts.
      expect(changed.length).toBeLessThanOrEqual(2);
      rerendered += changed.length;
      updates++;
      const finishedBefore = previous.length - 3;
      for (let i = 0; i < finishedBefore; i++) expect(blocks[i]).toBe(previous[i]);
      previous = blocks;
    }
    expect(previous.length).toBeGreaterThan(60);
    expect(rerendered / updates).toBeLessThan(1.2);
  });

  it('renders a block again when a reference definition it uses arrives later', () => {
    const lexer = createIncrementalLexer();
    const before = lexer.update('See [the docs][docs].\n\nMore text.\n\n');
    expect(renderBlocks(before)).toContain('[the docs][docs]');
    const after = lexer.update('See [the docs][docs].\n\nMore text.\n\n[docs]: https://example.com/docs\n');
    expect(sameBlock(before[0]!, after[0]!)).toBe(false);
    expect(renderBlocks(after)).toContain('title="https://example.com/docs');
  });
});
