import { useMemo } from 'react';
import { highlightCode } from './highlight.tsx';
import { useCopy } from './use-copy.ts';

const COPY_LABELS = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' } as const;

/**
 * A code block with a Copy button. Highlighted once its fence has closed: while it streams it stays plain,
 * so each new token costs a text update, not a re-highlight.
 */
export function CodeBlock({
  code,
  info,
  closed,
}: {
  code: string;
  info: string | undefined;
  closed: boolean;
}) {
  const [copyState, copy] = useCopy();
  const highlighted = useMemo(() => (closed ? highlightCode(code, info) : null), [code, info, closed]);
  const language = info?.trim().split(/\s/, 1)[0];
  return (
    <div className="md-code">
      <div className="md-code-bar">
        <span className="md-code-lang">{language || 'text'}</span>
        <button type="button" className="md-code-copy" aria-label="Copy code" onClick={() => copy(code)}>
          {COPY_LABELS[copyState]}
        </button>
      </div>
      <pre>
        <code className={highlighted ? 'hljs' : undefined}>{highlighted ?? code}</code>
      </pre>
    </div>
  );
}
