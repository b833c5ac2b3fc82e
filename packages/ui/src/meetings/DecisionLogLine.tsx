import { intlLocale, type Locale } from "@milepael/core/lite";
import { lineProps, RowHeaderCell, RowToggle, tablePart } from "../internal/DataTableParts";
import { FactList } from "../internal/FactList";
import type { DecisionLogTableRow } from "./decisionColumns";
import type { MeetingMessages } from "./messages";
import { OutcomeBadge } from "./OutcomeBadge";

/** A column's name in the decision log. */
export const decisionHeaderLabel = (id: string, text: MeetingMessages) =>
  id === "title" ? text.item : text[id as "date" | "committee" | "outcome" | "caseNumber"];

/** A meeting's date as the locale writes it: "3. jan. 2017". */
export const meetingDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

export interface DecisionLineProps {
  row: DecisionLogTableRow;
  index: number;
  columns: readonly { id: string }[];
  detailId: string;
  tabIndex: 0 | -1;
  locale: Locale;
  text: MeetingMessages;
  measure: ((element: Element | null) => void) | undefined;
  onToggle: () => void;
}

/** An item of the decision log: committee, date, title with its open button, outcome, case number. */
export function DecisionLine({
  row,
  index,
  columns,
  detailId,
  tabIndex,
  locale,
  text,
  measure,
  onToggle,
}: DecisionLineProps) {
  const item = row.original;
  const expanded = row.getIsExpanded();
  const name = `${item.number}. ${item.title}`;
  return (
    <tr
      {...lineProps(index, measure)}
      className={tablePart("DecisionLog", "row")}
      data-outcome={item.outcome}
      data-expanded={expanded ? "" : undefined}
    >
      {columns.map((column) => {
        const label = decisionHeaderLabel(column.id, text);
        switch (column.id) {
          case "title":
            return (
              <RowHeaderCell key={column.id} widget="DecisionLog" label={label}>
                <RowToggle
                  widget="DecisionLog"
                  expanded={expanded}
                  controls={expanded ? detailId : undefined}
                  label={expanded ? text.collapseRow(name) : text.expandRow(name)}
                  tabIndex={tabIndex}
                  onClick={onToggle}
                />
                <span>
                  <span className="mp-DecisionLog-number">{item.number}.</span> {item.title}
                </span>
              </RowHeaderCell>
            );
          case "date":
            return (
              <td key={column.id} data-label={label}>
                <time dateTime={item.date}>{meetingDate(item.date, locale)}</time>
              </td>
            );
          case "outcome":
            return (
              <td key={column.id} data-label={label}>
                <OutcomeBadge outcome={item.outcome} locale={locale} />
              </td>
            );
          default:
            return (
              <td key={column.id} data-label={label}>
                {String(row.getValue(column.id) ?? "")}
              </td>
            );
        }
      })}
    </tr>
  );
}

/** An open item's decision, recommendation and facts. */
export function DecisionDetail({ row, text }: { row: DecisionLogTableRow; text: MeetingMessages }) {
  const item = row.original;
  return (
    <div className="mp-DecisionLog-decision">
      <h4>{text.decision}</h4>
      <p>{item.decision ?? text.noDecision}</p>
      {item.recommendation.length > 0 && (
        <>
          <h4>{text.recommendation}</h4>
          <ul>
            {item.recommendation.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
      <FactList
        className="mp-DecisionLog-facts"
        facts={[
          [text.kind, text.kinds[item.kind]],
          [text.committee, item.body],
          [text.decisionAuthority, item.decisionAuthority],
          [text.attachments, item.attachments.length > 0 ? item.attachments.join("; ") : undefined],
        ]}
      />
    </div>
  );
}
