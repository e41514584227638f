// Where tokens per request come from: typed by hand, the Playground's last run, or chosen History runs.
import { useEffect, useState } from 'react';
import type { HistoryItem } from '../../../../src-shared/history.ts';
import { getArena } from '../../lib/arena.ts';
import { hiddenRound, useBlind } from '../playground/blind/blind-store.ts';
import { usePlaygroundRun } from '../playground/run-store.ts';
import { usePlaygroundSetup } from '../playground/setup-store.ts';
import { basisText } from './basis-text.ts';
import { averageByModel, type MeasuredAnswer, type MeasuredModel } from './measured-tokens.ts';
import { usePlan } from './plan-store.ts';
import { playgroundAnswers, playgroundPrompt } from './playground-basis.ts';

const HISTORY_PAGE = 30;
const refsOf = (measured: readonly MeasuredModel[]) =>
  measured.map(({ provider, model }) => ({ provider, model }));

function HistoryRuns({ onClose }: { onClose(): void }) {
  const [items, setItems] = useState<HistoryItem[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const arena = getArena();
  useEffect(() => {
    let current = true;
    void getArena()
      ?.history.list({ limit: HISTORY_PAGE })
      .then((result) => {
        if (!current) return;
        if (result.ok) setItems(result.value.items);
        else setProblem(result.error.message);
      });
    return () => {
      current = false;
    };
  }, []);
  const use = async () => {
    if (!arena) return;
    const conversations = await Promise.all(
      [...chosen].map((conversationId) => arena.history.get({ conversationId })),
    );
    const failed = conversations.find((result) => !result.ok);
    if (failed && !failed.ok) return setProblem(failed.error.message);
    const answers: MeasuredAnswer[] = conversations.flatMap((result) =>
      result.ok
        ? result.value.turns.flatMap((turn) =>
            turn.columns.flatMap((column) =>
              column.usage ? [{ provider: column.provider, model: column.model, usage: column.usage }] : [],
            ),
          )
        : [],
    );
    const measured = averageByModel(answers);
    if (measured.length === 0)
      return setProblem('The chosen runs have no measured tokens (no answer finished).');
    usePlan.getState().setBasis({ kind: 'history', measured, runs: chosen.size }, refsOf(measured));
    onClose();
  };
  return (
    <fieldset className="plan-history-runs">
      <legend>Choose History runs</legend>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {items === null ? <p className="hint">Loading History…</p> : null}
      {items?.length === 0 ? (
        <p className="hint">History is empty: run a prompt in the Playground first.</p>
      ) : null}
      <ul>
        {items?.map((item) => (
          <li key={item.conversationId}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(item.conversationId)}
                // Each model's tokens would hint at which hidden answer is whose: vote or reveal first.
                disabled={item.blindUnvoted}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(item.conversationId);
                  else next.delete(item.conversationId);
                  setChosen(next);
                }}
              />
              {item.blindUnvoted
                ? 'Blind run: vote or reveal it in the Playground or History to use it here'
                : item.promptStart || '(no prompt)'}
              <span className="hint"> · {new Date(item.updatedAt).toLocaleDateString()}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="plan-actions">
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => void use()}>
          Use the chosen runs
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

export function TokenBasisPicker() {
  const basis = usePlan((state) => state.basis);
  const [pickingRuns, setPickingRuns] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const usePlayground = () => {
    if (hiddenRound(useBlind.getState()))
      return setNotice('The Playground run is blind: vote or reveal it first, then use it here.');
    const runs = usePlaygroundRun.getState().columns;
    const measured = averageByModel(playgroundAnswers(usePlaygroundSetup.getState().columns, runs));
    if (measured.length === 0)
      return setNotice('The Playground has no finished answer yet: run a prompt there first.');
    setNotice(null);
    usePlan
      .getState()
      .setBasis({ kind: 'playground', measured, prompt: playgroundPrompt(runs) }, refsOf(measured));
  };
  return (
    <section className="card plan-basis" aria-label="Token basis">
      <p className="plan-basis-text">{basisText(basis)}</p>
      <div className="plan-actions">
        <button type="button" onClick={usePlayground}>
          Use this Playground run × requests per day
        </button>
        <button type="button" onClick={() => setPickingRuns(true)} aria-expanded={pickingRuns}>
          From History runs…
        </button>
        {basis.kind === 'hand' ? null : (
          <button type="button" onClick={() => usePlan.getState().setBasis({ kind: 'hand' })}>
            Use the typed tokens
          </button>
        )}
      </div>
      {/* Always present, so a screen reader announces the notice when it appears. */}
      <p className="hint" role="status">
        {notice ?? ''}
      </p>
      {pickingRuns ? <HistoryRuns onClose={() => setPickingRuns(false)} /> : null}
    </section>
  );
}
