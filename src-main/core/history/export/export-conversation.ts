// 'history.export': one run or a whole conversation as Markdown, JSON or CSV, written where the user
// chooses. The core writes the file (atomically), so every format is tested under plain Node.
import { isAbsolute } from 'node:path';
import type { z } from 'zod';
import type { Conversation, ExportFormat, ExportResult } from '../../../../src-shared/history.ts';
import type { exportRequestSchema } from '../../../../src-shared/history-schemas.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { redactDeep, type Scrubber } from '../../ipc/redact-deep.ts';
import { writeFileDurably } from '../../store/durable-write.ts';
import type { ChooseSavePath } from './choose-save-path.ts';
import { conversationCsv } from './csv-export.ts';
import { exportFileName } from './export-file-name.ts';
import { conversationJson } from './json-export.ts';
import { conversationMarkdown } from './markdown-export.ts';
import { selectTurns } from './select-turns.ts';

export type ExportRequest = z.infer<typeof exportRequestSchema>;

export interface ExportDeps {
  /** The stored conversation; throws an ArenaErrorException when there is none. */
  getConversation(conversationId: string): Conversation;
  /** Absent where nobody can be asked (the CLI): exporting then says so. */
  chooseSavePath: ChooseSavePath | undefined;
  /** The stored data is already scrubbed; exports leave main, so they are scrubbed again. */
  scrubber: Scrubber;
  now?: () => Date;
  write?: (path: string, text: string) => void;
}

const writeExport = (path: string, text: string) => writeFileDurably(path, text, { mode: 0o644 });

function render(conversation: Conversation, format: ExportFormat, oneRun: boolean, exportedAt: Date): string {
  switch (format) {
    case 'markdown':
      return conversationMarkdown(conversation, { exportedAt, oneRun });
    case 'json':
      return conversationJson(conversation, exportedAt);
    case 'csv':
      return conversationCsv(conversation.turns);
  }
}

export async function exportConversation(request: ExportRequest, deps: ExportDeps): Promise<ExportResult> {
  if (!deps.chooseSavePath) {
    throw new ArenaErrorException({
      kind: 'forbidden',
      message: 'Exporting needs a save dialog, which only the app window has: export from the History page.',
    });
  }
  const oneRun = request.runId !== undefined;
  const chosen = redactDeep(
    selectTurns(deps.getConversation(request.conversationId), request.runId),
    deps.scrubber,
  );
  const text = render(chosen, request.format, oneRun, (deps.now ?? (() => new Date()))());
  const [firstTurn] = chosen.turns;
  if (!firstTurn) throw new Error('selectTurns returned no turn');
  const path = await deps.chooseSavePath(
    exportFileName(chosen.conversationId, firstTurn, oneRun, request.format),
    request.format,
  );
  if (path === null) return { saved: false, path: null, bytes: 0 };
  if (!isAbsolute(path)) throw new Error(`The save dialog gave a relative path (${path}).`);
  try {
    (deps.write ?? writeExport)(path, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArenaErrorException({
      kind: 'internal',
      message: `The export could not be written to ${path} (${reason}). Choose a folder you can write to and export again.`,
    });
  }
  return { saved: true, path, bytes: Buffer.byteLength(text, 'utf8') };
}
