import type { Tokens } from 'marked';
import { Fragment, type ReactNode } from 'react';
import { fenceIsClosed } from './block-boundary.ts';
import { CodeBlock } from './CodeBlock.tsx';
import { decodeEntities } from './decode-entities.ts';
import { known, type Token } from './lex-markdown.ts';
import { renderInline } from './render-inline.tsx';

type Align = 'center' | 'left' | 'right' | null;
type ListToken = Tokens.List;
type TableToken = Tokens.Table;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function alignClass(align: Align): string | undefined {
  return align ? `md-align-${align}` : undefined;
}

function renderTable(token: TableToken): ReactNode {
  return (
    <div className="md-table-scroll">
      <table>
        <thead>
          <tr>
            {token.header.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their position
              <th key={i} className={alignClass(cell.align)}>
                {renderInline(cell.tokens)}
              </th>
            ))}
          </tr>
        </thead>
        {token.rows.length > 0 && (
          <tbody>
            {token.rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
              <tr key={r}>
                {row.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their position
                  <td key={i} className={alignClass(cell.align)}>
                    {renderInline(cell.tokens)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}

function renderList(token: ListToken): ReactNode {
  const items = token.items.map((item, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity but their position
    <li key={i} className={item.task ? 'md-task' : undefined}>
      {renderBlocks(item.tokens)}
    </li>
  ));
  if (!token.ordered) return <ul>{items}</ul>;
  const start = typeof token.start === 'number' && token.start !== 1 ? token.start : undefined;
  return <ol start={start}>{items}</ol>;
}

/** One block token (and the blocks nested in it) as React elements. */
export function renderBlock(lexed: Token): ReactNode {
  const token = known(lexed);
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return <p>{renderInline(token.tokens)}</p>;
    case 'text':
      // Tight list items hold bare text blocks.
      return token.tokens ? renderInline(token.tokens) : decodeEntities(token.text);
    case 'heading': {
      const Heading = HEADINGS[Math.min(Math.max(token.depth, 1), 6) - 1]!;
      return <Heading>{renderInline(token.tokens)}</Heading>;
    }
    case 'code': {
      const closed = token.codeBlockStyle === 'indented' || fenceIsClosed(token.raw);
      return <CodeBlock code={token.text} info={token.lang} closed={closed} />;
    }
    case 'blockquote':
      return <blockquote>{renderBlocks(token.tokens)}</blockquote>;
    case 'list':
      return renderList(token);
    case 'checkbox':
      return <input type="checkbox" className="md-checkbox" checked={token.checked} disabled readOnly />;
    case 'table':
      return renderTable(token);
    case 'hr':
      return <hr />;
    case 'html':
      // Raw HTML is shown as the text it is, never interpreted.
      return <p className="md-raw-html">{token.text}</p>;
    default:
      return <p>{token.raw}</p>;
  }
}

function renderBlocks(tokens: readonly Token[]): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: nested blocks have no identity but their position
  return tokens.map((token, i) => <Fragment key={i}>{renderBlock(token)}</Fragment>);
}
