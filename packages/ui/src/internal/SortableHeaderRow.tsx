import { memo } from "react";
import { tablePart } from "./DataTableParts";
import { useStableCallback } from "./useStableCallback";

/** What a sortable header needs of a TanStack header. */
export interface SortableHeader {
  id: string;
  column: {
    id: string;
    getIsVisible: () => boolean;
    getIsSorted: () => false | "asc" | "desc";
    getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
  };
}

/** A header cell as values: what decides how it is drawn. */
interface HeaderCell {
  id: string;
  column: string;
  sorted: false | "asc" | "desc";
  label: string;
}

/**
 * A table's header row: a sort button per visible column, `aria-sort` on the sorted one. Its
 * cells are drawn again only when a column's label or sort changes, not on every keystroke of a
 * search (the buttons' handlers are new on every render; each click asks for the current one).
 *
 * @example
 * <thead><SortableHeaderRow widget="DecisionLog" headers={table.getFlatHeaders()} label={(id) => words[id]} /></thead>
 */
export function SortableHeaderRow({
  widget,
  headers,
  label,
}: {
  widget: string;
  headers: readonly SortableHeader[];
  label: (columnId: string) => string;
}) {
  const visible = headers.filter((header) => header.column.getIsVisible());
  const cells = visible.map(
    (header): HeaderCell => ({
      id: header.id,
      column: header.column.id,
      sorted: header.column.getIsSorted(),
      label: label(header.column.id),
    }),
  );
  const onSort = useStableCallback((headerId: string, event: unknown) =>
    visible.find((header) => header.id === headerId)?.column.getToggleSortingHandler()?.(event),
  );
  return <HeaderCells widget={widget} cells={cells} onSort={onSort} />;
}

const sameCells = (a: readonly HeaderCell[], b: readonly HeaderCell[]) =>
  a.length === b.length &&
  a.every((cell, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      cell.id === other.id &&
      cell.column === other.column &&
      cell.sorted === other.sorted &&
      cell.label === other.label
    );
  });

const HeaderCells = memo(
  function HeaderCells({
    widget,
    cells,
    onSort,
  }: {
    widget: string;
    cells: readonly HeaderCell[];
    onSort: (headerId: string, event: unknown) => void;
  }) {
    return (
      <tr aria-rowindex={1}>
        {cells.map(({ id, column, sorted, label }) => (
          <th
            key={id}
            scope="col"
            aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
            data-column={column}
          >
            <button
              type="button"
              className={tablePart(widget, "sort")}
              data-sorted={sorted || undefined}
              onClick={(event) => onSort(id, event)}
            >
              {label}
              <span className={tablePart(widget, "sortMark")} aria-hidden="true" />
            </button>
          </th>
        ))}
      </tr>
    );
  },
  (previous, next) =>
    previous.widget === next.widget &&
    previous.onSort === next.onSort &&
    sameCells(previous.cells, next.cells),
);
