import type { ExportFormat } from '../../../../src-shared/history.ts';

/**
 * Where to save an export: the app asks with a save dialog (src-main/electron/save-dialog.ts), tests
 * and the UI harness answer with a temporary path. An absolute path, or null when the user cancelled.
 */
export type ChooseSavePath = (defaultName: string, format: ExportFormat) => Promise<string | null>;
