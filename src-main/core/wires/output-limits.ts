import { MAX_REQUEST_CHARS } from '../../../src-shared/conversation.ts';

/** The most output one column keeps: text, reasoning and tool calls, in UTF-8 bytes. */
export const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/** The most tool calls one answer may begin; no real answer comes near it. */
export const DEFAULT_MAX_TOOL_CALLS = 1000;

/** What a decoder may hold for output it has not emitted yet. */
export interface DecoderLimits {
  /** Characters held for tool calls being assembled. */
  maxHeldChars: number;
  maxToolCalls: number;
  /** Characters kept for the follow-up's replay; past it there is no replay. Default DEFAULT_MAX_REPLAY_CHARS. */
  maxReplayChars?: number;
}

/**
 * The most a replay keeps: what one request may carry in all, since a replay is sent back in a later
 * request (just below the output cap: an answer that long could not be sent back anyway).
 */
export const DEFAULT_MAX_REPLAY_CHARS = MAX_REQUEST_CHARS;

export const DEFAULT_DECODER_LIMITS: DecoderLimits = {
  // A character is at least one byte of UTF-8: a call past this would not fit the column anyway.
  maxHeldChars: DEFAULT_MAX_OUTPUT_BYTES,
  maxToolCalls: DEFAULT_MAX_TOOL_CALLS,
  maxReplayChars: DEFAULT_MAX_REPLAY_CHARS,
};
