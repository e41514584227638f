import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('layering', () => {
  it('only src-main/electron (and the entry) import electron or electron-store', () => {
    const offenders = [
      ...sourceFiles('src-main'),
      ...sourceFiles('src-shared'),
      ...sourceFiles('src-renderer'),
    ]
      .filter((file) => !file.startsWith('src-main/electron/') && file !== 'src-main/index.ts')
      .filter((file) => importsOf(file).some((spec) => /^electron(-store)?(\/|$)/.test(spec)));
    expect(offenders).toEqual([]);
  });

  it('src-shared imports no node:, electron or DOM-only modules', () => {
    const offenders = sourceFiles('src-shared').filter((file) =>
      importsOf(file).some(
        (spec) => spec.startsWith('node:') || spec.startsWith('electron') || spec === 'react',
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('nothing reads the design folder beside the repository (users do not have it)', () => {
    const offenders = ['src-main', 'src-shared', 'src-renderer', 'src-preload', 'e2e']
      .flatMap(sourceFiles)
      .filter((file) =>
        new RegExp(`${'\\.\\.'}/shared\\b|/work/shared`).test(readFileSync(join(ROOT, file), 'utf8')),
      )
      .filter((file) => file !== 'src-main/layering.test.ts');
    expect(offenders).toEqual([]);
  });
});
