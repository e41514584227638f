// Bench section `decode`: µs per text event for the app's real streaming path against the official SDKs
// and bare-client floors, all reading the same ≥ 20,000-event transcript (built from the recorded
// fixtures) from one loopback server in this process, interleaved round-robin, GC before each timed run.
//
// Usage: node --expose-gc scripts/bench-decode.ts [--quick]   (prints a table, then the JSON)
//        or as a module: `run({ quick })` resolves to { rows: DecodeRow[] }.
// Floors: "bytes" = undici reading the body; "sse" = + eventsource-parser; "json" = + JSON.parse of each
// data line and reading its text (floorUsPerEvent). Targets: ratioVsSdk (SDK ÷ ours) ≥ 1.5 and
// ratioVsFloor (ours ÷ json floor) ≤ 2. A client that decodes a different text fails the section.
// Each run is timed by wall clock (the row's figures) and by the process's CPU time (row.cpu): on a
// machine whose cores other processes share, trust the CPU-time line; its spread is far narrower.
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
} from './bench-decode-clients.ts';
import { type DecodeRow, decodeRow, decodeTable } from './bench-decode-report.ts';
import { startLoopback, writeInPieces } from './bench-loopback.ts';
import { interleaveTimed } from './bench-stats.ts';
import {
  anthropicText,
  openAiChatText,
  readWholeTranscript,
  type Transcript,
  transcriptFromFile,
} from './bench-transcript.ts';

const FIXTURES = join(import.meta.dirname, '../e2e/fixtures');

/** How big and how often; the section's own settings unless a test asks for a tiny run. */
export interface DecodeSizes {
  minEvents: number;
  warmups: number;
  runs: number;
}

export const DECODE_SIZES = {
  full: { minEvents: 25_000, warmups: 3, runs: 12 },
  quick: { minEvents: 25_000, warmups: 1, runs: 3 },
} as const satisfies Record<string, DecodeSizes>;

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
    const tally = await client();
    if (!readWholeTranscript(tally, transcript)) {
      throw new Error(
        `decode: ${name} read ${JSON.stringify(tally)}, expected ${transcript.body.length} bytes, ` +
          `${transcript.textEvents} text events, ${transcript.textLength} characters of text: a client that ` +
          'decodes a different stream proves nothing about speed. Fix the client before reading the numbers.',
      );
    }
  };
}

export async function run(options: { quick: boolean; sizes?: DecodeSizes }): Promise<DecodeResult> {
  const sizes = options.sizes ?? (options.quick ? DECODE_SIZES.quick : DECODE_SIZES.full);
  const transcripts = new Map(
    WIRES.map(({ wire, fixture, textOf }) => [
      wire,
      transcriptFromFile(join(FIXTURES, fixture), textOf, sizes.minEvents),
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
      const timed = await interleaveTimed(
        {
          bytes: checked('floor bytes', floorClient(server.url, wire, 'bytes', dispatcher), transcript),
          sse: checked('floor sse', floorClient(server.url, wire, 'sse', dispatcher), transcript),
          json: checked('floor json', floorClient(server.url, wire, 'json', dispatcher), transcript),
          ours: checked('ours', oursClient(server.url, wire), transcript),
          sdk: checked('the SDK', sdk, transcript),
        },
        { warmups: sizes.warmups, runs: sizes.runs },
      );
      const row = decodeRow(wire, transcript.textEvents, timed);
      console.log(
        `decode ${wire}: ours ${row.oursUsPerEvent} µs/event, SDK ${row.sdkUsPerEvent}, floor ${row.floorUsPerEvent} ` +
          `(CPU time: ours ${row.cpu.oursUsPerEvent}, SDK ${row.cpu.sdkUsPerEvent}, floor ${row.cpu.floorUsPerEvent})`,
      );
      rows.push(row);
    }
  } finally {
    await dispatcher.close();
    await server.close();
  }
  console.log(
    `decode, µs per text event (median, min–max over ${rows[0]?.runs} runs):\n${decodeTable(rows)}`,
  );
  return { rows };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const result = await run({ quick: values.quick ?? false });
  console.log(JSON.stringify(result, null, 2));
}
