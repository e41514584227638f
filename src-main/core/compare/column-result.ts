import type { ColumnResult, ColumnTiming } from '../../../src-shared/compare.ts';
import type { ArenaError, FinishReason, StreamEvent, ToolCall, Usage } from '../../../src-shared/domain.ts';

/** Folds a column's stream events into its result. The last usage wins; text is kept on error. */
export class ColumnAccumulator {
  private textParts: string[] = [];
  private reasoningParts: string[] = [];
  readonly toolCalls: ToolCall[] = [];
  usage: Usage | null = null;
  finishReason: FinishReason | null = null;
  error: ArenaError | null = null;
  /** Set when the output cap cut this column short. */
  truncated = false;

  add(event: StreamEvent): void {
    switch (event.type) {
      case 'text':
        this.textParts.push(event.delta);
        break;
      case 'reasoning':
        this.reasoningParts.push(event.delta);
        break;
      case 'tool-call':
        this.toolCalls.push(event.call);
        break;
      case 'usage':
        this.usage = event.usage;
        break;
      case 'finish':
        this.finishReason = event.reason;
        break;
      case 'error':
        this.error = event.error;
        break;
    }
  }

  get text(): string {
    return this.textParts.join('');
  }

  get reasoning(): string {
    return this.reasoningParts.join('');
  }

  result(timing: ColumnTiming): ColumnResult {
    const finishReason = this.error
      ? this.error.kind === 'cancelled'
        ? 'cancelled'
        : 'error'
      : (this.finishReason ?? null);
    return {
      text: this.text,
      reasoning: this.reasoning,
      toolCalls: [...this.toolCalls],
      usage: this.usage,
      finishReason,
      error: this.error,
      timing,
      cost: null,
      truncated: this.truncated,
    };
  }
}
