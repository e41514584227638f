import type { FinishReason, StreamEvent, Usage } from '../../../src-shared/domain.ts';
import { type ClassifyContext, classifyErrorPayload, incompleteStreamError } from '../errors/classify.ts';
import { readErrorPayload } from '../errors/error-payload.ts';
import { asJson, asText, type Json } from '../json-fields.ts';
import { AnswerModel } from './answer-model.ts';
import {
  BLANK_FRAME,
  NOT_JSON_FRAME,
  notJson,
  parseFrameData,
  type SseFrameInput,
  type WireDecoder,
} from './decoder.ts';
import { keepShapeOf } from './kept-shapes.ts';
import { normalizeOpenAIUsage } from './normalize-usage.ts';
import { DEFAULT_DECODER_LIMITS, type DecoderLimits } from './output-limits.ts';
import { RawContentRecorder } from './replay-recorder.ts';
import { ThinkTagSplitter } from './think-tags.ts';
import { ToolCallBuffer } from './tool-call-buffer.ts';

/** A Map, not an object: `finish_reason: "constructor"` must be just an unknown reason ("stop"). */
const FINISH_REASONS: ReadonlyMap<string, FinishReason> = new Map([
  ['stop', 'stop'],
  ['length', 'length'],
  ['tool_calls', 'tool_calls'],
  ['function_call', 'tool_calls'],
  ['content_filter', 'content_filter'],
]);

export interface OpenAIDecoderOptions {
  reasoningTags: boolean;
  context?: ClassifyContext;
  /** What the decoder may hold for tool calls; default DEFAULT_DECODER_LIMITS. */
  limits?: DecoderLimits;
}

/** A tool call's arguments: text as streamed, or an object some providers send instead. */
function argumentsText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value ? JSON.stringify(value) : '';
}

/** One choice delta's reasoning: reasoning_content / reasoning and reasoning_details often repeat each other. */
function reasoningOf(delta: Json): string {
  const direct = asText(delta.reasoning_content) || asText(delta.reasoning);
  const details = Array.isArray(delta.reasoning_details)
    ? delta.reasoning_details.map((detail) => asText(asJson(detail).text)).join('')
    : '';
  return direct || details;
}

export interface OpenAIChatDecoder extends WireDecoder {
  pushJson(value: unknown): StreamEvent[];
  /** `wholeBody`: the input was one complete JSON body, so a missing finish does not mean a cut-off stream. */
  end(ending?: { wholeBody?: boolean }): StreamEvent[];
}

export function createOpenAIChatDecoder(options: OpenAIDecoderOptions): OpenAIChatDecoder {
  return new OpenAIChatStreamDecoder(options);
}

/**
 * A class, not closures made per stream: its methods outlive each stream, and with them the machine
 * code the engine compiled for them (a new stream's closures would start over after a garbage collection).
 */
class OpenAIChatStreamDecoder implements OpenAIChatDecoder {
  private readonly options: OpenAIDecoderOptions;
  private readonly splitter: ThinkTagSplitter | null;
  private readonly toolCalls: ToolCallBuffer;
  private readonly answerModel = new AnswerModel();
  // Only content that may carry reasoning tags needs keeping: elsewhere plain text says it all.
  private rawContent: RawContentRecorder | null;
  private usage: Usage | null = null;
  private finish: FinishReason | null = null;
  private failed = false;
  private sawDone = false;

  constructor(options: OpenAIDecoderOptions) {
    this.options = options;
    const limits = options.limits ?? DEFAULT_DECODER_LIMITS;
    this.splitter = options.reasoningTags ? new ThinkTagSplitter() : null;
    this.toolCalls = new ToolCallBuffer(limits);
    this.rawContent = this.splitter ? new RawContentRecorder(limits.maxReplayChars) : null;
  }

  push(frame: SseFrameInput): StreamEvent[] {
    if (this.toolCalls.overflow) return [];
    const parsed = parseFrameData(frame.data);
    if (parsed === BLANK_FRAME) return [];
    if (parsed === NOT_JSON_FRAME) {
      const data = frame.data.trim();
      if (data === '[DONE]') {
        this.sawDone = true;
        return [];
      }
      this.failed = true;
      return [notJson('frame', data, this.options.context?.secrets)];
    }
    return this.pushJson(parsed);
  }

  pushJson(value: unknown): StreamEvent[] {
    if (this.toolCalls.overflow) return [];
    const chunk = asJson(value);
    const events: StreamEvent[] = this.answerModel.report(chunk.model);
    const choice =
      Array.isArray(chunk.choices) && chunk.choices.length > 0 ? asJson(chunk.choices[0]) : undefined;
    const choiceUsage = choice ? normalizeOpenAIUsage(choice.usage) : null;
    this.usage = normalizeOpenAIUsage(chunk.usage) ?? choiceUsage ?? this.usage;
    if (choice) {
      const delta = asJson(choice.delta ?? choice.message);
      const reasoning = reasoningOf(delta);
      if (reasoning) events.push({ type: 'reasoning', delta: reasoning });
      const content = asText(delta.content);
      if (content) this.pushContent(content, events);
      if (Array.isArray(delta.tool_calls) && !this.addToolCalls(delta.tool_calls))
        return this.overflowed(events);
      const reason = asText(choice.finish_reason);
      if (reason) this.finish = FINISH_REASONS.get(reason) ?? 'stop';
    }
    const error = readErrorPayload(chunk);
    if (error) {
      this.failed = true;
      events.push({ type: 'error', error: classifyErrorPayload(error, this.options.context) });
    }
    return events;
  }

  pendingChars(): number {
    return this.toolCalls.heldChars + (this.splitter?.heldChars ?? 0);
  }

  abandon(): StreamEvent[] {
    return [...(this.splitter?.end() ?? []), ...this.toolCalls.takeAll()];
  }

  end(ending: { wholeBody?: boolean } = {}): StreamEvent[] {
    const events: StreamEvent[] = [...(this.splitter?.end() ?? []), ...this.toolCalls.takeAll()];
    if (this.usage) events.push({ type: 'usage', usage: this.usage });
    // Neither a finish reason, nor [DONE], nor a whole body: the stream was cut off.
    if (!this.failed && !this.finish && !this.sawDone && !ending.wholeBody) {
      this.failed = true;
      events.push({ type: 'error', error: incompleteStreamError(this.options.context ?? {}) });
    }
    if (!this.failed && this.splitter?.sawTags && this.rawContent) events.push(...this.rawContent.take());
    // [DONE] without a stated reason: leave the finish unknown rather than guess "stop".
    const reason = this.failed ? 'error' : this.finish;
    if (reason) events.push({ type: 'finish', reason });
    return events;
  }

  private pushContent(content: string, events: StreamEvent[]): void {
    this.rawContent?.add(content);
    if (this.splitter) for (const event of this.splitter.push(content)) events.push(event);
    else events.push({ type: 'text', delta: content });
    if (!this.splitter?.mayHoldTags) this.rawContent = null;
  }

  /** False once a tool-call limit is passed. */
  private addToolCalls(calls: unknown[]): boolean {
    for (const [position, raw] of calls.entries()) {
      const call = asJson(raw);
      const index = typeof call.index === 'number' ? call.index : position;
      const fn = asJson(call.function);
      const piece = { id: asText(call.id), name: asText(fn.name), arguments: argumentsText(fn.arguments) };
      if (!this.toolCalls.add(index, piece)) return false;
    }
    return true;
  }

  /** Past a limit: the calls held go out as they stand, then why the stream stops. */
  private overflowed(events: StreamEvent[]): StreamEvent[] {
    this.failed = true;
    return [...events, ...this.toolCalls.takeAll(), { type: 'error', error: this.toolCalls.overflowError() }];
  }
}

/** A JSON body (a non-streamed completion, or an error such as MiniMax's HTTP 200 base_resp). */
export function decodeOpenAIChatJson(text: string, options: OpenAIDecoderOptions): StreamEvent[] {
  const decoder = createOpenAIChatDecoder(options);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [notJson('body', text, options.context?.secrets), { type: 'finish', reason: 'error' }];
  }
  return [...decoder.pushJson(parsed), ...decoder.end({ wholeBody: true })];
}

// Decoders, with and without reasoning tags, that have taken a text chunk: one of each object a
// stream's hot path touches.
for (const reasoningTags of [false, true]) {
  const shapeKeeper = keepShapeOf(createOpenAIChatDecoder({ reasoningTags }));
  shapeKeeper.push({ data: '{"model":"m","choices":[{"index":0,"delta":{"content":"-"}}]}' });
}
