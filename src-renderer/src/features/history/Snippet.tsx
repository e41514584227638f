import { snippetParts } from './highlight.ts';

/** Where a search matched, each match in a <mark>; the text is only ever text. */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="history-snippet">
      {snippetParts(text).map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder.
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
