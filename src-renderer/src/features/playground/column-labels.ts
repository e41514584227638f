// The names columns go by: "provider/model" for the column, "model" in the summary; a duplicate gets " #2".
interface Labelled {
  id: string;
  provider: string;
  model: string;
}

function numbered(columns: readonly Labelled[], nameOf: (column: Labelled) => string): Map<string, string> {
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const column of columns) {
    const name = nameOf(column);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    labels.set(column.id, count > 1 ? `${name} #${count}` : name);
  }
  return labels;
}

/** Each column's accessible name: "minimax/MiniMax-M2.7", and "minimax/MiniMax-M2.7 #2" for the second. */
export function columnLabels(columns: readonly Labelled[]): Map<string, string> {
  return numbered(columns, (column) => `${column.provider}/${column.model}`);
}

/** Shorter names for the summary: the model alone unless two providers serve a model of that name. */
export function summaryLabels(columns: readonly Labelled[]): Map<string, string> {
  const providersOf = new Map<string, Set<string>>();
  for (const { provider, model } of columns) {
    providersOf.set(model, (providersOf.get(model) ?? new Set()).add(provider));
  }
  return numbered(columns, ({ provider, model }) =>
    (providersOf.get(model)?.size ?? 0) > 1 ? `${provider}/${model}` : model,
  );
}
