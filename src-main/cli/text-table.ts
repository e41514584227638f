import { clip, displayWidth } from './terminal-text.ts';

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /** This column gives up width (its cells cut with an ellipsis) to keep the table within maxWidth. */
  shrinks?: boolean;
}

const GAP = '  ';

/**
 * A plain-text table: each column as wide as its widest cell, numbers right-aligned. When wider than
 * `maxWidth`, the shrinking column narrows (not below its header) and cut cells end with "…".
 * Cells must be single lines of printable text.
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly string[][], maxWidth = Infinity) {
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  );
  const total = widths.reduce((sum, width) => sum + width, 0) + GAP.length * (columns.length - 1);
  const shrinking = columns.findIndex((column) => column.shrinks);
  if (total > maxWidth && shrinking >= 0) {
    const floor = displayWidth(columns[shrinking]!.header);
    widths[shrinking] = Math.max(floor, widths[shrinking]! - (total - maxWidth));
  }
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
  return [line(columns.map((column) => column.header)), ...rows.map(line)].join('\n');
}
