// Lists the mutants no test detected (survived or not covered), one per line, for the files under a
// path prefix: `node scripts/mutation-survivors.ts src-main/core/errors [report.json]`.
import {
  MUTATION_REPORT_PATH,
  originalText,
  type ReportedFile,
  readMutationReport,
} from './mutation-report.ts';

const oneLine = (text: string) => text.replaceAll(/\s+/g, ' ').trim();

export function survivorLines(files: readonly ReportedFile[], prefix: string): string[] {
  return files
    .filter((file) => file.path.startsWith(prefix))
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((file) =>
      file.mutants
        .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
        .sort(
          (a, b) =>
            a.location.start.line - b.location.start.line ||
            a.location.start.column - b.location.start.column,
        )
        .map((mutant) => {
          const where = `${file.path}:${mutant.location.start.line}:${mutant.location.start.column}`;
          const change = `${oneLine(originalText(file.source, mutant))} → ${oneLine(mutant.replacement ?? '')}`;
          return `${where}  ${mutant.mutatorName}  ${mutant.status}  ${change}`;
        }),
    );
}

if (import.meta.main) {
  const [prefix = '', reportPath = MUTATION_REPORT_PATH] = process.argv.slice(2);
  try {
    const lines = survivorLines(readMutationReport(reportPath), prefix);
    console.log(lines.length ? lines.join('\n') : `No surviving mutants under "${prefix}".`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
