import {
  ChevronLeft,
  ChevronRight,
  Copy,
  CopyPlus,
  GitCompareArrows,
  type LucideIcon,
  Maximize2,
  Minimize2,
  RotateCcw,
  Square,
  X,
} from 'lucide-react';
import { type MouseEvent, useRef } from 'react';
import { MAX_COLUMNS } from '../../../../../src-shared/compare.ts';
import { useCopy } from '../../../lib/markdown/use-copy.ts';
import { useBlindMasked } from '../blind/blind-store.ts';
import { useColumnDiff } from '../diff/diff-store.ts';
import { useComparable } from '../diff/use-comparable.ts';
import { isActivePhase } from '../run-state.ts';
import { useColumnRun, usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { usePlaygroundView } from '../view-store.ts';

interface ActionProps {
  label: string;
  icon: LucideIcon;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  disabled?: boolean;
  /** Why it is disabled, shown on hover and read out with the button. */
  reason?: string;
}

/** An icon button; a disabled one stays focusable (aria-disabled), so moving a column keeps focus. */
function Action({ label, icon: Icon, onClick, disabled = false, reason }: ActionProps) {
  const why = disabled ? reason : undefined;
  return (
    <button
      type="button"
      className="quiet pg-icon-button"
      aria-label={label}
      title={why ? `${label}: ${why}` : label}
      aria-description={why}
      aria-disabled={disabled}
      onClick={(event) => {
        if (!disabled) onClick(event);
      }}
    >
      <Icon aria-hidden="true" size={16} />
    </button>
  );
}

/** Keeps focus on a button whose column just moved (React moves the node, which drops focus). */
function refocus(event: MouseEvent<HTMLButtonElement>) {
  const button = event.currentTarget;
  requestAnimationFrame(() => button.isConnected && button.focus());
}

const COPY_LABELS = { idle: 'Copy markdown', copied: 'Copied', failed: 'Copy failed' } as const;

interface ColumnActionsProps {
  columnId: string;
  first: boolean;
  last: boolean;
}

export function ColumnActions({ columnId, first, last }: ColumnActionsProps) {
  const active = useColumnRun(columnId, (run) => (run ? isActivePhase(run.phase) : false));
  const retryable = useColumnRun(columnId, (run) => Boolean(run?.summary) && run?.phase !== 'failed');
  const hasText = useColumnRun(columnId, (run) => Boolean(run?.text));
  const maximized = usePlaygroundView((state) => state.maximizedId === columnId);
  const full = usePlaygroundSetup((state) => state.columns.length >= MAX_COLUMNS);
  const [copyState, copy] = useCopy();
  const toolbar = useRef<HTMLDivElement>(null);
  const setup = usePlaygroundSetup.getState;
  const comparable = useComparable(columnId);
  // Unrevealed blind: no retry (it would start a named run) and no reordering of the shuffled columns.
  const masked = useBlindMasked(columnId);

  const remove = () => {
    // Focus goes to a neighbour's title, so keyboard users stay among the columns.
    const region = toolbar.current?.closest('.pg-column');
    const neighbour = region?.nextElementSibling ?? region?.previousElementSibling;
    if (maximized) usePlaygroundView.getState().maximize(null);
    if (active) usePlaygroundRun.getState().cancel(columnId);
    setup().remove(columnId);
    // With no column left, focus goes to "Add model", the way to add one again.
    requestAnimationFrame(() => {
      const title = neighbour?.querySelector<HTMLElement>('.pg-column-title');
      if (title) title.focus();
      else document.querySelector<HTMLElement>('input[name="add-model"]')?.focus();
    });
  };

  return (
    <div className="pg-column-actions" ref={toolbar}>
      {active ? (
        <Action label="Cancel" icon={Square} onClick={() => usePlaygroundRun.getState().cancel(columnId)} />
      ) : null}
      {retryable && !masked ? (
        <Action
          label="Retry"
          icon={RotateCcw}
          onClick={() => void usePlaygroundRun.getState().retry(columnId)}
        />
      ) : null}
      <Action
        label={COPY_LABELS[copyState]}
        icon={Copy}
        disabled={!hasText}
        onClick={() => copy(usePlaygroundRun.getState().columns.get(columnId)?.text ?? '')}
      />
      {masked ? null : (
        <Action
          label="Compare with…"
          icon={GitCompareArrows}
          disabled={!comparable}
          reason="This column and another need an answer to compare."
          onClick={() => useColumnDiff.getState().open(columnId)}
        />
      )}
      {masked ? null : (
        <>
          <Action
            label="Duplicate"
            icon={CopyPlus}
            disabled={full}
            reason={`${MAX_COLUMNS} columns is the most one run takes: remove one to duplicate this one.`}
            onClick={() => setup().duplicate(columnId)}
          />
          <Action
            label="Move left"
            icon={ChevronLeft}
            disabled={first}
            onClick={(event) => {
              setup().move(columnId, -1);
              refocus(event);
            }}
          />
          <Action
            label="Move right"
            icon={ChevronRight}
            disabled={last}
            onClick={(event) => {
              setup().move(columnId, 1);
              refocus(event);
            }}
          />
        </>
      )}
      <Action
        label={maximized ? 'Restore' : 'Maximize'}
        icon={maximized ? Minimize2 : Maximize2}
        onClick={(event) => {
          usePlaygroundView.getState().maximize(maximized ? null : columnId);
          refocus(event);
        }}
      />
      <Action label="Remove" icon={X} onClick={remove} />
    </div>
  );
}
