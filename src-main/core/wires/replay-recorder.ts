// What a follow-up must send back, kept as the answer streams. Bounded by one budget of characters
// per answer: past it the replay is dropped whole (a cut replay would no longer be what the provider
// sent, and a cut signature is refused), and the turn goes back as plain text. The output cap cuts
// earlier (see OutputBudget): the column then stops before the decoder's end, so no replay is emitted
// for a truncated answer either. An answer the provider itself cut (finish "length") is replayed as
// received, as cut as the text the window shows.
import { chatTurnSchema } from '../../../src-shared/compare-schemas.ts';
import type { AssistantReplay, ReplayBlock } from '../../../src-shared/conversation.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { asText, type Json } from '../json-fields.ts';
import { DEFAULT_MAX_REPLAY_CHARS } from './output-limits.ts';
import { TextParts } from './text-parts.ts';

/** Counts what is kept; once over, everything kept is let go. */
class ReplayBudget {
  private used = 0;
  over = false;
  private readonly max: number;

  constructor(max = DEFAULT_MAX_REPLAY_CHARS) {
    this.max = max;
  }

  /** False once the budget is spent, for good (also when the caller gave up on it): the caller drops what it kept. */
  spend(chars: number): boolean {
    this.used += chars;
    if (this.used > this.max) this.over = true;
    return !this.over;
  }
}

/**
 * The replay event, when a follow-up may carry it back: one that compare.start would refuse (a tool id
 * or a signature longer than it accepts) would block the whole conversation, so the turn goes back as
 * plain text instead.
 */
function replayEvents(replay: AssistantReplay): StreamEvent[] {
  const fits = chatTurnSchema.safeParse({ role: 'assistant', content: '', replay }).success;
  return fits ? [{ type: 'replay', replay }] : [];
}

/** The most content blocks a replay keeps: as many as a follow-up may send back (compare-schemas.ts). */
export const MAX_REPLAY_BLOCKS = 1000;

/** OpenAI wire: the message content exactly as received, in parts (never re-joined while streaming). */
export class RawContentRecorder {
  private parts = new TextParts();
  private readonly budget: ReplayBudget;

  constructor(maxChars?: number) {
    this.budget = new ReplayBudget(maxChars);
  }

  add(content: string): void {
    if (this.budget.spend(content.length)) this.parts.add(content);
    else this.parts = new TextParts();
  }

  take(): StreamEvent[] {
    if (this.budget.over) return [];
    return replayEvents({ content: this.parts.text() });
  }
}

/** One Anthropic content block as it streams: its fields in parts. */
interface BlockDraft {
  type: ReplayBlock['type'];
  first: TextParts;
  signature: TextParts;
  id: string;
  name: string;
}

/**
 * Anthropic wire: the content blocks by index (a Map: the index is provider data), thinking with its
 * signature, redacted thinking with its data, text, and tool_use with its input JSON text. Block types
 * added after this was written are left out: they cannot be sent back faithfully.
 */
export class AnthropicBlockRecorder {
  private readonly drafts = new Map<number, BlockDraft>();
  private readonly budget: ReplayBudget;

  constructor(maxChars?: number) {
    this.budget = new ReplayBudget(maxChars);
  }

  start(index: number, block: Json): void {
    const type = asText(block.type);
    if (type !== 'thinking' && type !== 'redacted_thinking' && type !== 'text' && type !== 'tool_use') return;
    // Empty blocks cost no characters: their number is bounded on its own.
    if (!this.drafts.has(index) && this.drafts.size >= MAX_REPLAY_BLOCKS) {
      this.giveUp();
      return;
    }
    const draft: BlockDraft = { type, first: new TextParts(), signature: new TextParts(), id: '', name: '' };
    this.drafts.set(index, draft);
    if (type === 'tool_use') {
      draft.id = asText(block.id);
      draft.name = asText(block.name);
      this.keep(draft.id.length + draft.name.length);
      return;
    }
    const field = type === 'thinking' ? 'thinking' : type === 'text' ? 'text' : 'data';
    this.append(draft.first, asText(block[field]));
    if (type === 'thinking') this.append(draft.signature, asText(block.signature));
  }

  // The deltas come as strings, never as the provider's JSON: methods that read no parsed object keep
  // their compiled code when a garbage collection drops the shapes of the objects a stream parsed.

  /** A text_delta for the block at `index`. */
  textDelta(index: number, text: string): void {
    const draft = this.drafts.get(index);
    if (draft?.type === 'text') this.append(draft.first, text);
  }

  /** A thinking_delta for the block at `index`. */
  thinkingDelta(index: number, thinking: string): void {
    const draft = this.drafts.get(index);
    if (draft?.type === 'thinking') this.append(draft.first, thinking);
  }

  /** A signature_delta for the block at `index`. */
  signatureDelta(index: number, signature: string): void {
    const draft = this.drafts.get(index);
    if (draft?.type === 'thinking') this.append(draft.signature, signature);
  }

  /** A tool_use block's input, once whole (the decoder's tool-call buffer assembles it). */
  toolInput(index: number, input: string): void {
    const draft = this.drafts.get(index);
    if (draft?.type === 'tool_use') this.append(draft.first, input);
  }

  /** The replay, when some block is more than text (plain text says the rest). */
  take(): StreamEvent[] {
    if (this.budget.over) return [];
    const indexes = [...this.drafts.keys()].sort((a, b) => a - b);
    const blocks = indexes.map((index) => toBlock(this.drafts.get(index)!));
    // An empty text block is refused by the API when sent back; it carries nothing.
    const kept = blocks.filter((block) => block.type !== 'text' || block.text);
    return kept.some((block) => block.type !== 'text') ? replayEvents({ blocks: kept }) : [];
  }

  private append(parts: TextParts, text: string): void {
    if (text && this.keep(text.length)) parts.add(text);
  }

  private keep(chars: number): boolean {
    if (this.budget.spend(chars)) return true;
    this.giveUp();
    return false;
  }

  /** Past a limit: nothing more is kept, and there will be no replay. */
  private giveUp(): void {
    this.budget.over = true;
    this.drafts.clear();
  }
}

function toBlock(draft: BlockDraft): ReplayBlock {
  const first = draft.first.text();
  switch (draft.type) {
    case 'thinking':
      return { type: 'thinking', thinking: first, signature: draft.signature.text() };
    case 'redacted_thinking':
      return { type: 'redacted_thinking', data: first };
    case 'text':
      return { type: 'text', text: first };
    case 'tool_use':
      return { type: 'tool_use', id: draft.id, name: draft.name, input: first };
  }
}
