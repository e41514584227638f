import { Wrench } from 'lucide-react';
import { useColumnRun } from '../run-store.ts';

/** Tool calls the model made, shown as calls (name and arguments), not as answer text. */
export function ToolCallList({ columnId }: { columnId: string }) {
  const calls = useColumnRun(columnId, (run) => run?.toolCalls);
  if (!calls || calls.length === 0) return null;
  return (
    <ul className="pg-tool-calls" aria-label="Tool calls">
      {calls.map((call, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: calls only ever grow at the end, and providers may repeat an id.
        <li key={`${index}-${call.id}`} className="pg-tool-call">
          <p className="pg-tool-name">
            <Wrench aria-hidden="true" size={14} /> Tool call: <code>{call.name}</code>
          </p>
          <pre className="pg-tool-arguments">{call.arguments}</pre>
        </li>
      ))}
    </ul>
  );
}
