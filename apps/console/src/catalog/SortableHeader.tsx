import type { Direction, SortKey } from './viewCatalog.ts';

/**
 * A column header that sorts the table: a button named after the column; the header's `aria-sort` says the
 * order to a screen reader, and the arrow (hidden from it) to the eye.
 */
export function SortableHeader({
  column,
  label,
  sort,
  direction,
  onSort,
}: {
  column: SortKey;
  label: string;
  sort: SortKey;
  direction: Direction;
  onSort(column: SortKey, direction: Direction): void;
}) {
  const active = column === sort;
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column, active && direction === 'ascending' ? 'descending' : 'ascending')}
      >
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
