import type { ColumnResult, ColumnSpec, CompareRequest } from '../../../src-shared/compare.ts';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { isUsableKey, type KeySummary, type UsableKeySummary } from '../../../src-shared/keys.ts';
import type { MeasuredQuotaUse } from '../../../src-shared/plan.ts';
import type { PlanQuotaReport, QuotaKeyWindows, QuotaMeasurement } from '../../../src-shared/plan-quota.ts';
import { estimatesOf, familyFor, windowDelta } from './quota-delta.ts';
import type { QuotaMeasurementLog } from './quota-measurement-log.ts';
import { REMAINS_TIMEOUT_MS, type RemainsRead, readRemains } from './read-remains.ts';

/** The after read and the Plan page's live read wait longer: nothing waits on them. */
const LATER_READ_TIMEOUT_MS = 5000;
/** Token Plan keys read live for the Plan page; a user has a few, more are not read. */
const MAX_LIVE_KEYS = 10;

export interface QuotaMeterDeps {
  /** The stored keys (the vault's list). */
  keys: () => KeySummary[];
  /** A stored key's text; may throw when it no longer decrypts. */
  reveal: (keyId: string) => Promise<string>;
  /**
   * The remains URLs to try for a key, as a column (its region or base URL) or the key alone
   * reaches it: the next is tried when one refuses the key (a key of the other region).
   */
  remainsUrlsFor: (key: UsableKeySummary, column?: ColumnSpec) => string[];
  log: QuotaMeasurementLog;
  /** Time the before read may take (default 2 s: it delays the run). */
  beforeTimeoutMs?: number;
  now?: () => number;
  onLog?: (message: string) => void;
}

/** The columns of one run that use one Token Plan key at one URL, and the read before the run. */
interface KeyGroup {
  key: UsableKeySummary;
  urls: string[];
  columns: ColumnSpec[];
  before: RemainsRead;
}

/** A run's before reads, to hand to `after` once the run has started. */
export interface PendingQuota {
  groups: KeyGroup[];
}

const TOKEN_PLAN_PROVIDER = 'minimax';

/**
 * Reads a MiniMax Token Plan key's windows before and after each run that uses it, and records
 * what the run consumed (see windowDelta). A failed read makes that part unknown, never zero.
 */
export class QuotaMeter {
  private readonly now: () => number;
  /** Runs being measured, per key id: two at once share the key's windows. */
  private readonly inFlight = new Map<string, Set<string>>();
  private readonly overlapped = new Set<string>();
  private readonly measuring = new Set<Promise<void>>();
  /** The URL that last answered for each key: tried first next time. */
  private readonly answeredUrl = new Map<string, string>();

  private readonly deps: QuotaMeterDeps;

  constructor(deps: QuotaMeterDeps) {
    this.deps = deps;
    this.now = deps.now ?? Date.now;
  }

  /** The stored Token Plan key a column uses, if it uses one. */
  private tokenPlanKeyOf(column: ColumnSpec): UsableKeySummary | undefined {
    if (column.provider !== TOKEN_PLAN_PROVIDER) return undefined;
    const key = this.deps
      .keys()
      .filter(isUsableKey)
      .find(
        (entry) =>
          entry.provider === TOKEN_PLAN_PROVIDER &&
          (column.keyId === undefined ? entry.isDefault : entry.id === column.keyId),
      );
    return key?.keyKind === 'token_plan' ? key : undefined;
  }

  /** The remains URLs, or none (that column is not measured) when its base URL cannot give one. */
  private urlsOf(key: UsableKeySummary, column?: ColumnSpec): string[] {
    try {
      return this.deps.remainsUrlsFor(key, column);
    } catch (error) {
      this.deps.onLog?.(`quota: no remains URL for ${column?.model ?? key.label}: ${String(error)}`);
      return [];
    }
  }

  /**
   * Reads the key's windows from the first URL that accepts it (the one that last answered first),
   * all tries within `timeoutMs` together.
   */
  private async read(
    key: UsableKeySummary,
    urls: readonly string[],
    timeoutMs: number,
  ): Promise<RemainsRead> {
    const deadline = performance.now() + timeoutMs;
    const remembered = this.answeredUrl.get(key.id);
    const ordered =
      remembered && urls.includes(remembered)
        ? [remembered, ...urls.filter((url) => url !== remembered)]
        : urls;
    let read: RemainsRead = {
      ok: false,
      readAtMs: this.now(),
      problem: 'The key has no remains URL.',
      auth: false,
    };
    try {
      const text = await this.deps.reveal(key.id);
      for (const url of ordered) {
        const left = Math.max(1, Math.round(deadline - performance.now()));
        read = await readRemains(url, text, { timeoutMs: left, now: this.now });
        if (read.ok) this.answeredUrl.set(key.id, url);
        if (read.ok || !read.auth) break;
      }
      return read;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        readAtMs: this.now(),
        problem: `The key could not be read: ${reason}`,
        auth: false,
      };
    }
  }

  /**
   * Reads the windows of every Token Plan key the run's columns use (refused columns send nothing),
   * at once and each within the before timeout; null when no column uses such a key.
   */
  async before(
    request: CompareRequest,
    refused?: ReadonlyMap<string, ArenaError>,
  ): Promise<PendingQuota | null> {
    const byKeyAndUrl = new Map<string, Omit<KeyGroup, 'before'>>();
    for (const column of request.columns) {
      if (refused?.has(column.columnId)) continue;
      const key = this.tokenPlanKeyOf(column);
      if (!key) continue;
      const urls = this.urlsOf(key, column);
      if (urls.length === 0) continue;
      const id = `${key.id}\n${urls.join('\n')}`;
      const group = byKeyAndUrl.get(id) ?? { key, urls, columns: [] };
      group.columns.push(column);
      byKeyAndUrl.set(id, group);
    }
    if (byKeyAndUrl.size === 0) return null;
    const timeoutMs = this.deps.beforeTimeoutMs ?? REMAINS_TIMEOUT_MS;
    const groups = await Promise.all(
      [...byKeyAndUrl.values()].map(async (group) => ({
        ...group,
        before: await this.read(group.key, group.urls, timeoutMs),
      })),
    );
    for (const group of groups) {
      if (!group.before.ok) this.deps.onLog?.(`quota: before run: ${group.before.problem}`);
    }
    return { groups };
  }

  /** Once the run is done: reads each key again and records what the run consumed. */
  after(
    runId: string,
    pending: PendingQuota,
    done: Promise<ReadonlyMap<string, ColumnResult>>,
  ): Promise<void> {
    for (const { key } of pending.groups) this.enter(key.id, runId);
    const measuring = done
      .then((results) => Promise.all(pending.groups.map((group) => this.measure(runId, group, results))))
      .then(() => undefined)
      .catch((error) => this.deps.onLog?.(`quota: measuring run ${runId} failed: ${String(error)}`))
      .finally(() => {
        for (const { key } of pending.groups) this.leave(key.id, runId);
        this.measuring.delete(measuring);
      });
    this.measuring.add(measuring);
    return measuring;
  }

  /** Resolves once every run being measured now has its measurement recorded (or given up). */
  async settled(): Promise<void> {
    await Promise.all([...this.measuring]);
  }

  private enter(keyId: string, runId: string): void {
    const runs = this.inFlight.get(keyId) ?? new Set<string>();
    runs.add(runId);
    this.inFlight.set(keyId, runs);
    if (runs.size > 1) for (const run of runs) this.overlapped.add(`${keyId}\n${run}`);
  }

  private leave(keyId: string, runId: string): void {
    const runs = this.inFlight.get(keyId);
    runs?.delete(runId);
    if (runs?.size === 0) this.inFlight.delete(keyId);
    this.overlapped.delete(`${keyId}\n${runId}`);
  }

  private async measure(
    runId: string,
    group: KeyGroup,
    results: ReadonlyMap<string, ColumnResult>,
  ): Promise<void> {
    const after = await this.read(group.key, group.urls, LATER_READ_TIMEOUT_MS);
    const models = group.columns.map((column) => column.model);
    const calls = group.columns.filter((column) => results.get(column.columnId)?.error === null).length;
    const { before } = group;
    const families = after.ok ? after.families : before.ok ? before.families : [];
    const family = familyFor(families, models[0] ?? '');
    const beforeFamily = before.ok && family ? familyFor(before.families, family.model) : null;
    const afterFamily = after.ok && family ? familyFor(after.families, family.model) : null;
    const problems = [
      before.ok ? null : `Before the run: ${before.problem}`,
      after.ok ? null : `After the run: ${after.problem}`,
      before.ok && after.ok && !family ? `No quota entry of the key matches ${models[0]}.` : null,
    ].filter((problem): problem is string => problem !== null);
    const measurement: QuotaMeasurement = {
      runId,
      at: new Date(after.readAtMs).toISOString(),
      keyId: group.key.id,
      plan: (after.ok ? after.plan : null) ?? (before.ok ? before.plan : null),
      model: [...new Set(models)].join(', '),
      models,
      calls,
      family: family?.model ?? null,
      fiveHour: windowDelta(beforeFamily?.fiveHour ?? null, afterFamily?.fiveHour ?? null),
      weekly: windowDelta(beforeFamily?.weekly ?? null, afterFamily?.weekly ?? null),
      overlapped: this.overlapped.has(`${group.key.id}\n${runId}`),
      note: problems.length > 0 ? problems.join(' ') : null,
    };
    this.deps.log.add(measurement);
  }

  /** The live windows of each stored Token Plan key, the measurements, and the per-model estimates. */
  async report(): Promise<PlanQuotaReport> {
    const keys = this.deps
      .keys()
      .filter(isUsableKey)
      .filter((key) => key.provider === TOKEN_PLAN_PROVIDER && key.keyKind === 'token_plan')
      .slice(0, MAX_LIVE_KEYS);
    const windows = await Promise.all(
      keys.map(async (key): Promise<QuotaKeyWindows> => {
        const read = await this.read(key, this.urlsOf(key), LATER_READ_TIMEOUT_MS);
        return {
          keyId: key.id,
          label: key.label,
          masked: key.masked,
          readAt: new Date(read.readAtMs).toISOString(),
          plan: read.ok ? read.plan : null,
          families: read.ok ? read.families : [],
          problem: read.ok ? null : read.problem,
        };
      }),
    );
    const measurements = this.deps.log.list();
    return { windows, measurements, perRunEstimate: estimatesOf(measurements) };
  }

  /** Per model and plan, the measured consumption per call (pooled over runs): what plan fit uses. */
  measuredUse(): MeasuredQuotaUse[] {
    return estimatesOf(this.deps.log.list());
  }

  /** Measured requests per call of `model` (pooled over runs), or null when never measured. */
  requestsPerCall(model: string): number | null {
    return this.measuredUse().find((entry) => entry.model === model)?.requestsPerCall ?? null;
  }
}
