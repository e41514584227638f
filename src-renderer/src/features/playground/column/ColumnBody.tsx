import { memo, type RefObject, useEffect, useRef } from 'react';
import type { ChatTurn } from '../../../../../src-shared/conversation.ts';
import { StreamingMarkdown } from '../../../lib/markdown/index.ts';
import { ErrorBoundary } from '../../../ui/ErrorBoundary.tsx';
import { useBlindMasked } from '../blind/blind-store.ts';
import { useReadOnlyColumns } from '../column-run-source.ts';
import { setScrollTopQuietly } from '../layout/scroll-sync.ts';
import { useColumnRun, usePlaygroundRun } from '../run-store.ts';
import { ErrorCard } from './ErrorCard.tsx';
import { ReasoningSection } from './ReasoningSection.tsx';
import { ToolCallList } from './ToolCallList.tsx';

/** How close to the end counts as "at the end": the view then follows the answer as it grows. */
const STICK_PX = 32;

const Prompt = ({ text }: { text: string }) => (
  <div className="pg-turn-prompt">
    <span className="visually-hidden">You asked: </span>
    {text}
  </div>
);

/** Earlier exchanges of the conversation; they no longer change, so they render once. */
const PastTurns = memo(function PastTurns({ turns }: { turns: readonly ChatTurn[] }) {
  return turns.map((turn, index) =>
    turn.role === 'user' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: turns only ever grow at the end.
      <Prompt key={index} text={turn.content} />
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: turns only ever grow at the end.
      <div key={index} className="pg-answer pg-past-answer">
        <StreamingMarkdown text={turn.content} />
      </div>
    ),
  );
});

function CurrentAnswer({ columnId }: { columnId: string }) {
  const text = useColumnRun(columnId, (run) => run?.text ?? '');
  const streaming = useColumnRun(columnId, (run) => run?.phase === 'streaming');
  const waiting = useColumnRun(columnId, (run) => run?.phase === 'streaming' && !run.text && !run.reasoning);
  if (!text) return waiting ? <p className="hint">Waiting for the first token…</p> : null;
  return (
    <div className="pg-answer">
      <StreamingMarkdown text={text} streaming={streaming} />
    </div>
  );
}

/** The column's conversation as plain text, for when its markdown could not be rendered. */
function PlainAnswer({ columnId }: { columnId: string }) {
  const history = useColumnRun(columnId, (run) => run?.history);
  const prompt = useColumnRun(columnId, (run) => run?.prompt ?? '');
  const text = useColumnRun(columnId, (run) => run?.text ?? '');
  return (
    <div className="pg-render-failure">
      <p className="pg-error-card" role="alert">
        This answer could not be displayed as formatted text; here it is as plain text.
      </p>
      {history?.map((turn, index) =>
        turn.role === 'user' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: turns only ever grow at the end.
          <Prompt key={index} text={turn.content} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: turns only ever grow at the end.
          <pre key={index} className="pg-plain-answer">
            {turn.content}
          </pre>
        ),
      )}
      {history?.length ? <Prompt text={prompt} /> : null}
      <pre className="pg-plain-answer pg-answer">{text}</pre>
      <ErrorCard columnId={columnId} />
    </div>
  );
}

/** What the window changed about this column's request (a removed key replaced by the default one). */
function RunNotice({ columnId }: { columnId: string }) {
  const notice = useColumnRun(columnId, (run) => run?.notice ?? null);
  return notice ? (
    <p className="hint pg-run-notice" role="status">
      {notice}
    </p>
  ) : null;
}

function StartProblem({ columnId }: { columnId: string }) {
  const readOnly = useReadOnlyColumns() !== null;
  const message = usePlaygroundRun((state) =>
    state.startError?.columnId === columnId ? state.startError.error.message : null,
  );
  return message && !readOnly ? (
    <p className="pg-error-card" role="alert">
      {message}
    </p>
  ) : null;
}

/** Keeps the newest text in view while the reader is at the end; scrolling up stops following. */
function useFollowEnd(
  scroller: RefObject<HTMLDivElement | null>,
  content: RefObject<HTMLDivElement | null>,
  follow: boolean,
) {
  useEffect(() => {
    const box = scroller.current;
    const inner = content.current;
    if (!follow || !box || !inner) return;
    let atEnd = true;
    const onScroll = () => {
      atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - STICK_PX;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd) setScrollTopQuietly(box, box.scrollHeight - box.clientHeight);
    });
    box.addEventListener('scroll', onScroll, { passive: true });
    // The answer grows, or the box shrinks (the metrics below take another line): stay at the end.
    observer.observe(inner);
    observer.observe(box);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [scroller, content, follow]);
}

export function ColumnBody({ columnId, label }: { columnId: string; label: string }) {
  const hasRun = useColumnRun(columnId, (run) => run !== undefined);
  const history = useColumnRun(columnId, (run) => run?.history);
  const prompt = useColumnRun(columnId, (run) => run?.prompt ?? '');
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // A stored answer (History) reads from its start; a live one follows its end.
  useFollowEnd(scroller, content, useReadOnlyColumns() === null);
  const runId = useColumnRun(columnId, (run) => run?.runId);
  const followUp = (history?.length ?? 0) > 0;
  // An unrevealed blind column hides what would tell the models apart: earlier (revealed) turns and
  // notices that name the provider.
  const masked = useBlindMasked(columnId);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this is a scrolling answer.
    <div
      className="pg-column-body"
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling answer must be reachable by keyboard to scroll it.
      tabIndex={0}
      aria-label={`Answer of ${label}`}
      role="group"
    >
      <div ref={content} className="pg-column-content">
        {/* An answer that cannot be rendered shows as plain text; the next answer gets another try. */}
        <ErrorBoundary resetKey={runId} fallback={() => <PlainAnswer columnId={columnId} />}>
          {history && !masked ? <PastTurns turns={history} /> : null}
          {followUp && masked ? (
            <p className="hint">Earlier turns show after you vote: they would tell the models apart.</p>
          ) : null}
          {followUp ? <Prompt text={prompt} /> : null}
          <StartProblem columnId={columnId} />
          {hasRun ? (
            <>
              {masked ? null : <RunNotice columnId={columnId} />}
              <ReasoningSection columnId={columnId} />
              <CurrentAnswer columnId={columnId} />
              <ToolCallList columnId={columnId} />
              <ErrorCard columnId={columnId} />
            </>
          ) : (
            <p className="hint">Write a prompt above and press Run.</p>
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}
