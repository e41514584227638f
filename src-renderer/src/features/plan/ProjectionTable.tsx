// Pay-as-you-go per model, cheapest first: the ranked table (also the chart's text alternative).
import type { ModelProjection } from '../../../../src-shared/plan.ts';
import { TierBadge } from '../../ui/TierBadge.tsx';
import { modelLabel } from './chart-data.ts';
import { moneyOrDash, monthlyText, sourceText } from './plan-format.ts';

export function ProjectionTable({
  projections,
  days,
}: {
  projections: readonly ModelProjection[];
  days: number;
}) {
  if (projections.length === 0) return <p className="hint">Choose a model to see what a month would cost.</p>;
  return (
    <div className="plan-table-scroll">
      <table className="plan-table">
        <caption>
          Pay-as-you-go per model, cheapest first, over {days} active day{days === 1 ? '' : 's'} a month.
          Hover a figure for its price source and date.
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Model</th>
            <th scope="col">Per month</th>
            <th scope="col">Per 1,000 requests</th>
            <th scope="col">Per quality point</th>
            <th scope="col">Tier</th>
          </tr>
        </thead>
        <tbody>
          {projections.map((projection, index) => {
            const source = sourceText(projection);
            return (
              <tr key={`${modelLabel(projection)}/${projection.region}`}>
                <td>{projection.monthlyUsd === null ? '—' : index + 1}</td>
                <th scope="row">{modelLabel(projection)}</th>
                <td className="num" title={source}>
                  {monthlyText(projection)}
                  {projection.missing ? <span className="hint"> ({projection.missing})</span> : null}
                </td>
                <td className="num" title={source}>
                  {moneyOrDash(projection.perThousandUsd)}
                </td>
                <td
                  className="num"
                  title={
                    projection.quality === null
                      ? 'No quality score for this model.'
                      : `Quality ${projection.quality}`
                  }
                >
                  {moneyOrDash(projection.perQualityPointUsd)}
                </td>
                <td>
                  <TierBadge tier={projection.tier} reason={null} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
