// The decode section's figures from its timed runs, and its table.
import type { WireId } from '../src-shared/domain.ts';
import { type Spread, spreadOf } from './bench-stats.ts';

export const TARGET_RATIO_VS_SDK = 1.5;
export const TARGET_RATIO_VS_FLOOR = 2;

export const CONTENDERS = ['bytes', 'sse', 'json', 'ours', 'sdk'] as const;
export type Contender = (typeof CONTENDERS)[number];

type Range = [min: number, max: number];

/** µs per text event from one clock (medians over the runs, with their min–max). */
export interface DecodeFigures {
  oursUsPerEvent: number;
  sdkUsPerEvent: number;
  /** The "json" floor: bytes + SSE parsing + JSON.parse of each data line + reading the text field. */
  floorUsPerEvent: number;
  /** SDK time ÷ ours (target ≥ 1.5). */
  ratioVsSdk: number;
  /** Ours ÷ the floor (target ≤ 2). */
  ratioVsFloor: number;
  spread: { ours: Range; sdk: Range; floor: Range };
  /** Each floor's median µs/event. */
  floors: { bytes: number; sse: number; json: number };
}

/** One wire's figures by wall-clock time, and the same by the process's CPU time (`cpu`). */
export interface DecodeRow extends DecodeFigures {
  wire: WireId;
  /** Text events in the transcript. */
  events: number;
  /**
   * The same figures from CPU time (every thread of the process, the in-process server's share
   * included): steadier than wall time when other processes compete for the cores.
   */
  cpu: DecodeFigures;
  /** Timed runs per contender. */
  runs: number;
}

export type DurationsMs = Readonly<Record<Contender, readonly number[]>>;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Median and min–max in µs per event, from run durations in ms. */
function perEvent(durationsMs: readonly number[], events: number) {
  return spreadOf(durationsMs.map((ms) => (ms * 1000) / events));
}

function figures(durationsMs: DurationsMs, events: number): DecodeFigures {
  const at = (contender: Contender) => perEvent(durationsMs[contender], events);
  const [bytes, sse, json, ours, sdk] = [at('bytes'), at('sse'), at('json'), at('ours'), at('sdk')];
  const range = (spread: Spread): Range => [round3(spread.min), round3(spread.max)];
  return {
    oursUsPerEvent: round3(ours.median),
    sdkUsPerEvent: round3(sdk.median),
    floorUsPerEvent: round3(json.median),
    ratioVsSdk: round3(sdk.median / ours.median),
    ratioVsFloor: round3(ours.median / json.median),
    spread: { ours: range(ours), sdk: range(sdk), floor: range(json) },
    floors: { bytes: round3(bytes.median), sse: round3(sse.median), json: round3(json.median) },
  };
}

/** One wire's row from each contender's run durations (ms) over a transcript of `events` text events. */
export function decodeRow(
  wire: WireId,
  events: number,
  timed: { wallMs: DurationsMs; cpuMs: DurationsMs },
): DecodeRow {
  return {
    wire,
    events,
    ...figures(timed.wallMs, events),
    cpu: figures(timed.cpuMs, events),
    runs: timed.wallMs.ours.length,
  };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const withRange = (median: number, [min, max]: Range) => `${median} (${min}–${max})`;

function tableLine(label: string, events: number, row: DecodeFigures): string {
  const cells = [
    label,
    events,
    row.floors.bytes,
    row.floors.sse,
    withRange(row.floors.json, row.spread.floor),
    withRange(row.oursUsPerEvent, row.spread.ours),
    withRange(row.sdkUsPerEvent, row.spread.sdk),
    `${row.ratioVsSdk}× ${mark(row.ratioVsSdk >= TARGET_RATIO_VS_SDK)}`,
    `${row.ratioVsFloor}× ${mark(row.ratioVsFloor <= TARGET_RATIO_VS_FLOOR)}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * A Markdown table of the rows, µs per event (median, min–max), with the targets marked ✓ or ✗: each
 * wire by wall-clock time, then by CPU time.
 */
export function decodeTable(rows: readonly DecodeRow[]): string {
  return [
    '| wire | events | bytes | + SSE | + JSON (floor) | ours | official SDK | SDK ÷ ours (≥ 1.5) | ours ÷ floor (≤ 2) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.flatMap((row) => [
      tableLine(`${row.wire}, wall`, row.events, row),
      tableLine(`${row.wire}, CPU`, row.events, row.cpu),
    ]),
  ].join('\n');
}
