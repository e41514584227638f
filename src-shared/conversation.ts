// A column's conversation: the turns a follow-up sends back, in the shape main needs to rebuild each
// provider's request. Pure types and limits; no node:, electron or DOM imports.

/**
 * One block of an Anthropic-wire assistant turn, exactly as the provider sent it. Thinking blocks must
 * go back with their signature (and redacted ones with their data) or the provider rejects the turn.
 */
export type ReplayBlock =
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string }
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: string };

/**
 * What a follow-up must send back for an assistant turn when plain text would lose something. Main
 * fills it (ColumnSummary.replay); the window stores it with the turn and returns it unchanged.
 */
export interface AssistantReplay {
  /** OpenAI wire: the message content exactly as received (MiniMax's `<think>…</think>` included). */
  content?: string;
  /** Anthropic wire: the content blocks in order, signatures included. */
  blocks?: ReplayBlock[];
}

export type ChatTurn =
  | { role: 'user'; content: string }
  | {
      role: 'assistant';
      /** The answer as shown (reasoning split out). */
      content: string;
      reasoning?: string;
      replay?: AssistantReplay;
    };

/** Earlier turns one column may send (user and assistant turns both count). */
export const MAX_HISTORY_TURNS = 100;
/**
 * Characters of one stored turn's field: as much as one column may keep of an answer (8 MiB), so an
 * answer the app kept is never refused field by field; the whole request's limit below still applies.
 */
export const MAX_TURN_CHARS = 8 * 1024 * 1024;
/** Characters of prompt, system prompt and every column's history together, per request. */
export const MAX_REQUEST_CHARS = 8_000_000;
