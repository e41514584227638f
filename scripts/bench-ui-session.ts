// One column count of the UI bench: the built renderer in a Chromium page through the UI test harness,
// the columns streaming paced markdown from the fake provider, run after run; measured from the
// provider's writes, through main's batches, to the frames that show the text.
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { FakeProvider } from '../e2e/fake-providers/fake-provider-server.ts';
import { epochNow, playPaced } from '../e2e/fake-providers/paced-stream.ts';
import { type RunningArena, startArena } from '../e2e/support/arena-harness.ts';
import { addKeys, rememberColumns } from '../e2e/support/playground-page.ts';
import { createRateLimiter } from '../src-main/core/http/rate-limiter.ts';
import { KeyPrefixTail } from '../src-main/core/ipc/key-prefix-tail.ts';
import { createEmitLog, type EmitLog } from './bench-ui-emits.ts';
import { installPaintProbe } from './bench-ui-probe.ts';
import { type UiColumnsResult, withTargets } from './bench-ui-report.ts';
import { clockOffset, quantiles } from './bench-ui-stats.ts';
import {
  type BenchColumn,
  type BenchFrames,
  benchAnswer,
  benchColumns,
  benchFrames,
  columnIndexOf,
  heldBack,
  runningTotals,
} from './bench-ui-stream.ts';
import { type MainThreadMs, type Served, Tally, tallyChunks } from './bench-ui-tally.ts';

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
async function mainThreadMs(cdp: CDPSession): Promise<MainThreadMs> {
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

async function openSession(browser: Browser, config: SessionConfig, emits: EmitLog) {
  const context = await browser.newContext({ viewport: config.viewport });
  const page = await context.newPage();
  // Before the harness's own script: the probe wraps the bridge's event entry point it defines.
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
    // Which chunks main holds back as a possible start of one of the keys just stored (as its redactor does).
    const keyTail = new KeyPrefixTail(() => arena.core.secrets.known());
    const held = heldBack(deltas, (text) => keyTail.length(text));
    for (let run = 1; run <= config.runs; run++) {
      if (run > 1) {
        await page.getByRole('button', { name: 'New conversation' }).click();
        await page.locator('.pg-answer').first().waitFor({ state: 'detached' });
      }
      await page.getByRole('textbox', { name: 'Prompt' }).fill(PROMPT);
      // As a user would, run once the prompt's token estimate is shown (the tokenizer loads for the first).
      await page.locator('.pg-token-count', { hasText: /≈ [1-9][\d,]* tokens/ }).waitFor();
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
        { run, deltas, totals, held, playbacks, emits, offsetMs: clock.offsetMs },
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
      keyHoldBack: {
        share: tally.paint.length > 0 ? tally.heldChunks / tally.paint.length : 0,
        othersChunkToPaintMs: quantiles(tally.paintNotHeld),
      },
      segmentsMs: {
        writeToBridge: quantiles(tally.legs.writeToBridge),
        bridgeToPage: quantiles(tally.legs.bridgeToPage),
        pageToFrame: quantiles(tally.legs.pageToFrame),
        frameToPaint: quantiles(tally.legs.frameToPaint),
      },
      longTasks: {
        count: tally.longTasks.length,
        maxMs: tally.longTasks.length > 0 ? Math.max(...tally.longTasks.map((task) => task.ms)) : null,
        list: tally.longTasks.map(({ run, atMs, ms }) => ({
          run,
          atMs: Math.round(atMs),
          ms: Math.round(ms),
        })),
      },
      heap: {
        beforeMb: tally.heapMb[0]!,
        afterMb: tally.heapMb.at(-1)!,
        growthMb: tally.heapMb.at(-1)! - tally.heapMb[0]!,
        growthAfterFirstRunMb: tally.heapMb.at(-1)! - tally.heapMb[Math.min(1, tally.heapMb.length - 1)]!,
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
