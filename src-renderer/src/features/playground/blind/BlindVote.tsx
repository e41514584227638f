import { useEffect, useRef, useState } from 'react';
import type { VoteOutcome } from '../../../../../src-shared/history.ts';
import { isActivePhase } from '../run-state.ts';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { type BlindRound, useBlind } from './blind-store.ts';
import { RankList } from './RankList.tsx';
import { blindName } from './shuffle.ts';
import { type PairResult, pairOutcome, voteSentence } from './vote-outcome.ts';
import './blind.css';

const PAIR_CHOICES: readonly [PairResult, string][] = [
  ['a', 'A is better'],
  ['b', 'B is better'],
  ['tie', 'Tie'],
  ['both_bad', 'Both are bad'],
];

/** Whether every column of the round has finished (a vote waits for all the answers). */
function useRoundFinished(round: BlindRound): boolean {
  return usePlaygroundRun((state) =>
    round.order.every((columnId) => {
      const run = state.columns.get(columnId);
      return run === undefined || run.runId !== round.runId || !isActivePhase(run.phase);
    }),
  );
}

function PairVote({ round, disabled }: { round: BlindRound; disabled: boolean }) {
  return (
    <div className="pg-vote-choices">
      {PAIR_CHOICES.map(([result, label]) => (
        <button
          key={result}
          type="button"
          disabled={disabled}
          onClick={() => void useBlind.getState().vote(pairOutcome(round.order, result))}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** Three or more: pick the best (one click), or rank them all. */
function ManyVote({ round, disabled }: { round: BlindRound; disabled: boolean }) {
  const [ranking, setRanking] = useState<string[] | null>(null);
  const nameOf = (columnId: string) => blindName(round.order.indexOf(columnId));
  const vote = (outcome: VoteOutcome) => void useBlind.getState().vote(outcome);
  const container = useRef<HTMLDivElement>(null);
  const switched = useRef(false);
  const rankingShown = ranking !== null;
  // The switch's button is gone once pressed: focus goes to the first control of the other way.
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    container.current
      ?.querySelector<HTMLButtonElement>(rankingShown ? 'li button:last-child' : 'button')
      ?.focus();
  }, [rankingShown]);
  const choose = (next: string[] | null) => {
    switched.current = true;
    setRanking(next);
  };
  if (!ranking) {
    return (
      <div className="pg-vote-choices" ref={container}>
        {round.order.map((columnId) => (
          <button
            key={columnId}
            type="button"
            disabled={disabled}
            onClick={() => vote({ kind: 'best', best: columnId })}
          >
            {nameOf(columnId)} is best
          </button>
        ))}
        <button type="button" className="quiet" onClick={() => choose([...round.order])}>
          Rank them all instead
        </button>
      </div>
    );
  }
  return (
    <div className="pg-vote-ranking" ref={container}>
      <RankList order={ranking} nameOf={nameOf} onChange={setRanking} />
      <div className="pg-vote-choices">
        <button type="button" disabled={disabled} onClick={() => vote({ kind: 'ranking', order: ranking })}>
          Save ranking
        </button>
        <button type="button" className="quiet" onClick={() => choose(null)}>
          Pick only the best
        </button>
      </div>
    </div>
  );
}

/** "Model B (openai/gpt-5) was best. Saved with the run." after the vote, or that none was cast. */
function VoteResult({ round }: { round: BlindRound }) {
  const columns = usePlaygroundSetup((state) => state.columns);
  const modelOf = (columnId: string) => {
    const column = columns.find((entry) => entry.id === columnId);
    return column ? `${column.provider}/${column.model}` : 'a removed column';
  };
  // The vote's buttons are gone: keyboard focus, left on nothing, goes to what the vote did.
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) line.current?.focus();
  }, []);
  const error = useBlind((state) => state.error);
  return (
    <>
      <p className="pg-vote-result" role="status" tabIndex={-1} ref={line}>
        {round.vote
          ? `${voteSentence(round.vote.outcome, round.order, modelOf)}. Saved with the run: see your leaderboard on Models & Prices.`
          : 'Revealed without a vote: no vote was stored, and History shows the names too.'}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Under a blind round's columns: the vote (once every answer is in), or what it was after the reveal. */
export function BlindVote() {
  const round = useBlind((state) => state.round);
  // "New conversation" clears the columns, and the round with them.
  useEffect(
    () =>
      usePlaygroundRun.subscribe((state, previous) => {
        if (state.columns.size === 0 && previous.columns.size > 0) useBlind.getState().end();
      }),
    [],
  );
  if (!round) return null;
  if (round.revealed) return <VoteResult round={round} />;
  return <OpenRound round={round} />;
}

function OpenRound({ round }: { round: BlindRound }) {
  const finished = useRoundFinished(round);
  const saving = useBlind((state) => state.saving);
  const error = useBlind((state) => state.error);
  const disabled = !finished || saving;
  return (
    <section className="pg-blind-vote" aria-label="Blind vote">
      <button type="button" className="quiet pg-reveal" onClick={() => useBlind.getState().reveal()}>
        Reveal without voting
      </button>
      <h2>Which answer is better?</h2>
      <p className="hint">
        {finished
          ? 'The names, tiers, quality scores and costs show after you vote. The vote is stored with this run and adds to your leaderboard.'
          : 'Vote once every answer is in.'}
      </p>
      {round.order.length === 2 ? (
        <PairVote round={round} disabled={disabled} />
      ) : (
        <ManyVote round={round} disabled={disabled} />
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
