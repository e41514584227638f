import { Fragment, type ReactNode } from 'react';
import { decodeEntities } from './decode-entities.ts';
import { ImagePlaceholder, InertLink } from './InertLink.tsx';
import { known, type Token } from './lex-markdown.ts';

/** The text a reader sees in inline tokens, without markup (image descriptions, copy labels). */
export function plainText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let text = '';
  for (const token of tokens) {
    const t = known(token);
    if (t.type === 'br') text += '\n';
    else if ('tokens' in t && t.tokens?.length) text += plainText(t.tokens);
    else if (t.type === 'escape' || t.type === 'codespan') text += t.text;
    else if ('text' in t) text += decodeEntities(t.text);
  }
  return text;
}

function renderInlineToken(lexed: Token, key: number): ReactNode {
  const token = known(lexed);
  switch (token.type) {
    case 'text':
      return token.tokens ? (
        <Fragment key={key}>{renderInline(token.tokens)}</Fragment>
      ) : (
        decodeEntities(token.text)
      );
    case 'escape':
      return token.text;
    case 'strong':
      return <strong key={key}>{renderInline(token.tokens)}</strong>;
    case 'em':
      return <em key={key}>{renderInline(token.tokens)}</em>;
    case 'del':
      return <del key={key}>{renderInline(token.tokens)}</del>;
    case 'codespan':
      return <code key={key}>{token.text}</code>;
    case 'br':
      return <br key={key} />;
    case 'link':
      return (
        <InertLink
          key={key}
          href={decodeEntities(token.href)}
          title={token.title && decodeEntities(token.title)}
        >
          {renderInline(token.tokens)}
        </InertLink>
      );
    case 'image':
      return (
        <ImagePlaceholder
          key={key}
          href={decodeEntities(token.href)}
          alt={plainText(token.tokens)}
          title={token.title && decodeEntities(token.title)}
        />
      );
    default:
      // Raw HTML ("<b>", "<script>") and anything unknown: shown as the text it is.
      return token.raw;
  }
}

/** Inline tokens as React nodes: text stays text, so nothing in it can become markup. */
export function renderInline(tokens: readonly Token[]): ReactNode[] {
  return tokens.map(renderInlineToken);
}
