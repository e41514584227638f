import { useEffect, useState } from 'react';
import type { Leaderboard } from '../../../../src-shared/history.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import { getArena } from '../../lib/arena.ts';
import { ratingText, recordText, tiersNote } from './votes-view.ts';
import './votes.css';

/** The leaderboard, asked for again whenever the table changes (a vote since rates again). */
function useLeaderboard(table: PriceTable): Leaderboard | null {
  const [board, setBoard] = useState<Leaderboard | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new table (the votes changed, the index was chosen) asks again.
  useEffect(() => {
    let current = true;
    void getArena()
      ?.history.leaderboard()
      .then((result) => {
        if (current) setBoard(result.ok ? result.value : null);
      });
    return () => {
      current = false;
    };
  }, [table]);
  return board;
}

/** With "Your votes" chosen: what the ratings mean, and every rated model best first. */
export function VotesLeaderboard({ table }: { table: PriceTable }) {
  const board = useLeaderboard(table);
  if (!board || board.rows.length === 0) return null;
  return (
    <section className="votes-board" aria-labelledby="votes-board-title">
      <h2 id="votes-board-title">Your leaderboard</h2>
      <p className="hint">
        A Bradley–Terry rating per model from your {board.votes} blind vote{board.votes === 1 ? '' : 's'}.
        1000 is the average of the models you compared; 100 points above another means winning about 64 % of
        the time against it, 400 points 10 to 1. The range is a 95 % interval: few votes make it wide, and
        models whose ranges overlap a lot are not clearly apart. A tie or "both bad" counts half a win to
        each, the best of several beats each of the others, and a ranking counts every pair.{' '}
        {tiersNote(board.rows.length)}
      </p>
      <div className="votes-board-scroll">
        <table className="votes-board-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Model</th>
              <th scope="col" className="num">
                Rating
              </th>
              <th scope="col" className="num">
                95 % interval
              </th>
              <th scope="col" className="num">
                Votes
              </th>
              <th scope="col" className="num" title="Pairwise wins, losses and ties">
                W–L–T
              </th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row, at) => (
              <tr key={`${row.provider}/${row.model}`}>
                <td>{at + 1}</td>
                <td>
                  <span className="votes-provider">{row.provider}/</span>
                  {row.model}
                </td>
                <td className="num">{ratingText(row.rating)}</td>
                <td className="num">
                  {ratingText(row.ci95[0])}–{ratingText(row.ci95[1])}
                </td>
                <td className="num">{row.votes}</td>
                <td className="num">{recordText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
