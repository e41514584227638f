import type { ColumnResult, ColumnSummary, ColumnTiming } from '../../../src-shared/compare.ts';
import type { AssistantReplay } from '../../../src-shared/conversation.ts';
import type { ArenaError, FinishReason, StreamEvent, ToolCall, Usage } from '../../../src-shared/domain.ts';
import { TextParts } from '../wires/text-parts.ts';

/**
 * Folds a column's stream events into its result. The last usage wins; text is kept on error.
 * The answering model and the replay are not part of the result: they go with its summary.
 */
export class ColumnAccumulator {
  private readonly textParts = new TextParts();
  private readonly reasoningParts = new TextParts();
  readonly toolCalls: ToolCall[] = [];
  usage: Usage | null = null;
  finishReason: FinishReason | null = null;
  error: ArenaError | null = null;
  /** Set when the output cap cut this column short. */
  truncated = false;
  /** The last model the provider said was answering. */
  answeredModel: string | null = null;
  replay: AssistantReplay | null = null;

  add(event: StreamEvent): void {
    switch (event.type) {
      case 'text':
        this.textParts.add(event.delta);
        break;
      case 'reasoning':
        this.reasoningParts.add(event.delta);
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
      case 'model':
        this.answeredModel = event.model;
        break;
      case 'replay':
        this.replay = event.replay;
        break;
    }
  }

  get text(): string {
    return this.textParts.text();
  }

  get reasoning(): string {
    return this.reasoningParts.text();
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

/** What column-done carries: the result without the output the window already has from the events. */
export function summaryOf(
  result: ColumnResult,
  extra: { answeredModel: string | null; replay: AssistantReplay | null },
): ColumnSummary {
  const { text: _text, reasoning: _reasoning, toolCalls: _toolCalls, ...summary } = result;
  return {
    ...summary,
    ...(extra.answeredModel === null ? {} : { answeredModel: extra.answeredModel }),
    ...(extra.replay === null ? {} : { replay: extra.replay }),
  };
}
