/** The parts of a provider error body that matter, whatever its shape. */
export interface ErrorPayload {
  message: string;
  /** MiniMax status code, OpenAI error.code, Anthropic/OpenAI error.type, OpenRouter's numeric code. */
  code?: number | string;
  type?: string;
  /** An HTTP status the body itself states (MiniMax's http_code, OpenRouter's error.code). */
  statedStatus?: number;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const GENERIC_MESSAGE = 'The provider reported an error.';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Reads every error shape we know: OpenAI/OpenRouter `{error:{message,type,code}}`, Anthropic
 * `{type:'error',error:{type,message}}`, MiniMax `{error:{…,http_code}}` and `{base_resp:{status_code≠0}}`.
 * Returns undefined when the value carries no error.
 */
export function readErrorPayload(value: unknown): ErrorPayload | undefined {
  const body = asRecord(value);
  if (!body) return undefined;
  const baseResp = asRecord(body.base_resp);
  const baseCode = typeof baseResp?.status_code === 'number' ? baseResp.status_code : 0;
  const error = asRecord(body.error);
  if (error) {
    const message = str(error.message) ?? str(body.message) ?? GENERIC_MESSAGE;
    const type = str(error.type);
    const rawCode = error.code;
    const httpCode = Number(error.http_code);
    const payload: ErrorPayload = { message, type };
    if (typeof rawCode === 'number') {
      payload.code = rawCode;
      if (rawCode >= 400 && rawCode < 600) payload.statedStatus = rawCode;
    } else if (str(rawCode)) payload.code = str(rawCode);
    else if (type) payload.code = type;
    if (Number.isInteger(httpCode) && httpCode >= 400) payload.statedStatus = httpCode;
    if (baseCode !== 0) payload.code = baseCode;
    return payload;
  }
  if (typeof body.error === 'string') return { message: str(body.error) ?? GENERIC_MESSAGE };
  if (baseCode !== 0) {
    return { message: str(baseResp?.status_msg) ?? `MiniMax error ${baseCode}.`, code: baseCode };
  }
  return undefined;
}

export function parseErrorBody(text: string): ErrorPayload | undefined {
  try {
    return readErrorPayload(JSON.parse(text));
  } catch {
    // Not JSON: no payload.
  }
  return undefined;
}
