// "Refresh quality scores": Artificial Analysis' list, fetched with the user's key, validated and
// installed as index versions of its own. Any failure keeps the last good copy (kept on disk too).
import type { QualityRefreshStatus } from '../../../../src-shared/quality.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { KeyDecryptError } from '../../keys/key-decrypt-error.ts';
import type { JsonFileStore } from '../../store/json-file-store.ts';
import { type AaFetchOptions, fetchAaModels } from './aa-fetch.ts';
import { parseAaPayload } from './aa-payload.ts';
import type { CatalogMatcher } from './model-match.ts';
import { buildRefreshedQuality, type RefreshedQuality, refreshedQualitySchema } from './refreshed-quality.ts';

const LAST_GOOD = 'artificialAnalysis';

export interface QualityRefresherOptions {
  /** Holds the last good copy (quality-refresh.json in the data folder). */
  store: JsonFileStore;
  /** The stored Artificial Analysis key, or undefined when there is none. */
  keyFor: () => Promise<string | undefined>;
  /** Built when a refresh runs, so it sees the catalog as it is then. */
  matcher: () => CatalogMatcher;
  /** Called with each copy that becomes current (the saved one at start, then each good refresh). */
  install: (quality: RefreshedQuality) => void;
  fetch?: Omit<AaFetchOptions, 'signal'>;
  now?: () => Date;
}

export class QualityRefresher {
  private readonly options: QualityRefresherOptions;
  private lastGood: RefreshedQuality | null = null;
  private running: Promise<QualityRefreshStatus> | null = null;
  private state: QualityRefreshStatus = {
    state: 'never',
    lastAttemptAt: null,
    lastSuccessAt: null,
    version: null,
    models: 0,
    message:
      'Quality scores have not been refreshed: add an Artificial Analysis key on the Keys page to fetch the latest.',
  };

  constructor(options: QualityRefresherOptions) {
    this.options = options;
    this.load();
  }

  status(): QualityRefreshStatus {
    return this.state;
  }

  current(): RefreshedQuality | null {
    return this.lastGood;
  }

  /** One refresh at a time: a second call while one runs gets the same result. Never throws. */
  refresh(): Promise<QualityRefreshStatus> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<QualityRefreshStatus> {
    const attemptAt = (this.options.now?.() ?? new Date()).toISOString();
    let key: string | undefined;
    try {
      key = await this.options.keyFor();
    } catch (error) {
      if (!(error instanceof KeyDecryptError)) throw error;
      return this.fail('failed', attemptAt, error.message, true);
    }
    if (!key) {
      return this.fail(
        'no_key',
        attemptAt,
        'No Artificial Analysis key: add one on the Keys page (free at artificialanalysis.ai/insights), then refresh.',
        true,
      );
    }
    this.state = {
      ...this.state,
      state: 'refreshing',
      lastAttemptAt: attemptAt,
      message: 'Refreshing quality scores…',
    };
    const fetched = await fetchAaModels(key, this.options.fetch);
    if (!fetched.ok) {
      return this.fail('failed', attemptAt, fetched.error.message, fetched.error.kind === 'auth');
    }
    const parsed = parseAaPayload(fetched.payload);
    if (!parsed.ok)
      return this.fail(
        'failed',
        attemptAt,
        `Artificial Analysis' answer could not be used: ${parsed.reason}.`,
      );
    const quality = buildRefreshedQuality(parsed.models, this.options.matcher(), attemptAt, parsed.version);
    this.lastGood = quality;
    this.options.install(quality);
    const unsaved = this.save(quality);
    const skipped =
      parsed.skipped > 0 ? ` ${parsed.skipped} entries without a usable score were skipped.` : '';
    return this.set({
      state: 'ok',
      lastAttemptAt: attemptAt,
      lastSuccessAt: attemptAt,
      message: `Refreshed: ${quality.aaModels} Artificial Analysis models, ${matchedModels(quality)} of them matched to models the app knows, as ${describeVersion(quality)}.${skipped}${unsaved}`,
    });
  }

  private fail(
    state: 'failed' | 'no_key',
    attemptAt: string,
    reason: string,
    keyProblem = false,
  ): QualityRefreshStatus {
    const kept = this.lastGood
      ? ` Kept the scores fetched on ${this.lastGood.fetchedAt.slice(0, 10)}.`
      : ' Using the bundled scores.';
    return this.set({
      state,
      lastAttemptAt: attemptAt,
      lastSuccessAt: this.state.lastSuccessAt,
      message: `${reason}${kept}`,
      keyProblem,
    });
  }

  private set(
    fields: Pick<
      QualityRefreshStatus,
      'state' | 'lastAttemptAt' | 'lastSuccessAt' | 'message' | 'keyProblem'
    >,
  ) {
    this.state = {
      keyProblem: false,
      ...fields,
      version: this.lastGood?.version ?? null,
      models: this.lastGood?.aaModels ?? 0,
    };
    return this.state;
  }

  private load(): void {
    const saved = this.options.store.get(LAST_GOOD);
    if (saved === undefined) return;
    const parsed = refreshedQualitySchema.safeParse(saved);
    if (!parsed.success) {
      this.state = {
        ...this.state,
        message:
          'The saved quality scores could not be read, so the bundled scores are used: refresh to fetch them again.',
      };
      return;
    }
    this.lastGood = parsed.data;
    this.options.install(parsed.data);
    this.set({
      state: 'ok',
      lastAttemptAt: null,
      lastSuccessAt: parsed.data.fetchedAt,
      message: `Using quality scores fetched on ${parsed.data.fetchedAt.slice(0, 10)} (${describeVersion(parsed.data)}).`,
    });
  }

  /** Saves the copy for the next start; a sentence to append when that failed, else ''. */
  private save(quality: RefreshedQuality): string {
    try {
      this.options.store.set(LAST_GOOD, quality);
      return '';
    } catch (error) {
      const message =
        error instanceof ArenaErrorException ? error.error.message : 'the file could not be written.';
      return ` They could not be saved for the next start: ${message}`;
    }
  }
}

function matchedModels(quality: RefreshedQuality): number {
  return quality.set.models.length;
}

function describeVersion(quality: RefreshedQuality): string {
  return quality.namedVersion
    ? `version ${quality.namedVersion}`
    : `unknown version, fetched on ${quality.fetchedAt.slice(0, 10)}`;
}
