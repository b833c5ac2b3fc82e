import { type BudgetFollowUp, type Status, statusLabel } from "@milepael/core/lite";
import { type MilestoneRow, toMilestoneRows, warmSearchText } from "@milepael/ui/milestone-table";
import { AllCommunityModule, type ColDef, type GridApi } from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useEffect, useMemo } from "react";

// The comparison: AG Grid Community with its own row and column virtualisation, the same rows
// and the same search (as an external filter). Community has no master/detail, so there is no
// "expand all" to compare with.
const modules = [AllCommunityModule];
const glyph: Record<Status, string> = { green: "☺", yellow: "😐", red: "☹", "not-assessed": "–" };
const statusText = (status: Status) => `${glyph[status]} ${statusLabel(status, "milestone", "da").name}`;

export interface AgGridHandle {
  api: GridApi<MilestoneRow>;
  search: { term: string };
}

export function AgGridTable({
  document,
  onReady,
}: {
  document: BudgetFollowUp;
  onReady: (handle: AgGridHandle) => void;
}) {
  const rows = useMemo(() => toMilestoneRows(document), [document]);
  // The same rows as the milestone table, their search text built while the page is idle as there.
  useEffect(() => warmSearchText(rows), [rows]);
  const search = useMemo(() => ({ term: "" }), []);
  const columns = useMemo<ColDef<MilestoneRow>[]>(
    () => [
      {
        colId: "initiative",
        headerName: "Indsats",
        valueGetter: ({ data }) => `${data?.initiative.number ?? ""} ${data?.initiative.title ?? ""}`,
        sortable: true,
        width: 320,
      },
      {
        colId: "committee",
        headerName: "Udvalg",
        valueGetter: ({ data }) => data?.initiative.responsibleCommittee,
      },
      ...document.rounds.map(
        (round): ColDef<MilestoneRow> => ({
          colId: `round:${round.id}`,
          headerName: round.label,
          valueGetter: ({ data }) => statusText(data?.statuses[round.id] ?? "not-assessed"),
        }),
      ),
      {
        colId: "economy",
        headerName: "Økonomi",
        valueGetter: ({ data }) => statusText(data?.economy ?? "not-assessed"),
      },
    ],
    [document],
  );
  return (
    <div style={{ height: "70vh" }}>
      <AgGridReact<MilestoneRow>
        modules={modules}
        rowData={rows}
        columnDefs={columns}
        getRowId={({ data }) => data.initiative.id}
        isExternalFilterPresent={() => search.term !== ""}
        doesExternalFilterPass={(node) => node.data?.searchText.includes(search.term) ?? false}
        onFirstDataRendered={({ api }) => onReady({ api, search })}
      />
    </div>
  );
}
