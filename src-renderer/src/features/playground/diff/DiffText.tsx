import type { DiffPart } from './word-diff.ts';

/** Which parts a view shows: both sides inline, or one side of side by side. */
export type DiffSide = 'inline' | 'reference' | 'compared';

/** A changed part's spacing stays outside its mark, so no underline or strike runs past the words. */
function splitSpacing(text: string): [string, string, string] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return [text, '', ''];
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

function Marked({ kind, text }: { kind: 'added' | 'removed'; text: string }) {
  const [before, words, after] = splitSpacing(text);
  const Tag = kind === 'added' ? 'ins' : 'del';
  return (
    <>
      {before}
      {words ? (
        <Tag>
          <span className="visually-hidden">[{kind}: </span>
          {words}
          <span className="visually-hidden">]</span>
        </Tag>
      ) : null}
      {after}
    </>
  );
}

/**
 * The parts as text, changes marked by more than colour: added text underlined (<ins>), removed
 * text struck through (<del>), each announced as "added" or "removed" to screen readers.
 */
export function DiffText({ parts, side }: { parts: readonly DiffPart[]; side: DiffSide }) {
  return (
    <>
      {parts.map((part, index) => {
        // Parts never move: their index is their identity.
        const key = index;
        if (part.kind === 'same') return <span key={key}>{part.text}</span>;
        if (part.kind === 'added' ? side === 'reference' : side === 'compared') return null;
        return <Marked key={key} kind={part.kind} text={part.text} />;
      })}
    </>
  );
}
