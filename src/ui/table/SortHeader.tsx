// A column header that sorts: a <th> with aria-sort and a button inside (the WAI-ARIA sortable
// table pattern). Clicking the sorted column flips its direction.
import type { ReactNode } from 'react';
import type { SortDir } from './sortRows';

export function SortHeader({ label, column, sort, onSort, title }: { label: ReactNode; column: string; sort: { key: string; dir: SortDir }; onSort: (key: string, dir: SortDir) => void; title?: string }) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} title={title}>
      <button type="button" className="sort-button" onClick={() => onSort(column, active && sort.dir === 'asc' ? 'desc' : 'asc')}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
