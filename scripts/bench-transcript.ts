// Long streams for the decode bench, built from recorded fixtures: the frames that carry text repeated,
// the opening and closing frames kept, so every client sees a valid stream with usage and a stop.
import { readFileSync } from 'node:fs';

/** Which text a frame carries (null when none); the fixture is ours, so plain JSON.parse will do. */
export type FrameText = (data: unknown) => string | null;

export interface Transcript {
  body: Buffer;
  /** Frames that carry non-empty text. */
  textEvents: number;
  /** The length of all their text together (UTF-16 units, as a string's length). */
  textLength: number;
}

/** What one client read from one stream; null where the client cannot tell. */
export interface Tally {
  bytes: number | null;
  textEvents: number | null;
  textLength: number | null;
}

/** True when every count the client could tell matches the transcript. */
export function readWholeTranscript(tally: Tally, transcript: Transcript): boolean {
  const agrees = (seen: number | null, expected: number) => seen === null || seen === expected;
  return (
    agrees(tally.bytes, transcript.body.length) &&
    agrees(tally.textEvents, transcript.textEvents) &&
    agrees(tally.textLength, transcript.textLength)
  );
}

/** The frames of an SSE body, each without its blank-line terminator. */
export function sseFrames(body: string): string[] {
  return body.split('\n\n').filter((frame) => frame.trim() !== '');
}

function dataOf(frame: string): unknown {
  const data = frame
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).trimStart())
    .join('\n');
  if (data === '' || data === '[DONE]') return null;
  return JSON.parse(data);
}

/**
 * Repeats the span from the first to the last text-carrying frame until it holds at least `minEvents`
 * text frames, between the frames before and after that span.
 */
export function buildTranscript(sse: string, textOf: FrameText, minEvents: number): Transcript {
  const frames = sseFrames(sse);
  const texts = frames.map((frame) => textOf(dataOf(frame)) || null);
  const first = texts.findIndex((text) => text !== null);
  const last = texts.findLastIndex((text) => text !== null);
  if (first < 0) throw new Error('buildTranscript: the fixture has no frame carrying text');
  const spanTexts = texts.slice(first, last + 1).filter((text) => text !== null);
  const repeats = Math.ceil(minEvents / spanTexts.length);
  const span = `${frames.slice(first, last + 1).join('\n\n')}\n\n`;
  const head = frames.slice(0, first).map((frame) => `${frame}\n\n`);
  const tail = frames.slice(last + 1).map((frame) => `${frame}\n\n`);
  const body = [...head, span.repeat(repeats), ...tail].join('');
  const spanLength = spanTexts.reduce((sum, text) => sum + text.length, 0);
  return {
    body: Buffer.from(body),
    textEvents: spanTexts.length * repeats,
    textLength: spanLength * repeats,
  };
}

export function transcriptFromFile(path: string, textOf: FrameText, minEvents: number): Transcript {
  return buildTranscript(readFileSync(path, 'utf8'), textOf, minEvents);
}

/** OpenAI chat: a chunk's first choice's delta content. */
export const openAiChatText: FrameText = (data) => {
  const choices = (data as { choices?: { delta?: { content?: unknown } }[] } | null)?.choices;
  const content = choices?.[0]?.delta?.content;
  return typeof content === 'string' ? content : null;
};

/** Anthropic messages: a content_block_delta's text_delta. */
export const anthropicText: FrameText = (data) => {
  const event = data as { type?: unknown; delta?: { type?: unknown; text?: unknown } } | null;
  if (event?.type !== 'content_block_delta' || event.delta?.type !== 'text_delta') return null;
  return typeof event.delta.text === 'string' ? event.delta.text : null;
};
