import type { Region } from '../../../src-shared/domain.ts';

/** What a column's client reports besides its events. */
export interface ColumnHooks {
  /** A request is about to go out: after the rate limiter's wait, once per attempt. */
  onRequestStart(): void;
  /** The region whose host answered, when the provider has regions (it decides the price). */
  onRegion?(region: Region): void;
  /** The key the column's requests carry, before any goes out: the only key its provider can echo. */
  onKey?(key: string): void;
}
