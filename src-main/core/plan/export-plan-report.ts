// 'plan.exportReport': the report as Markdown where the user chooses, its CSV and (when the window
// sent one) the chart's PNG beside it under the same name. The core writes every file durably.

import * as nodeFs from 'node:fs';
import { basename, extname, isAbsolute } from 'node:path';
import type { PlanExportResult, PlanReport } from '../../../src-shared/plan.ts';
import type { ChooseSavePath } from '../history/export/choose-save-path.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { writeFileDurably } from '../store/durable-write.ts';
import { planReportCsv, planReportMarkdown } from './plan-report-text.ts';

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MODE = 0o644;

export interface PlanExportDeps {
  chooseSavePath: ChooseSavePath | undefined;
  /** Text leaves main in the files: scrubbed like every reply. */
  scrub(text: string): string;
}

/** The PNG's bytes, or an invalid_input error when the data URL is not a PNG. */
export function decodeChartPng(dataUrl: string): Buffer {
  const bytes = Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64');
  if (!dataUrl.startsWith(PNG_PREFIX) || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    throw new ArenaErrorException({
      kind: 'invalid_input',
      field: 'chartPng',
      message: 'The chart image is not a PNG: export again from the Plan page, or export without the chart.',
    });
  }
  return bytes;
}

/** Writes bytes with the same durable write as text (temporary file, fsync, rename). */
function writeBytesDurably(path: string, bytes: Buffer): void {
  writeFileDurably(path, '', {
    mode: MODE,
    fs: { ...nodeFs, writeFileSync: (fd: number) => nodeFs.writeFileSync(fd, bytes) },
  });
}

function sibling(path: string, extension: string): string {
  const current = extname(path);
  return `${current ? path.slice(0, -current.length) : path}${extension}`;
}

export async function exportPlanReport(
  report: PlanReport,
  extras: { chartPng?: string | undefined; basedOn?: string | undefined },
  deps: PlanExportDeps,
): Promise<PlanExportResult> {
  if (!deps.chooseSavePath) {
    throw new ArenaErrorException({
      kind: 'forbidden',
      message:
        'Exporting needs a save dialog, which only the app window has: export from the Plan page, or use `arena plan --json`.',
    });
  }
  const png = extras.chartPng === undefined ? null : decodeChartPng(extras.chartPng);
  const path = await deps.chooseSavePath(`byok-arena-plan-${report.generatedAt.slice(0, 10)}.md`, 'markdown');
  if (path === null) return { saved: false, path: null, companions: [], bytes: 0 };
  if (!isAbsolute(path)) throw new Error(`The save dialog gave a relative path (${path}).`);
  const csvPath = sibling(path, '.csv');
  const pngPath = png ? sibling(path, '.png') : null;
  const markdown = deps.scrub(
    planReportMarkdown(report, { chartFile: pngPath ? basename(pngPath) : null, basedOn: extras.basedOn }),
  );
  const csv = deps.scrub(planReportCsv(report));
  try {
    writeFileDurably(csvPath, csv, { mode: MODE });
    if (png && pngPath) writeBytesDurably(pngPath, png);
    writeFileDurably(path, markdown, { mode: MODE });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArenaErrorException({
      kind: 'internal',
      message: `The report could not be written to ${path} (${reason}). Choose a folder you can write to and export again.`,
    });
  }
  return {
    saved: true,
    path,
    companions: pngPath ? [csvPath, pngPath] : [csvPath],
    bytes: Buffer.byteLength(markdown) + Buffer.byteLength(csv) + (png?.length ?? 0),
  };
}
