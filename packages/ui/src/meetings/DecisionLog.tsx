import { decisionOutcomeLabels, type MeetingsDocument } from "@milepael/core/lite";
import { useId } from "react";
import { DataTableFrame } from "../internal/DataTableFrame";
import {
  DataTableToolbar,
  type DataTableViewProps,
  lineProps,
  windowedAbove,
} from "../internal/DataTableParts";
import { offerCsv } from "../internal/downloadText";
import { FilterSelects } from "../internal/SelectField";
import { useDataTableBody } from "../internal/useDataTableBody";
import { DecisionDetail, DecisionLine, decisionHeaderLabel } from "./DecisionLogLine";
import type { DecisionFilterColumn } from "./decisionColumns";
import { decisionLogCsv } from "./decisionLogCsv";
import { type MeetingMessages, meetingMessages } from "./messages";
import { type DecisionLogModel, type DecisionLogState, useDecisionLog } from "./useDecisionLog";

export interface DecisionLogProps extends DecisionLogState, DataTableViewProps {
  /** The minutes and agendas to list the items of. */
  document: MeetingsDocument;
}

/**
 * What committees decided, item by item: committee, date, title, outcome badge and case number,
 * the full decision (and the recommendation it answered) on demand; search, filters by committee,
 * outcome and year, sorting, CSV of the view, one tab stop with arrow keys through the items.
 * Built on `useDecisionLog`, which serves other markup as well.
 */
export function DecisionLog({
  document,
  caption,
  className,
  onExportCsv,
  virtualizeAbove = 200,
  ...options
}: DecisionLogProps) {
  // `options` holds the state slices and the locale.
  const model = useDecisionLog(document, options);
  const text = meetingMessages(model.locale);
  const { table, items, itemKeys } = model;
  const ids = useId();
  const columns = table.getVisibleLeafColumns();
  const body = useDataTableBody(items, {
    keys: itemKeys,
    threshold: windowedAbove(model.data.length, virtualizeAbove),
    detailHeight: 200,
  });
  const { virtual, roving } = body;
  const exportView = () => {
    const csv = decisionLogCsv(
      model.rows.map((row) => row.original),
      model.locale,
    );
    offerCsv(csv, document.metadata.title || "beslutninger", onExportCsv);
  };
  return (
    <DataTableFrame
      widget="DecisionLog"
      className={className}
      toolbar={<DecisionLogToolbar model={model} text={text} onExport={exportView} />}
      count={text.shownOf(model.shown, model.data.length)}
      caption={caption ?? document.metadata.title}
      keysHint={text.tableKeys}
      headers={table.getFlatHeaders()}
      headerLabel={(id) => decisionHeaderLabel(id, text)}
      colSpan={columns.length}
      body={body}
      lineCount={items.length}
      empty={model.data.length === 0 ? text.noItems : text.noMatches}
    >
      {virtual.indices.map((index) => {
        const item = items[index];
        if (!item) return null;
        const detailId = `${ids}-detail-${item.row.id}`;
        return item.kind === "detail" ? (
          <tr
            key={itemKeys[index]}
            {...lineProps(index, virtual.measureElement)}
            id={detailId}
            className="mp-DecisionLog-detail"
          >
            <td colSpan={columns.length}>
              <DecisionDetail row={item.row} text={text} />
            </td>
          </tr>
        ) : (
          <DecisionLine
            key={itemKeys[index]}
            row={item.row}
            index={index}
            columns={columns}
            detailId={detailId}
            tabIndex={index === roving.tabStop ? 0 : -1}
            locale={model.locale}
            text={text}
            measure={virtual.measureElement}
            onToggle={() => {
              roving.setActive(index);
              model.toggleRow(item.row);
            }}
          />
        );
      })}
    </DataTableFrame>
  );
}

function DecisionLogToolbar({
  model,
  text,
  onExport,
}: {
  model: DecisionLogModel;
  text: MeetingMessages;
  onExport: () => void;
}) {
  const optionLabel = (column: DecisionFilterColumn, value: string) =>
    column === "outcome"
      ? decisionOutcomeLabels[model.locale][value as keyof typeof decisionOutcomeLabels.da]
      : value;
  return (
    <DataTableToolbar widget="DecisionLog" model={model} words={text}>
      <FilterSelects filters={model.filters} labels={text} all={text.all} optionLabel={optionLabel} />
      <button type="button" className="mp-Button" onClick={onExport}>
        {text.exportCsv}
      </button>
    </DataTableToolbar>
  );
}
