import type { ExportFormat, StoredTurn } from '../../../../src-shared/history.ts';

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  markdown: 'md',
  json: 'json',
  csv: 'csv',
};

/**
 * The name a save dialog offers: byok-arena-2026-11-27-1a2b3c4d.md, with -turn-2 for one run.
 * Only letters, digits and dashes of the id, so no id can name a folder or a hidden file.
 */
export function exportFileName(
  conversationId: string,
  firstTurn: StoredTurn,
  oneRun: boolean,
  format: ExportFormat,
): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(firstTurn.startedAt)?.[0] ?? 'undated';
  const id = conversationId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 8) || 'export';
  const turn = oneRun ? `-turn-${firstTurn.turnIndex + 1}` : '';
  return `byok-arena-${day}-${id}${turn}.${EXPORT_EXTENSIONS[format]}`;
}
