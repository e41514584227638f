// Bench section `decode`: µs per text event for the app's real streaming path against the official SDKs
// and bare-client floors, all reading the same ≥ 20,000-event transcript (built from the recorded
// fixtures) from one loopback server in this process, interleaved round-robin, GC before each timed run.
//
// Usage: node --expose-gc scripts/bench-decode.ts [--quick]   (prints a table, then the JSON)
//        or as a module: `run({ quick })` resolves to { rows: DecodeRow[] }.
// Floors: "bytes" = undici reading the body; "sse" = + eventsource-parser; "json" = + JSON.parse of each
// data line and reading its text (floorUsPerEvent). Targets: ratioVsSdk (SDK ÷ ours) ≥ 1.5 and
// ratioVsFloor (ours ÷ json floor) ≤ 2. A client that decodes a different text fails the section.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import type { WireId } from '../src-shared/domain.ts';
import {
  anthropicSdkClient,
  type Client,
  floorClient,
  openAiSdkClient,
  oursClient,
  type Tally,
} from './bench-decode-clients.ts';
import { startLoopback, writeInPieces } from './bench-loopback.ts';
import { interleave, spreadOf } from './bench-stats.ts';
import { anthropicText, openAiChatText, type Transcript, transcriptFromFile } from './bench-transcript.ts';

const FIXTURES = join(import.meta.dirname, '../e2e/fixtures');
const MIN_EVENTS = 25_000;
export const TARGET_RATIO_VS_SDK = 1.5;
export const TARGET_RATIO_VS_FLOOR = 2;

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
  runs: number;
}

export interface DecodeResult {
  rows: DecodeRow[];
}

const WIRES: { wire: WireId; fixture: string; textOf: typeof openAiChatText; path: string }[] = [
  {
    wire: 'openai-chat',
    fixture: 'openai/stream-text-include-usage-02.sse',
    textOf: openAiChatText,
    path: '/v1/chat/completions',
  },
  {
    wire: 'anthropic-messages',
    fixture: 'anthropic/stream-thinking-signature-01.sse',
    textOf: anthropicText,
    path: '/v1/messages',
  },
];

/** Runs the client and fails loudly when it read anything but the whole transcript. */
function checked(name: string, client: Client, transcript: Transcript): () => Promise<void> {
  return async () => {
    const tally: Tally = await client();
    const wrong =
      (tally.bytes !== null && tally.bytes !== transcript.body.length) ||
      (tally.textEvents !== null && tally.textEvents !== transcript.textEvents) ||
      (tally.textLength !== null && tally.textLength !== transcript.textLength);
    if (wrong) {
      throw new Error(
        `decode: ${name} read ${JSON.stringify(tally)}, expected ${transcript.body.length} bytes, ` +
          `${transcript.textEvents} text events, ${transcript.textLength} characters of text: a client that ` +
          'decodes a different stream proves nothing about speed. Fix the client before reading the numbers.',
      );
    }
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

function usPerEvent(durationsMs: number[], events: number): { median: number; range: Range } {
  const spread = spreadOf(durationsMs.map((ms) => (ms * 1000) / events));
  return { median: round3(spread.median), range: [round3(spread.min), round3(spread.max)] };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

function printRow(row: DecodeRow): void {
  const { floors } = row;
  console.log(
    `decode ${row.wire.padEnd(18)} ${row.events} events, µs/event: bytes ${floors.bytes}, +sse ${floors.sse}, ` +
      `+json ${floors.json} | ours ${row.oursUsPerEvent} [${row.spread.ours.join('–')}] | ` +
      `SDK ${row.sdkUsPerEvent} [${row.spread.sdk.join('–')}] | SDK/ours ${row.ratioVsSdk}× ` +
      `${mark(row.ratioVsSdk >= TARGET_RATIO_VS_SDK)} (≥ ${TARGET_RATIO_VS_SDK}) | ours/floor ${row.ratioVsFloor}× ` +
      `${mark(row.ratioVsFloor <= TARGET_RATIO_VS_FLOOR)} (≤ ${TARGET_RATIO_VS_FLOOR}) | ${row.runs} runs`,
  );
}

export async function run(options: { quick: boolean }): Promise<DecodeResult> {
  const transcripts = new Map(
    WIRES.map(({ wire, fixture, textOf }) => [
      wire,
      transcriptFromFile(join(FIXTURES, fixture), textOf, MIN_EVENTS),
    ]),
  );
  const bodies = new Map(WIRES.map(({ wire, path }) => [path, transcripts.get(wire)!.body]));
  const server = await startLoopback((request, response) => {
    const body = bodies.get(request.url ?? '');
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    return writeInPieces(response, body);
  });
  const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
  const rows: DecodeRow[] = [];
  try {
    for (const { wire } of WIRES) {
      const transcript = transcripts.get(wire)!;
      const sdk = wire === 'openai-chat' ? openAiSdkClient(server.url) : anthropicSdkClient(server.url);
      const durations = await interleave(
        {
          bytes: checked('floor bytes', floorClient(server.url, wire, 'bytes', dispatcher), transcript),
          sse: checked('floor sse', floorClient(server.url, wire, 'sse', dispatcher), transcript),
          json: checked('floor json', floorClient(server.url, wire, 'json', dispatcher), transcript),
          ours: checked('ours', oursClient(server.url, wire), transcript),
          sdk: checked('the SDK', sdk, transcript),
        },
        options.quick ? { warmups: 1, runs: 3 } : { warmups: 3, runs: 12 },
      );
      const events = transcript.textEvents;
      const [bytes, sse, json, ours, sdkTime] = [
        durations.bytes,
        durations.sse,
        durations.json,
        durations.ours,
        durations.sdk,
      ].map((times) => usPerEvent(times, events)) as [
        ReturnType<typeof usPerEvent>,
        ...ReturnType<typeof usPerEvent>[],
      ];
      const row: DecodeRow = {
        wire,
        events,
        oursUsPerEvent: ours!.median,
        sdkUsPerEvent: sdkTime!.median,
        floorUsPerEvent: json!.median,
        ratioVsSdk: round3(sdkTime!.median / ours!.median),
        ratioVsFloor: round3(ours!.median / json!.median),
        spread: { ours: ours!.range, sdk: sdkTime!.range, floor: json!.range },
        floors: { bytes: bytes.median, sse: sse!.median, json: json!.median },
        runs: durations.ours.length,
      };
      printRow(row);
      rows.push(row);
    }
  } finally {
    await dispatcher.close();
    await server.close();
  }
  return { rows };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const result = await run({ quick: values.quick ?? false });
  console.log(JSON.stringify(result, null, 2));
}
