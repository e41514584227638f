import { StreamingMarkdown } from '../../../lib/markdown/index.ts';
import { useColumnRun } from '../run-store.ts';
import { reasoningTokensText } from './column-format.ts';

/** The model's thinking, folded by default; its token count updates as it streams. */
export function ReasoningSection({ columnId }: { columnId: string }) {
  const reasoning = useColumnRun(columnId, (run) => run?.reasoning ?? '');
  const usage = useColumnRun(columnId, (run) => run?.usage ?? null);
  const thinking = useColumnRun(columnId, (run) => run?.phase === 'streaming' && !run.text);
  const streaming = useColumnRun(columnId, (run) => run?.phase === 'streaming');
  if (!reasoning) return null;
  return (
    <details className="pg-reasoning">
      <summary>
        Reasoning <span className="pg-reasoning-count">· {reasoningTokensText(reasoning, usage)}</span>
        {thinking ? <span className="pg-thinking"> · thinking…</span> : null}
      </summary>
      <div className="pg-reasoning-text">
        <StreamingMarkdown text={reasoning} streaming={streaming} />
      </div>
    </details>
  );
}
