import { clip, displayWidth } from './terminal-text.ts';

/** A cell's text, or its forms from the fullest to the shortest (e.g. "123,456,789" then "123M"). */
export type TableCell = string | readonly string[];

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /**
   * This column gives up width (its cells cut with an ellipsis) to keep the table within maxWidth:
   * down to `minWidth` first, then below it (not below its header) only once no other column has a
   * shorter form left.
   */
  shrinks?: boolean;
  /** For the shrinking column: the width it keeps while other columns can still take shorter forms. */
  minWidth?: number;
}

const GAP = '  ';

/** The text of `cell` at a column's form level: its last form when it has no shorter one. */
function formAt(cell: TableCell | undefined, level: number): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return cell[Math.min(level, cell.length - 1)] ?? '';
}

function formCount(cell: TableCell | undefined): number {
  return typeof cell === 'object' ? cell.length : 1;
}

/**
 * A plain-text table: each column as wide as its widest cell, numbers right-aligned. When wider than
 * `maxWidth`, the shrinking column narrows to its minWidth, then other columns switch to their
 * cells' shorter forms (the one saving most first), and only then does the shrinking column narrow
 * further. Cut cells end with "…". Cells must be single lines of printable text.
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  maxWidth = Number.POSITIVE_INFINITY,
): string {
  const levels = columns.map(() => 0);
  const widthAt = (index: number, level: number) =>
    rows.reduce(
      (widest, row) => Math.max(widest, displayWidth(formAt(row[index], level))),
      displayWidth(columns[index]!.header),
    );
  const hasShorterForm = (index: number) => rows.some((row) => formCount(row[index]) > levels[index]! + 1);
  const shrinking = columns.findIndex((column) => column.shrinks);
  const headerWidth = (index: number) => displayWidth(columns[index]!.header);
  const keptWidth = (index: number) => {
    const natural = widthAt(index, levels[index]!);
    return index === shrinking ? Math.min(natural, columns[index]!.minWidth ?? headerWidth(index)) : natural;
  };
  const total = (width: (index: number) => number) =>
    columns.reduce((sum, _, index) => sum + width(index), 0) + GAP.length * (columns.length - 1);

  while (total(keptWidth) > maxWidth) {
    const candidates = columns
      .map((_, index) => index)
      .filter((index) => index !== shrinking && hasShorterForm(index));
    if (candidates.length === 0) break;
    const saving = (index: number) => widthAt(index, levels[index]!) - widthAt(index, levels[index]! + 1);
    const best = candidates.reduce((chosen, index) => (saving(index) > saving(chosen) ? index : chosen));
    levels[best]!++;
  }

  const widths = columns.map((_, index) => widthAt(index, levels[index]!));
  const overflow = total((index) => widths[index]!) - maxWidth;
  if (overflow > 0 && shrinking >= 0)
    widths[shrinking] = Math.max(headerWidth(shrinking), widths[shrinking]! - overflow);

  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const width = widths[index]!;
        const cell = clip(cells[index] ?? '', width);
        const padding = ' '.repeat(width - displayWidth(cell));
        return column.align === 'right' ? `${padding}${cell}` : `${cell}${padding}`;
      })
      .join(GAP)
      .trimEnd();
  const shown = rows.map((row) => columns.map((_, index) => formAt(row[index], levels[index]!)));
  return [line(columns.map((column) => column.header)), ...shown.map(line)].join('\n');
}
