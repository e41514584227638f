// The export's save port in the app: the system save dialog, opened over the window, starting in
// the user's Documents folder with the name the core offers.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { ExportFormat } from '../../src-shared/history.ts';
import type { ChooseSavePath } from '../core/history/export/choose-save-path.ts';

const FILTERS: Readonly<Record<ExportFormat, { name: string; extensions: string[] }>> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV (spreadsheet)', extensions: ['csv'] },
};

export function createSaveDialog(window: () => BrowserWindow | null): ChooseSavePath {
  return async (defaultName, format) => {
    const options: SaveDialogOptions = {
      title: 'Export',
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [FILTERS[format]],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = window();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
