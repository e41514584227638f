import { join } from 'node:path';
import type { ArenaEvent } from '../../src-shared/contract.ts';
import { type AppInfo, PROVIDER_IDS, type ProviderId, type Region } from '../../src-shared/domain.ts';
import { isUsableKey } from '../../src-shared/keys.ts';
import type { PriceTable } from '../../src-shared/pricing.ts';
import type { QualityIndexRef } from '../../src-shared/quality.ts';
import { type StreamColumnDeps, streamColumn } from './client/stream-column.ts';
import { columnRefusals } from './compare/column-refusals.ts';
import { type CompareOrchestrator, createCompareOrchestrator } from './compare/orchestrator.ts';
import type { ChooseSavePath } from './history/export/choose-save-path.ts';
import { exportConversation } from './history/export/export-conversation.ts';
import { createHistoryRecorder } from './history/history-recorder.ts';
import { historyRoutes } from './history/history-routes.ts';
import { HistoryStore } from './history/history-store.ts';
import { createVotesRatings } from './history/leaderboard/votes-ratings.ts';
import { HISTORY_FILE_NAME } from './history/open-history-db.ts';
import { createRateLimiter } from './http/rate-limiter.ts';
import { ArenaErrorException } from './ipc/arena-error-exception.ts';
import { redactDeep } from './ipc/redact-deep.ts';
import { createEventRedactor } from './ipc/redact-event.ts';
import { createRouter, type Router } from './ipc/router.ts';
import type { SenderPolicy } from './ipc/sender-policy.ts';
import type { Cipher } from './keys/cipher.ts';
import type { KeyValueStore } from './keys/key-value-store.ts';
import { KeyVault } from './keys/key-vault.ts';
import { KeysService } from './keys/keys-service.ts';
import { SecretRegistry } from './keys/secret-registry.ts';
import { planRoutes } from './plan/plan-routes.ts';
import { createDefaultCatalog } from './pricing/default-catalog.ts';
import { PriceRefresher } from './pricing/price-refresh.ts';
import { priceRows } from './pricing/price-rows.ts';
import { UserOverrides } from './pricing/user-overrides.ts';
import { PROVIDERS } from './providers/registry.ts';
import { advisePrompt } from './quality/advise-prompt.ts';
import { describeIndexChoices, effectiveQualityIndex } from './quality/quality-index-choice.ts';
import { hasIndex, QualityTable } from './quality/quality-scores.ts';
import { createQualityRefresher } from './quality/refresh/create-quality-refresher.ts';
import { votesIndex } from './quality/votes-index.ts';
import { QuotaMeasurementLog } from './quota/quota-measurement-log.ts';
import { QuotaMeter } from './quota/quota-meter.ts';
import { remainsUrlsFor } from './quota/remains-url.ts';
import { SettingsService } from './settings/settings-service.ts';
import { JsonFileStore } from './store/json-file-store.ts';

export interface ArenaCoreOptions {
  host: AppInfo['host'];
  version: string;
  /** Where settings and caches live (Electron's userData folder, a temp folder in tests). */
  dataDir: string;
  isTrustedSender: SenderPolicy;
  emit: (event: ArenaEvent) => void;
  /**
   * The vault's two ports: safeStorage + electron-store in the app, a test cipher + JSON file in tests.
   * persistent: false when the store file could not be opened (see openKeyStore): keys last this session.
   */
  vault: { cipher: Cipher; store: KeyValueStore; notices?: string[]; persistent?: boolean };
  /** Environment variables, offered for key import (never read silently). */
  env: Readonly<Record<string, string | undefined>>;
  log?: (message: string) => void;
  /** Transport settings for tests: short timeouts, fast retries, loopback hosts per region. */
  client?: Partial<Omit<StreamColumnDeps, 'keys'>>;
  keyCheckTimeoutMs?: number;
  /** Where refreshed prices come from (LiteLLM's raw JSON by default; a loopback fake in tests). */
  pricesUrl?: string;
  /** Time allowed for an Artificial Analysis refresh (tests: short). Default 30 s. */
  qualityTimeoutMs?: number;
  /** Where an export is saved: the app's save dialog, a temporary path in tests; absent in the CLI. */
  chooseSavePath?: ChooseSavePath;
}

export interface ArenaCore {
  router: Router;
  settings: SettingsService;
  compare: CompareOrchestrator;
  vault: KeyVault;
  keys: KeysService;
  secrets: SecretRegistry;
  prices: PriceRefresher;
  history: HistoryStore;
  /** Token Plan windows read before and after runs; measuredUse() feeds plan fit. */
  quota: QuotaMeter;
  /** At quit: columns still running are kept in history as interrupted, and the database is closed. */
  close(): void;
}

/** Everything main does, without Electron: the app, the CLI and the UI harness all build this. */
export function createArenaCore(options: ArenaCoreOptions): ArenaCore {
  const secrets = new SecretRegistry();
  // Every line main logs, every route reply and every event it pushes is scrubbed of known keys.
  const log = secrets.wrapLog(options.log ?? (() => {}));
  const redactEvent = createEventRedactor(secrets);
  const emit = (event: ArenaEvent) => {
    for (const clean of redactEvent(event)) options.emit(clean);
  };
  const store = new JsonFileStore(join(options.dataDir, 'settings.json'));
  for (const notice of store.notices) log(notice.message);
  const settings = new SettingsService(store, (next) => emit({ type: 'settings.changed', settings: next }));

  // Keys are decrypted when first used, not here: the vault registers each with `secrets` as it is
  // added or revealed, which is before any request, error or log line can carry it (see KeyVault.reveal).
  const vault = new KeyVault({
    cipher: options.vault.cipher,
    store: options.vault.store,
    secrets,
    ...(options.vault.persistent === false ? { persistent: false } : {}),
  });
  const keys = new KeysService({
    vault,
    store: options.vault.store,
    env: options.env,
    emit,
    notices: options.vault.notices ?? [],
    check: {
      ...(options.keyCheckTimeoutMs ? { timeoutMs: options.keyCheckTimeoutMs } : {}),
      ...(options.client?.hosts ? { hosts: options.client.hosts } : {}),
    },
  });
  const clientDeps: StreamColumnDeps = {
    keys: vault,
    rateLimiter: createRateLimiter(),
    regionMemory: new Map(),
    onRegionDetected: (column, region) => log(`${column.provider}: this key belongs to the ${region} region`),
    onRetry: (column, error, delayMs) =>
      log(
        `${column.provider}/${column.model}: ${error.kind}${delayMs === null ? '' : `, retrying in ${delayMs} ms`}`,
      ),
    ...options.client,
  };
  const catalog = createDefaultCatalog();
  const prices = new PriceRefresher({
    catalog,
    cacheFile: join(options.dataDir, 'prices-cache.json'),
    ...(options.pricesUrl ? { url: options.pricesUrl } : {}),
  });
  const quality = new QualityTable();
  const overrides = new UserOverrides(
    new JsonFileStore(join(options.dataDir, 'user-overrides.json')),
    catalog,
    quality,
  );
  const qualityRefresher = createQualityRefresher({
    dataDir: options.dataDir,
    vault,
    catalog,
    quality,
    ...(options.client?.hosts ? { hosts: options.client.hosts } : {}),
    ...(options.qualityTimeoutMs ? { timeoutMs: options.qualityTimeoutMs } : {}),
    log,
  });
  // Your votes' ratings are brought up to date (when the votes changed) before a view reads the table.
  const qualityIndex = () => {
    votesRatings.current();
    return effectiveQualityIndex(settings.get().qualityIndex, quality.indexes());
  };
  const priceTable = (): PriceTable => {
    const index = qualityIndex();
    return {
      rows: priceRows(catalog, quality, undefined, index),
      refresh: prices.current(),
      qualityIndex: index,
      qualityIndexes: quality.indexes(),
      qualityRefresh: qualityRefresher.status(),
    };
  };
  const chooseQualityIndex = (ref: QualityIndexRef): PriceTable => {
    votesRatings.current();
    const indexes = quality.indexes();
    if (!hasIndex(indexes, ref)) {
      throw new ArenaErrorException({
        kind: 'invalid_input',
        field: 'version',
        message: `There are no ${ref.index} scores of version ${ref.version}. Choose one of: ${describeIndexChoices(indexes).join(', ')}.`,
      });
    }
    settings.update({ qualityIndex: ref });
    return priceTable();
  };
  const history = new HistoryStore(join(options.dataDir, HISTORY_FILE_NAME), {
    scrub: (value) => redactDeep(value, secrets.scrubber),
    knownKeys: () => secrets.known(),
    log,
  });
  const historyRecorder = createHistoryRecorder(history);
  const votesRatings = createVotesRatings(
    () => (history.available ? history.database() : null),
    (board) => quality.setVotes(votesIndex(board)),
  );
  const compare = createCompareOrchestrator({
    observer: historyRecorder,
    priceFor: (column) => catalog.lookup(column.provider, column.model, column.region),
    emit,
    log,
    streamColumn: (column, request, signal, hooks) => {
      // A stored key knows its region (set by the user, or by a wrong-region check).
      const region =
        column.region ?? (column.baseUrl ? undefined : vault.regionFor(column.provider, column.keyId));
      // The limits the user set, read as the run starts; the core options' own (tests) win.
      const limits = settings.get().streamLimits;
      const deps: StreamColumnDeps = {
        ...clientDeps,
        requestTimeoutMs: options.client?.requestTimeoutMs ?? limits.requestTimeoutSec * 1000,
        eventTimeoutMs: options.client?.eventTimeoutMs ?? limits.eventTimeoutSec * 1000,
      };
      return streamColumn(region ? { ...column, region } : column, request, signal, deps, hooks);
    },
  });

  const quota = new QuotaMeter({
    keys: () => vault.list(),
    reveal: (keyId) => vault.reveal(keyId),
    remainsUrlsFor: (key, column) => remainsUrlsFor(key, column, options.client?.hosts),
    log: new QuotaMeasurementLog(new JsonFileStore(join(options.dataDir, 'quota-measurements.json')), {
      scrub: (measurement) => redactDeep(measurement, secrets.scrubber),
      onLog: log,
    }),
    onLog: log,
  });

  const isStoredKeyOf = (provider: ProviderId, keyId: string) =>
    vault.list().some((key) => isUsableKey(key) && key.id === keyId && key.provider === provider);

  const router = createRouter(
    {
      'app.info': () => ({
        name: 'BYOK Arena',
        version: options.version,
        host: options.host,
        platform: process.platform,
        providers: PROVIDER_IDS,
      }),
      'settings.get': () => settings.get(),
      'prices.list': () => priceTable(),
      'prices.refresh': async () => {
        await prices.refresh(true);
        return priceTable();
      },
      'prices.setOverride': (input) => {
        overrides.setPrice(input);
        return priceTable();
      },
      'prices.setQuality': ({ provider, model, score }) => {
        overrides.setQuality(provider, model, score);
        return priceTable();
      },
      'prices.clearOverride': ({ provider, model }) => {
        overrides.clear(provider, model);
        return priceTable();
      },
      'prices.setQualityIndex': (ref) => chooseQualityIndex(ref),
      'prices.refreshQuality': async () => {
        await qualityRefresher.refresh();
        return priceTable();
      },
      'prices.recommend': ({ prompt, minQuality }) => {
        const keyed = new Set(vault.list().map((key) => key.provider));
        return advisePrompt(
          prompt,
          priceRows(catalog, quality, undefined, qualityIndex()),
          (provider) => keyed.has(provider),
          minQuality,
        );
      },
      'providers.list': () =>
        Object.values(PROVIDERS).map((provider) => ({
          id: provider.id,
          displayName: provider.displayName,
          regions: Object.keys(provider.baseUrls) as Region[],
          keyOptional: provider.keyOptional,
          keyEnv: provider.keyEnv,
          models: provider.models.map((model) => model.id),
          wires: [provider.defaultWire, ...provider.wires.filter((wire) => wire !== provider.defaultWire)],
          defaultBaseUrls: provider.baseUrls,
          reasoningEffort: provider.reasoningEffort ?? false,
          modelInfo: provider.models.map((model) => ({ ...model })),
        })),
      'settings.update': (patch) => settings.update(patch),
      // A column main refuses fails alone, at once and with nothing sent; the others run.
      // A Token Plan key's windows are read just before (at most 2 s) and after the run.
      'compare.start': async (request) => {
        const conversationId = history.conversationFor(request.conversationId);
        const refusals = columnRefusals(request, isStoredKeyOf);
        const quotaBefore = await quota.before(request, refusals);
        const { runId, done } = compare.start({ ...request, conversationId }, refusals);
        if (quotaBefore) void quota.after(runId, quotaBefore, done);
        return { runId, conversationId };
      },
      'compare.cancel': ({ runId, columnId }) => ({ cancelled: compare.cancel(runId, columnId) }),
      'keys.status': () => keys.status(),
      'keys.list': () => vault.list(),
      'keys.add': (input) => vault.add(input),
      'keys.replace': ({ id, key }) => vault.replace(id, key),
      'keys.update': ({ id, ...changes }) => vault.update(id, changes),
      'keys.setDefault': ({ id }) => vault.setDefault(id),
      'keys.remove': ({ id }) => vault.remove(id),
      'keys.check': ({ id }) => keys.check(id),
      'keys.checkAll': () => keys.checkAll(),
      'keys.chooseStorage': async ({ choice }) => {
        await vault.choose(choice);
        return keys.status();
      },
      'keys.import': ({ names }) => keys.importKeys(names),
      'keys.dismissImport': () => keys.dismissImport(),
      ...historyRoutes(history),
      ...planRoutes({
        lookup: (provider, model, region) => catalog.lookup(provider, model, region),
        rows: () => priceRows(catalog, quality, undefined, qualityIndex()),
        store: new JsonFileStore(join(options.dataDir, 'plans.json')),
        measured: () => quota.measuredUse(),
        chooseSavePath: options.chooseSavePath,
        scrubber: secrets.scrubber,
      }),
      'plan.quota': () => quota.report(),
      'history.leaderboard': () => history.guard(() => votesRatings.current()),
      'history.export': (request) =>
        exportConversation(request, {
          getConversation: (conversationId) => history.get(conversationId),
          chooseSavePath: options.chooseSavePath,
          scrubber: secrets.scrubber,
        }),
    },
    {
      isTrustedSender: options.isTrustedSender,
      scrubber: secrets.scrubber,
      onInternalError: (route, error) =>
        log(`route ${route} failed: ${error instanceof Error ? error.message : String(error)}`),
    },
  );
  const close = () => {
    historyRecorder.interruptAll();
    history.close();
  };
  return { router, settings, compare, vault, keys, secrets, prices, history, quota, close };
}
