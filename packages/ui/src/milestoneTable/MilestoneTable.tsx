import type { BudgetFollowUp } from "@milepael/core/lite";
import { useId } from "react";
import { DataTableFrame } from "../internal/DataTableFrame";
import { type DataTableViewProps, windowedAbove } from "../internal/DataTableParts";
import { offerCsv } from "../internal/downloadText";
import { useDataTableBody } from "../internal/useDataTableBody";
import { useStableCallback } from "../internal/useStableCallback";
import { messages } from "../locale/messages";
import { type MilestoneTableRow, milestoneColumnLabel } from "./columns";
import { MilestoneTableLine } from "./MilestoneTableLine";
import { MilestoneTableToolbar } from "./MilestoneTableToolbar";
import { type MilestoneTableState, useMilestoneTable } from "./useMilestoneTable";
import { milestoneViewCsv } from "./viewCsv";

export interface MilestoneTableProps extends MilestoneTableState, DataTableViewProps {
  /** The budget follow-up to show. */
  document: BudgetFollowUp;
}

/**
 * A budget follow-up as a table: one row per initiative, a smiley per round and for the economy,
 * grouped by section, with details on demand, sorting, filters, search, column choice, CSV of
 * the view, keyboard navigation and virtualised rows for very large documents. Built on
 * `useMilestoneTable`, which serves other markup as well.
 */
export function MilestoneTable({
  document,
  caption,
  virtualizeAbove = 200,
  onExportCsv,
  locale,
  className,
  ...state
}: MilestoneTableProps) {
  const model = useMilestoneTable(document, { ...state, locale });
  const { table, lines } = model;
  const activeLocale = model.locale;
  const text = messages(activeLocale);
  const ids = useId();
  const columns = table.getVisibleLeafColumns();
  const body = useDataTableBody(lines, {
    threshold: windowedAbove(model.data.length, virtualizeAbove),
    detailHeight: 240,
    overscan: 2,
    // About a screen and a half: a reader flinging through the table renders every few frames.
    ahead: 1000,
  });
  const { virtual, roving } = body;
  const onToggle = useStableCallback((index: number, row: MilestoneTableRow) => {
    roving.setActive(index);
    model.toggleRow(row);
  });
  const exportView = () => {
    const csv = milestoneViewCsv(table, document, activeLocale);
    offerCsv(csv, document.metadata.title || "milepael", onExportCsv);
  };
  return (
    <DataTableFrame
      widget="MilestoneTable"
      className={className}
      toolbar={
        <MilestoneTableToolbar
          model={model}
          document={document}
          locale={activeLocale}
          onExport={exportView}
        />
      }
      count={text.shownOf(model.shown, model.data.length)}
      caption={caption ?? document.metadata.title}
      keysHint={text.tableKeys}
      headers={table.getFlatHeaders()}
      headerLabel={(id) => milestoneColumnLabel(id, document, text)}
      colSpan={columns.length}
      body={body}
      lineCount={lines.length}
      empty={text.noMatches}
    >
      {virtual.indices.map((index) => {
        const row = lines.rowAt(index);
        const kind = lines.kindAt(index);
        if (!row || !kind) return null;
        return (
          <MilestoneTableLine
            key={lines.keyAt(index)}
            kind={kind}
            row={row}
            index={index}
            expanded={row.getIsExpanded()}
            tabIndex={index === roving.tabStop ? 0 : -1}
            columns={columns}
            document={document}
            locale={activeLocale}
            detailId={`${ids}-detail-${row.id}`}
            measure={virtual.measureElement}
            onToggle={onToggle}
          />
        );
      })}
    </DataTableFrame>
  );
}
