import type { ArenaError, StreamEvent, ToolCall } from '../../../src-shared/domain.ts';
import { formatBytes } from '../http/stream-request.ts';
import type { DecoderLimits } from './output-limits.ts';

/** One piece of a tool call as a wire delivers it; every field optional. */
export interface ToolCallPiece {
  id?: string;
  name?: string;
  /** Appended to the arguments received so far. */
  arguments?: string;
  /** The arguments to use when none arrive as pieces (Anthropic's `input` in content_block_start). */
  fallback?: string;
}

interface AssemblingCall {
  id: string;
  name: string;
  argumentParts: string[];
  fallback: string;
  chars: number;
}

export type ToolCallOverflow = 'size' | 'count';

/**
 * Tool calls being assembled from a stream's pieces, keyed by the wire's index (a Map: the index is
 * provider data). Bounded by `limits`: the calls held at once hold at most `maxHeldChars`, and one
 * answer begins at most `maxToolCalls`. The piece that passes a limit sets `overflow` and ends the
 * assembly: nothing more is taken in.
 */
export class ToolCallBuffer {
  private readonly calls = new Map<number, AssemblingCall>();
  private begun = 0;
  private chars = 0;
  overflow: ToolCallOverflow | null = null;

  private readonly limits: DecoderLimits;

  constructor(limits: DecoderLimits) {
    this.limits = limits;
  }

  /** Characters held for calls not taken yet. */
  get heldChars(): number {
    return this.chars;
  }

  has(index: number): boolean {
    return this.calls.has(index);
  }

  /**
   * Adds a piece to the call at `index`, beginning it if it is new: an id or name when the call has
   * none yet, arguments appended. False once a limit is passed; the piece that passed a size limit
   * is kept, so the calls taken afterwards are at least as large as the limit they broke.
   */
  add(index: number, piece: ToolCallPiece): boolean {
    if (this.overflow) return false;
    let call = this.calls.get(index);
    if (!call) {
      if (this.begun >= this.limits.maxToolCalls) {
        this.overflow = 'count';
        return false;
      }
      this.begun++;
      call = { id: '', name: '', argumentParts: [], fallback: '', chars: 0 };
      this.calls.set(index, call);
    }
    let added = 0;
    if (!call.id && piece.id) {
      call.id = piece.id;
      added += piece.id.length;
    }
    if (!call.name && piece.name) {
      call.name = piece.name;
      added += piece.name.length;
    }
    if (!call.fallback && piece.fallback) {
      call.fallback = piece.fallback;
      added += piece.fallback.length;
    }
    if (piece.arguments) {
      call.argumentParts.push(piece.arguments);
      added += piece.arguments.length;
    }
    call.chars += added;
    this.chars += added;
    if (this.chars <= this.limits.maxHeldChars) return true;
    this.overflow = 'size';
    return false;
  }

  /** Removes the call at `index` and returns it whole, if there is one. */
  take(index: number): ToolCall | undefined {
    const call = this.calls.get(index);
    if (!call) return undefined;
    this.calls.delete(index);
    this.chars -= call.chars;
    return { id: call.id, name: call.name, arguments: call.argumentParts.join('') || call.fallback };
  }

  /** Removes every call held and returns them as events, in index order. */
  takeAll(): StreamEvent[] {
    const indexes = [...this.calls.keys()].sort((a, b) => a - b);
    return indexes.flatMap((index) => {
      const call = this.take(index);
      return call ? [{ type: 'tool-call' as const, call }] : [];
    });
  }

  /** Why the assembly stopped, for the column's error. */
  overflowError(): ArenaError {
    const message =
      this.overflow === 'count'
        ? `The answer began more than ${this.limits.maxToolCalls.toLocaleString('en')} tool calls, more than a column keeps, so the stream was stopped there.`
        : `The answer's tool calls grew larger than ${formatBytes(this.limits.maxHeldChars)}, more than a column keeps, so the stream was stopped; the last tool call is cut short (its arguments are incomplete). Ask for smaller tool calls.`;
    return { kind: 'protocol', message };
  }
}
