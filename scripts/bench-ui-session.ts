// One column count of the UI bench: the built renderer in a Chromium page through the UI test harness,
// the columns streaming paced markdown from the fake provider, run after run; measured from the
// provider's writes, through main's batches, to the frames that show the text.
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { FakeProvider } from '../e2e/fake-providers/fake-provider-server.ts';
import { epochNow, type PacedPlayback, playPaced } from '../e2e/fake-providers/paced-stream.ts';
import { type RunningArena, startArena } from '../e2e/support/arena-harness.ts';
import { addKeys, rememberColumns } from '../e2e/support/playground-page.ts';
import { createRateLimiter } from '../src-main/core/http/rate-limiter.ts';
import { createEmitLog, type EmitLog } from './bench-ui-emits.ts';
import { installPaintProbe, type ProbeRecord } from './bench-ui-probe.ts';
import { type UiColumnsResult, withTargets } from './bench-ui-report.ts';
import { clockOffset, quantiles, reachTimes } from './bench-ui-stats.ts';
import {
  type BenchColumn,
  type BenchFrames,
  benchAnswer,
  benchColumns,
  benchFrames,
  columnIndexOf,
  runningTotals,
} from './bench-ui-stream.ts';

export interface SessionConfig {
  columns: number;
  runs: number;
  streamSeconds: number;
  chunksPerSecond: number;
  viewport: { width: number; height: number };
  /** Records a Chromium performance trace of the first run here (open it in DevTools' Performance panel). */
  tracePath?: string;
}

const PROMPT = 'Quicksort or merge sort for 10 million 64-bit integers in memory? Be concrete.';
const MB = 1e6;

interface Served {
  playback: PacedPlayback;
  firstDelta: number;
}

/** Answers each chat request with its column's frames at the pace; the run's playbacks by column index. */
function servePaced(
  fake: FakeProvider,
  plan: readonly BenchColumn[],
  deltas: readonly string[],
  pace: number,
) {
  const framesOf = new Map<string, BenchFrames>();
  const framesFor = (column: BenchColumn) => {
    const key = `${column.wire} ${column.setup.model}`;
    const frames = framesOf.get(key) ?? benchFrames(column.wire, column.setup.model, deltas);
    framesOf.set(key, frames);
    return frames;
  };
  const playbacks = new Map<number, Served>();
  fake.setHandler({
    method: 'POST',
    handle: (request, res) => {
      const index = columnIndexOf(request.json);
      const column = plan[index];
      if (!column) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `bench: no column sent ${request.path}` } }));
        return;
      }
      const { frames, firstDelta } = framesFor(column);
      const playback = playPaced(res, { frames, intervalMs: 1000 / pace });
      playbacks.set(index, { playback, firstDelta });
      return playback.finished.then(() => {});
    },
  });
  return playbacks;
}

async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

/** Renderer main-thread counters from CDP Performance.getMetrics, in milliseconds. */
async function mainThreadMs(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    cpu: value('ThreadTime'),
    tasks: value('TaskDuration'),
    script: value('ScriptDuration'),
    layout: value('LayoutDuration'),
    style: value('RecalcStyleDuration'),
  };
}
type MainThreadMs = Awaited<ReturnType<typeof mainThreadMs>>;

/** The page's clock minus ours (both epoch milliseconds), from the tightest of several round trips. */
async function pageClockOffset(page: Page) {
  const trips = [];
  for (let i = 0; i < 15; i++) {
    const sentAt = epochNow();
    const otherAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    trips.push({ sentAt, otherAt, receivedAt: epochNow() });
  }
  return clockOffset(trips);
}

const afterFrames = (page: Page, count: number) =>
  page.evaluate(async (frames) => {
    for (let i = 0; i < frames; i++) await new Promise(requestAnimationFrame);
  }, count);

/** What every run adds to: latencies per chunk, long tasks, and per-run rates averaged at the end. */
class Tally {
  readonly paint: number[] = [];
  readonly legs = {
    writeToBridge: [] as number[],
    bridgeToPage: [] as number[],
    pageToFrame: [] as number[],
    frameToPaint: [] as number[],
  };
  readonly longTasks: number[] = [];
  readonly problems: string[] = [];
  readonly heapMb: number[] = [];
  unseenChunks = 0;
  clockUncertaintyMs = 0;
  longestGapMs = 0;
  private readonly perRun = {
    framesPerSecond: 0,
    probeMsPerSecond: 0,
    messagesPerSecond: 0,
    eventsPerMessage: 0,
    cpu: 0,
    tasks: 0,
    script: 0,
    layout: 0,
    style: 0,
  };
  private runs = 0;

  addRates(probe: ProbeRecord, emits: EmitLog, before: MainThreadMs, after: MainThreadMs): void {
    const seconds = probe.armedMs / 1000;
    const rate = emits.rate();
    this.runs++;
    for (const name of ['cpu', 'tasks', 'script', 'layout', 'style'] as const) {
      this.perRun[name] += (after[name] - before[name]) / seconds;
    }
    this.perRun.framesPerSecond += probe.frames / seconds;
    this.perRun.probeMsPerSecond += probe.probeMs / seconds;
    this.perRun.messagesPerSecond += rate.messagesPerSecond;
    this.perRun.eventsPerMessage += rate.eventsPerMessage;
    this.longestGapMs = Math.max(this.longestGapMs, probe.longestFrameGapMs);
    this.longTasks.push(...probe.longTasks);
  }

  mean(name: keyof Tally['perRun']): number {
    return this.runs > 0 ? this.perRun[name] / this.runs : 0;
  }
}

interface RunContext {
  run: number;
  deltas: readonly string[];
  totals: ReturnType<typeof runningTotals>;
  playbacks: ReadonlyMap<number, Served>;
  emits: EmitLog;
  offsetMs: number;
}

/** Adds one run's chunks to the tally: write → bridge → page → frame → painted, for each chunk that shows letters. */
function tallyChunks(tally: Tally, context: RunContext, columnIds: string[], probe: ProbeRecord): void {
  const { run, deltas, totals, playbacks, emits, offsetMs } = context;
  const expected = totals.letters.at(-1)!;
  const ours = (times: readonly number[]) => times.map((at) => at - offsetMs);
  for (const [index, columnId] of columnIds.entries()) {
    const served = playbacks.get(index);
    const seen = probe.columns[index];
    if (!served || !seen) {
      tally.problems.push(`run ${run}: column ${index + 1} was not ${served ? 'watched' : 'requested'}`);
      continue;
    }
    if (probe.finalLetters[index] !== expected) {
      tally.problems.push(
        `run ${run}: column ${index + 1} shows ${probe.finalLetters[index]} letters of ${expected}`,
      );
    }
    const paintedAt = reachTimes(totals.letters, { totals: seen.totals, at: ours(seen.paintedAt) });
    const frameAt = reachTimes(totals.letters, { totals: seen.totals, at: ours(seen.frameAt) });
    const bridgedAt = reachTimes(totals.chars, emits.samples(columnId));
    const receivedAt = reachTimes(totals.chars, { totals: seen.received.totals, at: ours(seen.received.at) });
    for (let k = 0; k < deltas.length; k++) {
      if (totals.letters[k]! <= (k === 0 ? 0 : totals.letters[k - 1]!)) continue;
      const written = served.playback.writtenAt[served.firstDelta + k]!;
      const painted = paintedAt[k]!;
      if (Number.isNaN(painted) || Number.isNaN(written)) {
        tally.unseenChunks++;
        continue;
      }
      tally.paint.push(painted - written);
      const points = [written, bridgedAt[k]!, receivedAt[k]!, frameAt[k]!, painted];
      if (points.some(Number.isNaN)) continue;
      const [w, b, r, f, p] = points as [number, number, number, number, number];
      tally.legs.writeToBridge.push(b - w);
      tally.legs.bridgeToPage.push(r - b);
      tally.legs.pageToFrame.push(f - r);
      tally.legs.frameToPaint.push(p - f);
    }
  }
}

async function openSession(browser: Browser, config: SessionConfig, emits: EmitLog) {
  const context = await browser.newContext({ viewport: config.viewport });
  const page = await context.newPage();
  await page.addInitScript({ content: `(${installPaintProbe.toString()})();` });
  const arena: RunningArena = await startArena(page, {
    env: {},
    keyBackend: 'os',
    // Every column starts at once (the app's default limit spaces requests to one provider 500 ms apart).
    client: { rateLimiter: createRateLimiter({ defaultLimit: { perSecond: 1000, burst: 1000 } }) },
    onEmit: emits.record,
    recordTraffic: false,
    eventDelivery: 'cdp',
  });
  return { context, page, arena };
}

export async function runSession(browser: Browser, config: SessionConfig): Promise<UiColumnsResult> {
  const plan = benchColumns(config.columns);
  const deltas = benchAnswer(config.streamSeconds * config.chunksPerSecond);
  const totals = runningTotals(deltas);
  const emits = createEmitLog();
  const { context, page, arena } = await openSession(browser, config, emits);
  const playbacks = servePaced(arena.fakeGlobal, plan, deltas, config.chunksPerSecond);
  const tally = new Tally();
  try {
    await addKeys(page, ['minimax', 'openai', 'anthropic', 'deepseek']);
    await rememberColumns(
      page,
      plan.map((column) => column.setup),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    tally.heapMb.push(await heapUsedMb(cdp));
    for (let run = 1; run <= config.runs; run++) {
      if (run > 1) {
        await page.getByRole('button', { name: 'New conversation' }).click();
        await page.locator('.pg-answer').first().waitFor({ state: 'detached' });
      }
      await page.getByRole('textbox', { name: 'Prompt' }).fill(PROMPT);
      // As a user would, run once the prompt's token estimate is shown (the tokenizer loads for the first).
      await page.locator('.pg-token-count', { hasText: /≈ [\d,]+ tokens/ }).waitFor();
      const clock = await pageClockOffset(page);
      tally.clockUncertaintyMs = Math.max(tally.clockUncertaintyMs, clock.uncertaintyMs);
      const columnIds = await page.evaluate(() => window.__paintProbe!.arm());
      const before = await mainThreadMs(cdp);
      playbacks.clear();
      emits.reset();
      const finished = emits.allDone(config.columns, config.streamSeconds * 3000 + 30_000);
      const tracing = run === 1 && config.tracePath !== undefined;
      if (tracing) await browser.startTracing(page, { path: config.tracePath, screenshots: false });
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await finished;
      await afterFrames(page, 3);
      if (tracing) await browser.stopTracing();
      const probe = await page.evaluate(() => window.__paintProbe!.take());
      const after = await mainThreadMs(cdp);
      tallyChunks(
        tally,
        { run, deltas, totals, playbacks, emits, offsetMs: clock.offsetMs },
        columnIds,
        probe,
      );
      tally.addRates(probe, emits, before, after);
      tally.heapMb.push(await heapUsedMb(cdp));
    }
    tally.problems.push(...arena.pageErrors);
    return withTargets({
      columns: config.columns,
      runs: config.runs,
      chunksPerColumn: deltas.length,
      chunkToPaintMs: quantiles(tally.paint),
      segmentsMs: {
        writeToBridge: quantiles(tally.legs.writeToBridge),
        bridgeToPage: quantiles(tally.legs.bridgeToPage),
        pageToFrame: quantiles(tally.legs.pageToFrame),
        frameToPaint: quantiles(tally.legs.frameToPaint),
      },
      longTasks: {
        count: tally.longTasks.length,
        maxMs: tally.longTasks.length > 0 ? Math.max(...tally.longTasks) : null,
      },
      heap: {
        beforeMb: tally.heapMb[0]!,
        afterMb: tally.heapMb.at(-1)!,
        growthMb: tally.heapMb.at(-1)! - tally.heapMb[0]!,
        afterEachRunMb: tally.heapMb.slice(1),
      },
      bridge: {
        messagesPerSecond: tally.mean('messagesPerSecond'),
        eventsPerMessage: tally.mean('eventsPerMessage'),
      },
      frames: { perSecond: tally.mean('framesPerSecond'), longestGapMs: tally.longestGapMs },
      probeMsPerSecond: tally.mean('probeMsPerSecond'),
      mainThreadMsPerSecond: {
        cpu: tally.mean('cpu'),
        tasks: tally.mean('tasks'),
        script: tally.mean('script'),
        layout: tally.mean('layout'),
        style: tally.mean('style'),
      },
      clockUncertaintyMs: tally.clockUncertaintyMs,
      unseenChunks: tally.unseenChunks,
      problems: tally.problems,
    });
  } finally {
    await arena.close();
    await context.close();
  }
}
