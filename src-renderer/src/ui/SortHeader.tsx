export interface TableSort<Key extends string> {
  key: Key;
  descending: boolean;
}

interface SortHeaderProps<Key extends string> {
  label: string;
  title?: string | undefined;
  /** Absent for a column that does not sort: a plain header. */
  sortKey: Key | undefined;
  sort: TableSort<Key>;
  onSort: (sort: TableSort<Key>) => void;
  numeric?: boolean | undefined;
  /** The direction of the first click on a column not sorted by yet (a second click turns it). */
  firstDescending?: boolean | undefined;
}

/** A column header that sorts its table when clicked, saying which way with aria-sort and a mark. */
export function SortHeader<Key extends string>({
  label,
  title,
  sortKey,
  sort,
  onSort,
  numeric,
  firstDescending = false,
}: SortHeaderProps<Key>) {
  const className = numeric ? 'num' : undefined;
  if (!sortKey) {
    return (
      <th scope="col" className={className} title={title}>
        {label}
      </th>
    );
  }
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={className}
      title={title}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ key: sortKey, descending: active ? !sort.descending : firstDescending })}
      >
        {label}
        {active ? (
          <span className="sort-mark" aria-hidden="true">
            {sort.descending ? '▼' : '▲'}
          </span>
        ) : null}
      </button>
    </th>
  );
}
