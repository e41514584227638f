// RFC 4180 cells, made safe to open in a spreadsheet.

/** First characters a spreadsheet takes as the start of a formula (OWASP's list: = + - @, tab, CR). */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell: one starting like a formula gets a leading apostrophe (what spreadsheets show as
 * "text", and what OWASP's CSV-injection advice prescribes), so `=SUM(A1)` or `@cmd` is never run.
 */
export function textCell(value: string): string {
  return quoteCell(FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value);
}

/** A number the export computed (never prefixed): empty when unknown. */
export function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** Quoted when it holds a quote, comma, CR or LF; inner quotes doubled (RFC 4180 §2.6–2.7). */
function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records end with CRLF, the last one included (RFC 4180 §2.1–2.2). */
export function csvRecords(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.join(',')}\r\n`).join('');
}
