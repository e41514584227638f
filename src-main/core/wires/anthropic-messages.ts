import type { FinishReason, StreamEvent, Usage } from '../../../src-shared/domain.ts';
import { type ClassifyContext, classifyErrorPayload, incompleteStreamError } from '../errors/classify.ts';
import { readErrorPayload } from '../errors/error-payload.ts';
import { asJson, asText, type Json } from '../json-fields.ts';
import { AnswerModel } from './answer-model.ts';
import { readHotDelta } from './anthropic-hot-delta.ts';
import {
  BLANK_FRAME,
  NOT_JSON_FRAME,
  notJson,
  parseFrameData,
  type SseFrameInput,
  type WireDecoder,
} from './decoder.ts';
import { keepShapeOf } from './kept-shapes.ts';
import { normalizeAnthropicUsage } from './normalize-usage.ts';
import { DEFAULT_DECODER_LIMITS, type DecoderLimits } from './output-limits.ts';
import { AnthropicBlockRecorder } from './replay-recorder.ts';
import { ToolCallBuffer } from './tool-call-buffer.ts';

/** A Map, not an object: a stop reason named "constructor" must be just an unknown reason ("stop"). */
const STOP_REASONS: ReadonlyMap<string, FinishReason> = new Map([
  ['end_turn', 'stop'],
  ['stop_sequence', 'stop'],
  ['pause_turn', 'stop'],
  ['max_tokens', 'length'],
  ['model_context_window_exceeded', 'length'],
  ['tool_use', 'tool_calls'],
  ['refusal', 'content_filter'],
]);

/** The arguments of a tool_use block that streams none: its `input` as JSON text, "{}" when it is no object. */
function initialArguments(input: unknown): string {
  return JSON.stringify(asJson(input));
}

export function createAnthropicMessagesDecoder(
  context: ClassifyContext = {},
  limits: DecoderLimits = DEFAULT_DECODER_LIMITS,
): WireDecoder {
  return new AnthropicMessagesDecoder(context, limits);
}

/**
 * A class, not closures made per stream: its methods outlive each stream, and with them the machine
 * code the engine compiled for them (a new stream's closures would start over after a garbage collection).
 */
class AnthropicMessagesDecoder implements WireDecoder {
  private readonly tools: ToolCallBuffer;
  private readonly answerModel = new AnswerModel();
  private readonly replay: AnthropicBlockRecorder;
  private usage: Usage | null = null;
  private finish: FinishReason | null = null;
  private failed = false;
  private stopped = false;
  private readonly context: ClassifyContext;

  constructor(context: ClassifyContext, limits: DecoderLimits) {
    this.context = context;
    this.tools = new ToolCallBuffer(limits);
    this.replay = new AnthropicBlockRecorder(limits.maxReplayChars);
  }

  push(frame: SseFrameInput): StreamEvent[] {
    if (this.tools.overflow) return [];
    // Most frames are text or thinking deltas: read without building their objects when laid out as usual.
    const hot = readHotDelta(frame.data);
    if (hot)
      return hot.kind === 'text'
        ? this.textDelta(hot.index, hot.text)
        : this.thinkingDelta(hot.index, hot.text);
    const parsed = parseFrameData(frame.data);
    if (parsed === BLANK_FRAME) return [];
    try {
      if (parsed !== NOT_JSON_FRAME) return this.handle(asJson(parsed));
    } catch {
      // A value no field read can take (an index whose valueOf and toString are not functions).
    }
    this.failed = true;
    return [notJson('frame', frame.data.trim(), this.context.secrets)];
  }

  pendingChars(): number {
    return this.tools.heldChars;
  }

  abandon(): StreamEvent[] {
    return this.tools.takeAll();
  }

  end(): StreamEvent[] {
    const events: StreamEvent[] = [];
    if (this.usage) events.push({ type: 'usage', usage: this.usage });
    // Neither a stop reason nor message_stop: the stream was cut off.
    if (!this.failed && !this.finish && !this.stopped) {
      this.failed = true;
      events.push({ type: 'error', error: incompleteStreamError(this.context) });
    }
    if (!this.failed) events.push(...this.replay.take());
    // message_stop without a stated reason: leave the finish unknown rather than guess "stop".
    const reason = this.failed ? 'error' : this.finish;
    if (reason) events.push({ type: 'finish', reason });
    return events;
  }

  private textDelta(index: number, text: string): StreamEvent[] {
    this.replay.textDelta(index, text);
    return text ? [{ type: 'text', delta: text }] : [];
  }

  private thinkingDelta(index: number, thinking: string): StreamEvent[] {
    this.replay.thinkingDelta(index, thinking);
    return thinking ? [{ type: 'reasoning', delta: thinking }] : [];
  }

  /** Past a limit: the calls held go out as they stand, then why the stream stops. */
  private overflowed(): StreamEvent[] {
    this.failed = true;
    return [...this.tools.takeAll(), { type: 'error', error: this.tools.overflowError() }];
  }

  private handle(event: Json): StreamEvent[] {
    switch (event.type) {
      case 'message_start': {
        const message = asJson(event.message);
        this.usage = normalizeAnthropicUsage(message.usage, null);
        return this.answerModel.report(message.model);
      }
      case 'content_block_start': {
        const block = asJson(event.content_block);
        const index = Number(event.index);
        this.replay.start(index, block);
        if (block.type === 'tool_use') {
          const piece = {
            id: asText(block.id),
            name: asText(block.name),
            fallback: initialArguments(block.input),
          };
          if (!this.tools.add(index, piece)) return this.overflowed();
        }
        if (block.type === 'text' && asText(block.text)) return [{ type: 'text', delta: asText(block.text) }];
        if (block.type === 'thinking' && asText(block.thinking)) {
          return [{ type: 'reasoning', delta: asText(block.thinking) }];
        }
        return [];
      }
      case 'content_block_delta': {
        const delta = asJson(event.delta);
        const index = Number(event.index);
        if (delta.type === 'text_delta') return this.textDelta(index, asText(delta.text));
        if (delta.type === 'thinking_delta') return this.thinkingDelta(index, asText(delta.thinking));
        if (delta.type === 'signature_delta') this.replay.signatureDelta(index, asText(delta.signature));
        if (delta.type === 'input_json_delta' && this.tools.has(index)) {
          if (!this.tools.add(index, { arguments: asText(delta.partial_json) })) return this.overflowed();
        }
        return [];
      }
      case 'content_block_stop': {
        const index = Number(event.index);
        const call = this.tools.take(index);
        if (!call) return [];
        this.replay.toolInput(index, call.arguments);
        return [{ type: 'tool-call', call }];
      }
      case 'message_delta': {
        const reason = asText(asJson(event.delta).stop_reason);
        if (reason) this.finish = STOP_REASONS.get(reason) ?? 'stop';
        if (event.usage) this.usage = normalizeAnthropicUsage(event.usage, this.usage);
        return [];
      }
      case 'error': {
        this.failed = true;
        const payload = readErrorPayload(event) ?? { message: 'The stream reported an error.' };
        return [{ type: 'error', error: classifyErrorPayload(payload, this.context) }];
      }
      case 'message_stop':
        this.stopped = true;
        return [];
      default:
        // ping, and event types added after this was written.
        return [];
    }
  }
}

/** A JSON body answering a streaming request: an error, or a whole (non-streamed) message. */
export function decodeAnthropicJson(
  text: string,
  context: ClassifyContext = {},
  limits: DecoderLimits = DEFAULT_DECODER_LIMITS,
): StreamEvent[] {
  let body: Json;
  try {
    body = asJson(JSON.parse(text));
  } catch {
    return [notJson('body', text, context.secrets), { type: 'finish', reason: 'error' }];
  }
  const error = readErrorPayload(body);
  if (error)
    return [
      { type: 'error', error: classifyErrorPayload(error, context) },
      { type: 'finish', reason: 'error' },
    ];
  const events: StreamEvent[] = new AnswerModel().report(body.model);
  // Stryker disable next-line ArrayDeclaration: a string in place of [] is no block (no type), so the loop skips it
  const content = Array.isArray(body.content) ? body.content : [];
  const tools = new ToolCallBuffer(limits);
  const replay = new AnthropicBlockRecorder(limits.maxReplayChars);
  for (const [index, raw] of content.entries()) {
    const block = asJson(raw);
    replay.start(index, block);
    if (block.type === 'thinking' && asText(block.thinking))
      events.push({ type: 'reasoning', delta: asText(block.thinking) });
    if (block.type === 'text' && asText(block.text)) events.push({ type: 'text', delta: asText(block.text) });
    if (block.type === 'tool_use') {
      const piece = {
        id: asText(block.id),
        name: asText(block.name),
        arguments: JSON.stringify(block.input ?? {}),
      };
      if (!tools.add(index, piece)) {
        const error = tools.overflowError();
        return [...events, ...tools.takeAll(), { type: 'error', error }, { type: 'finish', reason: 'error' }];
      }
      const call = tools.take(index);
      if (call) {
        replay.toolInput(index, call.arguments);
        events.push({ type: 'tool-call', call });
      }
    }
  }
  if (body.usage) events.push({ type: 'usage', usage: normalizeAnthropicUsage(body.usage, null) });
  events.push(...replay.take());
  events.push({ type: 'finish', reason: STOP_REASONS.get(asText(body.stop_reason)) ?? 'stop' });
  return events;
}

// A decoder that has begun a text block holds one of each object a stream's hot path touches.
const shapeKeeper = keepShapeOf(createAnthropicMessagesDecoder());
shapeKeeper.push({
  data: '{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}',
});
shapeKeeper.push({
  data: '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"-"}}',
});
