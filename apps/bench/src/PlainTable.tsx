import { type BudgetFollowUp, type Status, statusLabel } from "@milepael/core/lite";
import { type MilestoneRow, toMilestoneRows, warmSearchText } from "@milepael/ui/milestone-table";
import {
  columnFilteringFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useEffect, useMemo, useState } from "react";

// The comparison: TanStack Table as its guides show it, with the same rows, sorting and search
// as the milestone table, but every row in the DOM (no virtualisation) and plain text cells.
const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowExpandingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, MilestoneRow>();

const glyph: Record<Status, string> = { green: "☺", yellow: "😐", red: "☹", "not-assessed": "–" };
const statusText = (status: Status) => `${glyph[status]} ${statusLabel(status, "milestone", "da").name}`;

export function PlainTable({ document }: { document: BudgetFollowUp }) {
  const data = useMemo(() => toMilestoneRows(document), [document]);
  // The same rows as the milestone table, their search text built while the page is idle as there.
  useEffect(() => warmSearchText(data), [data]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((row) => `${row.initiative.number ?? ""} ${row.initiative.title}`, {
          id: "initiative",
          header: "Indsats",
          sortFn: "alphanumeric",
        }),
        helper.accessor((row) => row.initiative.responsibleCommittee ?? "", {
          id: "committee",
          header: "Udvalg",
        }),
        ...document.rounds.map((round) =>
          helper.accessor((row) => row.statuses[round.id] ?? "not-assessed", {
            id: `round:${round.id}`,
            header: round.label,
          }),
        ),
        helper.accessor((row) => row.economy, { id: "economy", header: "Økonomi" }),
      ]),
    [document],
  );
  const [globalFilter, setGlobalFilter] = useState("");
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.initiative.id,
    state: { globalFilter },
    onGlobalFilterChange: (updater) =>
      setGlobalFilter((previous) => String(typeof updater === "function" ? updater(previous) : updater)),
    globalFilterFn: (row, _columnId, value) =>
      typeof value !== "string" || row.original.searchText.includes(value.trim().toLowerCase()),
    getColumnCanGlobalFilter: (column) => column.id === "initiative",
    getRowCanExpand: () => true,
  });
  return (
    <div>
      <input
        type="search"
        aria-label="Søg"
        value={globalFilter}
        onChange={(event) => setGlobalFilter(event.target.value)}
      />
      <button type="button" onClick={() => table.toggleAllRowsExpanded(true)}>
        Vis alle detaljer
      </button>
      <div className="plain-scroller" style={{ maxHeight: "70vh", overflow: "auto" }}>
        <table>
          <thead>
            <tr>
              {table.getFlatHeaders().map((header) => (
                <th key={header.id} scope="col">
                  <button type="button" onClick={header.column.getToggleSortingHandler()}>
                    {String(header.column.columnDef.header)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <PlainRow key={row.id} row={row.original} open={row.getIsExpanded()} rounds={document.rounds} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function PlainRow({
  row,
  open,
  rounds,
}: {
  row: MilestoneRow;
  open: boolean;
  rounds: BudgetFollowUp["rounds"];
}) {
  return (
    <>
      <tr>
        <th scope="row">
          {row.initiative.number} {row.initiative.title}
        </th>
        <td>{row.initiative.responsibleCommittee}</td>
        {rounds.map((round) => (
          <td key={round.id}>{statusText(row.statuses[round.id] ?? "not-assessed")}</td>
        ))}
        <td>{statusText(row.economy)}</td>
      </tr>
      {open && (
        <tr>
          <td colSpan={rounds.length + 3}>
            <ul>
              {row.initiative.milestones.map((milestone) => (
                <li key={milestone.round}>
                  {milestone.text} {milestone.statusNote}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}
