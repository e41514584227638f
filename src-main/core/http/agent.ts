import { Agent, type Dispatcher } from 'undici';

export interface AgentOptions {
  /** Time allowed to open the TCP (and TLS) connection. Default 10 000 ms. */
  connectTimeoutMs?: number;
  /** How long an idle connection is kept for reuse (server keep-alive hints may lower it). Default 10 000 ms. */
  keepAliveTimeoutMs?: number;
  /**
   * Negotiate HTTP/2 when the server offers it. Default false: every stream gets its own HTTP/1.1
   * connection, so cancelling a column closes its socket and a stalled stream cannot hold up others.
   */
  allowH2?: boolean;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 10_000;

/** A keep-alive Agent (one connection pool per origin). Header and body timeouts are enforced per request by openStream. */
export function createAgent(options: AgentOptions = {}): Agent {
  return new Agent({
    connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
    allowH2: options.allowH2 ?? false,
    headersTimeout: 0,
    bodyTimeout: 0,
  });
}

let sharedOptions: AgentOptions = {};
let shared: Dispatcher | undefined;
let owned = false;

/** The dispatcher every request uses unless given another: created on first use. */
export function sharedDispatcher(): Dispatcher {
  if (!shared) {
    shared = createAgent(sharedOptions);
    owned = true;
  }
  return shared;
}

/** Sets the options of the shared Agent; an Agent created earlier is closed gracefully and replaced on next use. */
export function configureSharedAgent(options: AgentOptions): void {
  sharedOptions = { ...options };
  if (shared && owned) void shared.close();
  if (owned) shared = undefined;
}

/** Replaces the shared dispatcher (tests, proxies); undefined goes back to a lazily created Agent. */
export function setSharedDispatcher(dispatcher: Dispatcher | undefined): void {
  if (shared && owned && shared !== dispatcher) void shared.close();
  shared = dispatcher;
  owned = false;
}

/** Closes the shared Agent if this module created it (in-flight requests finish first). */
export async function closeSharedAgent(): Promise<void> {
  const current = shared;
  const wasOwned = owned;
  shared = undefined;
  owned = false;
  if (current && wasOwned) await current.close();
}
