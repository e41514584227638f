// `npm run bench`: runs the bench sections (each repeats its measurements: warm-up, timed runs with GC
// between, median and min–max), prints their lines and merges their results into bench-results.json.
// Prints numbers, asserts nothing. Loopback only.
// Usage: npm run bench [-- --only decode,latency,pricing,startup,history,ui] [-- --quick]
// The results file's shape, and the targets: docs/bench-results.md.
import { parseBenchArgs } from './bench-args.ts';
import {
  currentLoadAverage,
  machineInfo,
  type SectionName,
  type SectionResult,
  writeBenchResults,
} from './bench-results-file.ts';

interface SectionModule {
  run(options: { quick: boolean }): Promise<SectionResult>;
}

/** Each section's module, loaded when it runs (so `--only pricing` loads neither SDK nor Chromium). */
const SECTIONS: Readonly<Record<SectionName, () => Promise<SectionModule>>> = {
  decode: () => import('./bench-decode.ts'),
  latency: () => import('./bench-latency.ts'),
  pricing: () => import('./bench-pricing.ts'),
  startup: () => import('./bench-startup.ts'),
  history: () => import('./bench-history.ts'),
  ui: () => import('./bench-ui-section.ts'),
};

const args = parseBenchArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.error);
  process.exit(2);
}
const { quick } = args;
const started = performance.now();
const createdAt = new Date().toISOString();
const loadAverage = currentLoadAverage();
console.log(
  `bench: ${args.sections.join(', ')}${quick ? ' (quick)' : ''}; load average ${loadAverage.join(', ')} on ${machineInfo().cpus.count} cores`,
);

const sections: Partial<Record<SectionName, SectionResult>> = {};
const failed: SectionName[] = [];
let chromium: string | undefined;
for (const name of args.sections) {
  const sectionStarted = performance.now();
  console.log(`\n== ${name}`);
  try {
    const result = await (await SECTIONS[name]()).run({ quick });
    sections[name] = result;
    if (name === 'ui' && 'browser' in result && typeof result.browser === 'string') chromium = result.browser;
  } catch (error) {
    failed.push(name);
    console.error(
      `bench: the ${name} section failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  console.log(`== ${name}: ${((performance.now() - sectionStarted) / 1000).toFixed(1)} s`);
}

console.log('');
if (Object.keys(sections).length > 0) {
  const run = { createdAt, quick, loadAverage, machine: machineInfo(chromium), sections };
  for (const line of writeBenchResults(run)) console.log(line);
}
console.log(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failed.length > 0) {
  console.error(`bench: ${failed.join(', ')} failed (see above); their earlier results were kept.`);
  process.exitCode = 1;
}
