import { describe, expect, it } from 'vitest';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { errorCodes, transportError } from './transport-error.ts';

const origin = 'https://api.example.test';
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });
const map = (error: unknown, phase: 'request' | 'body' = 'request') =>
  transportError(error, { origin, phase });

describe('transportError', () => {
  it('maps refused connections and unknown hosts to network, pointing at the base URL', () => {
    expect(map(coded('ECONNREFUSED'))).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('refused'),
    });
    const notFound = map(coded('ENOTFOUND'));
    expect(notFound.kind).toBe('network');
    expect(notFound.message).toContain('base URL');
    expect(notFound.message).toContain(origin);
  });

  it('finds codes in the cause chain and in AggregateError members (happy eyeballs)', () => {
    const aggregate = Object.assign(
      new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')], 'x'),
      {},
    );
    expect(map(new TypeError('fetch failed', { cause: aggregate })).message).toContain('refused');
    expect(errorCodes(new Error('a', { cause: coded('EAI_AGAIN') }))).toEqual(['EAI_AGAIN']);
  });

  it('maps resets and closed sockets to network, worded by phase', () => {
    expect(map(coded('ECONNRESET')).message).toContain('before a response arrived');
    expect(map(coded('UND_ERR_SOCKET'), 'body')).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('before the response finished'),
    });
    expect(map(coded('UND_ERR_RES_CONTENT_LENGTH_MISMATCH'), 'body').kind).toBe('network');
  });

  it('maps undici and socket timeouts to timeout', () => {
    for (const code of [
      'UND_ERR_CONNECT_TIMEOUT',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
      'ETIMEDOUT',
    ]) {
      expect(map(coded(code)).kind).toBe('timeout');
    }
  });

  it('maps TLS failures to network, and parser or size failures to protocol', () => {
    expect(map(coded('DEPTH_ZERO_SELF_SIGNED_CERT')).message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(map(coded('ERR_TLS_CERT_ALTNAME_INVALID')).kind).toBe('network');
    expect(map(coded('HPE_INVALID_CONSTANT')).kind).toBe('protocol');
    expect(map(coded('UND_ERR_RES_EXCEEDED_MAX_SIZE')).kind).toBe('protocol');
  });

  it('passes ArenaErrorException through and falls back to network for the unknown', () => {
    const known = { kind: 'cancelled' as const, message: 'Cancelled.' };
    expect(map(new ArenaErrorException(known))).toBe(known);
    expect(map('weird')).toMatchObject({ kind: 'network', message: expect.stringContaining('weird') });
  });
});
