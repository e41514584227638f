import type { QualityIndexInfo } from '../../../../src-shared/quality.ts';
import { formatScore, otherScoresTitle, type QualityView, shortVariant } from './quality-view.ts';
import { intervalText } from './votes-view.ts';

/**
 * The chosen index's score with its variant (shortened: "always reasons") and "est." where the index
 * estimated it, or a dash with why there is none. Hovering shows the exact variant and every other score;
 * screen readers hear the same list.
 */
export function QualityCell({ view, indexes }: { view: QualityView; indexes: readonly QualityIndexInfo[] }) {
  const title = otherScoresTitle(view, indexes);
  const spoken = <span className="visually-hidden">{title.replaceAll('\n', '. ')}</span>;
  if (!view.shown) {
    return (
      <td className="num quality" title={title}>
        <span aria-hidden="true">—</span>
        {spoken}
      </td>
    );
  }
  return (
    <td className="num quality" title={title}>
      <span className="quality-score" aria-hidden="true">
        {formatScore(view.shown.score)}
        {view.shown.estimated ? (
          <>
            {' '}
            <span className="quality-est">est.</span>
          </>
        ) : null}
      </span>
      {view.shown.interval ? (
        <span className="quality-interval" aria-hidden="true">
          {intervalText(view.shown)}
        </span>
      ) : null}
      {view.shown.variant ? (
        <span className="quality-variant" aria-hidden="true">
          {shortVariant(view.shown.variant)}
        </span>
      ) : null}
      {spoken}
    </td>
  );
}
