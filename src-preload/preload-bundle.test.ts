// The preload runs in every window before the page: it must stay small. Bundling it the way the
// build does (one self-contained file, only electron left out) shows every module it really pulls
// in, type-only imports excluded, so a stray value import of contract.ts (and with it zod) fails here.
import { join, sep } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      rolldownOptions: { input: join(ROOT, entry), external: ['electron'], output: { format: 'cjs' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) =>
    output.output.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])),
  );
}

const inPackage = (name: string) => (id: string) => id.includes(`${sep}node_modules${sep}${name}${sep}`);

describe('preload bundle', () => {
  it('holds the bridge and the route names, and no zod', async () => {
    const modules = await bundledModules('src-preload/index.ts');
    expect(modules).toContain(join(ROOT, 'src-shared/bridge.ts'));
    expect(modules.filter(inPackage('zod'))).toEqual([]);
  });
});
