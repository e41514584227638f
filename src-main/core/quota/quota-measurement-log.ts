import type { QuotaMeasurement } from '../../../src-shared/plan-quota.ts';
import type { JsonFileStore } from '../store/json-file-store.ts';

/** Measurements kept: enough for steady estimates, small enough to rewrite the file each run. */
export const MAX_MEASUREMENTS = 500;
const FIELD = 'measurements';

const isMeasurement = (value: unknown): value is QuotaMeasurement => {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<QuotaMeasurement>;
  return (
    typeof entry.runId === 'string' &&
    typeof entry.model === 'string' &&
    Array.isArray(entry.models) &&
    typeof entry.calls === 'number' &&
    typeof entry.fiveHour === 'object' &&
    entry.fiveHour !== null &&
    typeof entry.weekly === 'object' &&
    entry.weekly !== null
  );
};

/**
 * The measurements, newest first, in a JSON file of their own (durable writes, a damaged file moved
 * aside): they outlive no conversation and need no query, so the history database stays as it is.
 */
export class QuotaMeasurementLog {
  private readonly store: JsonFileStore;
  private readonly scrub: (measurement: QuotaMeasurement) => QuotaMeasurement;
  private readonly onLog: (message: string) => void;

  /** `scrub` removes every known key from a measurement before it is written (its note is provider text). */
  constructor(
    store: JsonFileStore,
    options: {
      scrub?: (measurement: QuotaMeasurement) => QuotaMeasurement;
      onLog?: (message: string) => void;
    } = {},
  ) {
    this.store = store;
    this.scrub = options.scrub ?? ((measurement) => measurement);
    this.onLog = options.onLog ?? (() => {});
  }

  list(): QuotaMeasurement[] {
    const stored = this.store.get(FIELD);
    return Array.isArray(stored) ? stored.filter(isMeasurement).slice(0, MAX_MEASUREMENTS) : [];
  }

  /** Keeps the newest MAX_MEASUREMENTS; a failed write is logged (the measurement is lost, not the run). */
  add(measurement: QuotaMeasurement): void {
    try {
      this.store.set(FIELD, [this.scrub(measurement), ...this.list()].slice(0, MAX_MEASUREMENTS));
    } catch (error) {
      this.onLog(
        `quota: a measurement could not be saved: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}
