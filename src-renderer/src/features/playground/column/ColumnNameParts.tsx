// What a column's header says about its model, in the Playground and in a stored run alike.
import type { ProviderId } from '../../../../../src-shared/domain.ts';

/** "provider/model", then " #2" on the second column of the same model (see columnLabels). */
export function ColumnName({
  provider,
  model,
  label,
}: {
  provider: ProviderId;
  model: string;
  label: string;
}) {
  const duplicate = label.slice(`${provider}/${model}`.length);
  return (
    <>
      <span className="pg-provider">{provider}/</span>
      <span className="pg-model">{model}</span>
      {duplicate ? <span className="pg-duplicate">{duplicate}</span> : null}
    </>
  );
}

/** The model the provider says answered, when it is not the one asked for (null: nothing to say). */
export function AnsweredByBadge({ answeredBy }: { answeredBy: string | null }) {
  if (!answeredBy) return null;
  return (
    <span className="badge warn pg-answered-by" title="The provider says a different model answered">
      answered by {answeredBy}
    </span>
  );
}
