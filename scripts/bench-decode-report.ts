// The decode section's figures from its timed runs, and its table.
import type { WireId } from '../src-shared/domain.ts';
import { type Spread, spreadOf } from './bench-stats.ts';

export const TARGET_RATIO_VS_SDK = 1.5;
export const TARGET_RATIO_VS_FLOOR = 2;

export const CONTENDERS = ['bytes', 'sse', 'json', 'ours', 'sdk'] as const;
export type Contender = (typeof CONTENDERS)[number];

type Range = [min: number, max: number];

export interface DecodeRow {
  wire: WireId;
  /** Text events in the transcript. */
  events: number;
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
  /** Timed runs per contender. */
  runs: number;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Median and min–max in µs per event, from run durations in ms. */
function perEvent(durationsMs: readonly number[], events: number) {
  return spreadOf(durationsMs.map((ms) => (ms * 1000) / events));
}

/** One wire's row from each contender's run durations (ms) over a transcript of `events` text events. */
export function decodeRow(
  wire: WireId,
  events: number,
  durationsMs: Readonly<Record<Contender, readonly number[]>>,
): DecodeRow {
  const at = (contender: Contender) => perEvent(durationsMs[contender], events);
  const [bytes, sse, json, ours, sdk] = [at('bytes'), at('sse'), at('json'), at('ours'), at('sdk')];
  const range = (spread: Spread): Range => [round3(spread.min), round3(spread.max)];
  return {
    wire,
    events,
    oursUsPerEvent: round3(ours.median),
    sdkUsPerEvent: round3(sdk.median),
    floorUsPerEvent: round3(json.median),
    ratioVsSdk: round3(sdk.median / ours.median),
    ratioVsFloor: round3(ours.median / json.median),
    spread: { ours: range(ours), sdk: range(sdk), floor: range(json) },
    floors: { bytes: round3(bytes.median), sse: round3(sse.median), json: round3(json.median) },
    runs: durationsMs.ours.length,
  };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const withRange = (median: number, [min, max]: Range) => `${median} (${min}–${max})`;

/** A Markdown table of the rows, µs per event (median, min–max), with the targets marked ✓ or ✗. */
export function decodeTable(rows: readonly DecodeRow[]): string {
  const header = [
    '| wire | events | bytes | + SSE | + JSON (floor) | ours | official SDK | SDK ÷ ours (≥ 1.5) | ours ÷ floor (≤ 2) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const lines = rows.map((row) =>
    [
      row.wire,
      row.events,
      row.floors.bytes,
      row.floors.sse,
      withRange(row.floors.json, row.spread.floor),
      withRange(row.oursUsPerEvent, row.spread.ours),
      withRange(row.sdkUsPerEvent, row.spread.sdk),
      `${row.ratioVsSdk}× ${mark(row.ratioVsSdk >= TARGET_RATIO_VS_SDK)}`,
      `${row.ratioVsFloor}× ${mark(row.ratioVsFloor <= TARGET_RATIO_VS_FLOOR)}`,
    ].join(' | '),
  );
  return [...header, ...lines.map((line) => `| ${line} |`)].join('\n');
}
