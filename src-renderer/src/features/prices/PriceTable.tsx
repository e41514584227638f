import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { PriceRow } from '../../../../src-shared/pricing.ts';
import type { QualityIndexInfo, QualityIndexRef } from '../../../../src-shared/quality.ts';
import { qualityIndexLabel } from '../../../../src-shared/quality-pick.ts';
import { SortHeader } from '../../ui/SortHeader.tsx';
import { TierBadge } from '../../ui/TierBadge.tsx';
import { NumberCell } from './PriceCells.tsx';
import { formatPerMillion, formatPerQualityPoint } from './price-format.ts';
import { type PriceSort, perQualityPoint, type SortKey } from './price-view.ts';
import { QualityCell } from './QualityCell.tsx';
import { perPointMeaningless, rowQualityView } from './quality-view.ts';

interface Column {
  label: string;
  /** Names the <col> whose width styles.css sets. */
  id: string;
  sortKey?: SortKey;
  numeric?: boolean;
  title?: string;
}

/** The table's columns; the two quality headers say which index they use. */
function columnsFor(qualityLabel: string, perPointReason: string | null): readonly Column[] {
  return [
    { label: 'Model', id: 'model', sortKey: 'model' },
    { label: 'Tier', id: 'tier', sortKey: 'tier' },
    {
      label: 'Quality',
      id: 'quality',
      sortKey: 'quality',
      numeric: true,
      title: `${qualityLabel} score, for the way the app calls the model by default; hover a score for the others`,
    },
    { label: 'Input', id: 'price', sortKey: 'input', numeric: true },
    { label: 'Output', id: 'price', sortKey: 'output', numeric: true },
    { label: 'Cache read', id: 'price', sortKey: 'cacheRead', numeric: true },
    { label: 'Cache write', id: 'price', sortKey: 'cacheWrite', numeric: true },
    { label: 'Context', id: 'context', sortKey: 'context', numeric: true },
    {
      label: '$ / quality pt',
      id: 'per-quality',
      sortKey: 'perQuality',
      numeric: true,
      title:
        perPointReason ??
        `Blended price per 1M tokens (3 input : 1 output) divided by the ${qualityLabel} score`,
    },
    { label: 'Source', id: 'source' },
  ];
}

const COLUMN_COUNT = columnsFor('', null).length;

/** Between a one-line row and one whose model id wraps; each row is measured as it renders. */
const ESTIMATED_ROW_HEIGHT = 40;

/** The index the Quality and $ / quality pt columns show, and every index's description for the hover. */
export interface QualityChoice {
  index: QualityIndexRef;
  indexes: readonly QualityIndexInfo[];
}

interface PriceTableProps {
  rows: readonly PriceRow[];
  sort: PriceSort;
  onSort: (sort: PriceSort) => void;
  quality: QualityChoice;
}

/**
 * Every model in one table that scrolls inside its own region under a sticky header. Only the rows
 * near the viewport are in the DOM; aria-rowcount and aria-rowindex tell assistive technology the
 * whole size and each row's place.
 */
export function PriceTable({ rows, sort, onSort, quality }: PriceTableProps) {
  const columns = columnsFor(
    qualityIndexLabel(quality.index, quality.indexes),
    perPointMeaningless(quality.index),
  );
  const scrollRef = useRef<HTMLElement>(null);
  const captionId = useId();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    // Keyed by model, so a measured height follows its row through filtering and sorting.
    getItemKey: (index) => {
      const row = rows[index];
      return row ? `${row.provider}/${row.model}` : index;
    },
    overscan: 12,
  });

  // A new filter or order starts at the top, not somewhere past the end of a shorter list.
  const shownRows = useRef(rows);
  useEffect(() => {
    if (shownRows.current === rows) return;
    shownRows.current = rows;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [rows]);

  // Rows are measured only once rendered, so the list's height is an estimate until then: End and Home
  // ask the virtualizer to land on the last or first row rather than on the estimated end.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.shiftKey || rows.length === 0) return;
    if (event.key === 'End') virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
    else if (event.key === 'Home') virtualizer.scrollToOffset(0);
    else return;
    event.preventDefault();
  };

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <section
      className="scroll-panel"
      ref={scrollRef}
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it.
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <table className="prices" aria-rowcount={rows.length + 1}>
        <caption id={captionId} className="visually-hidden">
          Models and prices, USD per 1M tokens
        </caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.label} className={`col-${column.id}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <SortHeader
                key={column.label}
                label={column.label}
                title={column.title}
                sortKey={column.sortKey}
                numeric={column.numeric}
                sort={sort}
                onSort={onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          <Spacer height={padTop} />
          {items.map((item) => {
            const row = rows[item.index];
            return row ? (
              <PriceTableRow
                key={item.key}
                row={row}
                index={item.index}
                quality={quality}
                measure={virtualizer.measureElement}
              />
            ) : null;
          })}
          <Spacer height={padBottom} />
        </tbody>
      </table>
    </section>
  );
}

/** Stands in for the rows scrolled out of the DOM, so the scrollbar keeps the whole list's size. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a table row is not focusable; this one is only space.
    <tr className="spacer" aria-hidden="true">
      <td colSpan={COLUMN_COUNT} style={{ height }} />
    </tr>
  );
}

interface RowProps {
  row: PriceRow;
  index: number;
  quality: QualityChoice;
  measure: (element: HTMLTableRowElement | null) => void;
}

function PriceTableRow({ row, index, quality, measure }: RowProps) {
  const perPointReason = perPointMeaningless(quality.index);
  const perPoint = formatPerQualityPoint(perQualityPoint(row, quality.index));
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <th scope="row">
        <span className="provider">{row.provider}/</span>
        <wbr />
        <ModelId id={row.model} />
        {row.estimated ? <span className="badge warn">estimated</span> : null}
      </th>
      <td>
        <TierBadge tier={row.tier} reason={row.tierReason} />
      </td>
      <QualityCell view={rowQualityView(row, quality.index)} indexes={quality.indexes} />
      <NumberCell value={formatPerMillion(row.inputUsdPerToken)} />
      <NumberCell value={formatPerMillion(row.outputUsdPerToken)} />
      <NumberCell value={formatPerMillion(row.cacheReadUsdPerToken)} />
      <NumberCell value={formatPerMillion(row.cacheWriteUsdPerToken)} />
      <NumberCell value={row.contextWindow?.toLocaleString('en-US') ?? null} />
      <NumberCell
        value={perPoint}
        title={
          perPoint === null ? (perPointReason ?? `unknown: ${row.qualityMissing ?? 'no price'}`) : undefined
        }
        unknownText={perPointReason ? 'not shown' : undefined}
      />
      <td className="source">
        {row.source} · <span className="nowrap">{row.asOf}</span>
      </td>
    </tr>
  );
}

/** A long id wraps after a slash ("openrouter/z-ai/" then "glm-4.7") before it breaks anywhere else. */
function ModelId({ id }: { id: string }) {
  const parts = id.split('/');
  return parts.map((part, index) =>
    index < parts.length - 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one id never reorder.
      <Fragment key={index}>
        {part}/<wbr />
      </Fragment>
    ) : (
      part
    ),
  );
}
