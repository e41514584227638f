// Every quality score the app has: the bundled snapshot (data/quality/), index versions refreshed with
// an Artificial Analysis key, your own scores as their own index ('user', version 'yours'), and the
// ratings from your blind votes ('votes', version 'yours'; see votes-index.ts).
// Index versions are never mixed: a refreshed version replaces, per model, only the bundled copy of
// that same version.
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { QualityIndexInfo, QualityIndexRef, QualityScoreEntry } from '../../../src-shared/quality.ts';
import { defaultCallMode, isOn, pickQualityScore } from '../../../src-shared/quality-pick.ts';
import bundledJson from './bundled-quality.json' with { type: 'json' };
import { qualityCandidates } from './model-ids.ts';
import { mergeRefreshed } from './quality-merge.ts';
import type { QualityModelScores, QualitySet } from './quality-set.ts';
import type { VotesIndex } from './votes-index.ts';

export const USER_INDEX: QualityIndexRef = { index: 'user', version: 'yours' };

export const BUNDLED_QUALITY: QualitySet = bundledJson as QualitySet;

/** A score you typed in (Models & Prices), on your own 0–100 scale. */
export interface UserScore {
  provider: ProviderId;
  model: string;
  score: number;
  date: string;
}

const USER_INFO: Omit<QualityIndexInfo, 'measuredModels' | 'date'> = {
  ...USER_INDEX,
  name: 'Your scores',
  label: 'Your scores',
  scale: '0–100, your own',
  attribution: 'Scores you entered',
  attributionUrl: null,
  origin: 'user',
  superseded: false,
};

const modelKey = (owner: string, model: string) => `${owner}/${model.toLowerCase()}`;
const refKey = (ref: QualityIndexRef) => `${ref.index}@${ref.version}`;

function userEntry(score: UserScore): QualityScoreEntry {
  return {
    ...USER_INDEX,
    score: score.score,
    date: score.date,
    variant: null,
    reasoning: null,
    effort: null,
    estimated: false,
    preview: false,
    sourceModel: score.model,
    source: 'your score',
  };
}

export class QualityTable {
  private readonly bundled: QualitySet;
  private refreshed: QualitySet | null = null;
  private readonly user = new Map<string, UserScore>();
  private votes: { info: QualityIndexInfo; byModel: Map<string, QualityScoreEntry> } | null = null;
  private byModel = new Map<string, QualityModelScores>();
  private infos: QualityIndexInfo[] = [];
  private readonly populations = new Map<string, number[]>();
  /** scoresFor's answers, by model and aliases: the price table asks for every model on each read. */
  private readonly found = new Map<string, QualityScoreEntry[]>();

  constructor(bundled: QualitySet = BUNDLED_QUALITY) {
    this.bundled = bundled;
    this.rebuild();
  }

  /**
   * Installs a refreshed set (or removes it with null). On an index version the bundled set also has,
   * a refreshed model's scores replace its bundled ones; models the refresh did not match keep theirs.
   */
  setRefreshed(set: QualitySet | null): void {
    this.refreshed = set;
    this.rebuild();
  }

  /** Your own score for one model (the prices.setQuality route); it never changes another index. */
  setOverride(score: UserScore): void {
    this.user.set(modelKey(score.provider, score.model), score);
    this.forget();
  }

  /** Installs the ratings from your blind votes (the leaderboard) as the 'votes' index, or removes it. */
  setVotes(index: VotesIndex | null): void {
    this.votes = index && {
      info: index.info,
      byModel: new Map(index.scores.map(({ provider, model, entry }) => [modelKey(provider, model), entry])),
    };
    this.forget();
  }

  clearOverrides(): void {
    this.user.clear();
    this.forget();
  }

  /** Every score for a catalog model: all index versions and variants, plus yours. */
  scoresFor(provider: ProviderId, model: string, aliases: readonly string[] = []): QualityScoreEntry[] {
    const key = [provider, model, ...aliases].join('\u0000');
    const known = this.found.get(key);
    if (known) return known;
    const found = this.collectScores(provider, model, aliases);
    this.found.set(key, found);
    return found;
  }

  private collectScores(
    provider: ProviderId,
    model: string,
    aliases: readonly string[],
  ): QualityScoreEntry[] {
    const mine = this.user.get(modelKey(provider, model));
    const found: QualityScoreEntry[] = mine ? [userEntry(mine)] : [];
    const rated = this.votes?.byModel.get(modelKey(provider, model));
    if (rated) found.push(rated);
    // Each index version from the first candidate that has it: a model's own LMArena rating does not
    // hide the AA scores its stand-in has (kimi-k2-thinking-turbo → kimi-k2-thinking).
    const covered = new Set<string>();
    for (const candidate of qualityCandidates(provider, model, aliases)) {
      const scored = this.byModel.get(modelKey(candidate.owner, candidate.model));
      if (!scored) continue;
      const taken = new Set<string>();
      for (const entry of scored.scores) {
        if (candidate.reasoning !== undefined && entry.reasoning !== candidate.reasoning) continue;
        if (covered.has(refKey(entry))) continue;
        taken.add(refKey(entry));
        found.push(candidate.via ? { ...entry, via: candidate.via } : entry);
      }
      for (const key of taken) covered.add(key);
    }
    return found;
  }

  /** The index versions there are scores for: bundled and refreshed, then yours and your votes' when there are any. */
  indexes(): QualityIndexInfo[] {
    const yours: QualityIndexInfo[] = [];
    if (this.user.size > 0) {
      const dates = [...this.user.values()].map((score) => score.date).sort();
      yours.push({ ...USER_INFO, date: dates.at(-1) ?? null, measuredModels: this.user.size });
    }
    if (this.votes) yours.push(this.votes.info);
    return yours.length === 0 ? this.infos : [...this.infos, ...yours];
  }

  /**
   * The scores a version gave the models it measured, one per model in the variant the app calls it
   * by default, ascending: what a percentile is taken among.
   */
  population(ref: QualityIndexRef): readonly number[] {
    const key = refKey(ref);
    const cached = this.populations.get(key);
    if (cached) return cached;
    const scores =
      ref.index === 'user'
        ? [...this.user.values()].map((score) => score.score)
        : ref.index === 'votes'
          ? [...(this.votes?.byModel.values() ?? [])].map((entry) => entry.score)
          : [...this.byModel.values()].flatMap(({ owner, model, scores }) => {
              // Every measured model counts once, at the variant nearest how the app calls it (a
              // model measured only while reasoning still ranks among its peers).
              const mode = { ...defaultCallMode(owner, model), alwaysReasons: true };
              const picked = pickQualityScore(scores, ref, mode);
              return picked ? [picked.score] : [];
            });
    const sorted = scores.sort((a, b) => a - b);
    this.populations.set(key, sorted);
    return sorted;
  }

  /** Drops what was derived from the scores (called on every change to them). */
  private forget(): void {
    this.populations.clear();
    this.found.clear();
  }

  private rebuild(): void {
    const merged = mergeRefreshed(this.bundled, this.refreshed);
    this.byModel = merged.byModel;
    this.infos = merged.infos;
    this.forget();
  }
}

/** Whether the table has the index version at all (for a stored choice that may be stale). */
export function hasIndex(indexes: readonly QualityIndexInfo[], ref: QualityIndexRef): boolean {
  return indexes.some((info) => isOn(info, ref));
}
