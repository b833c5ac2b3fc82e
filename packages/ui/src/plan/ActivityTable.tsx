import type { Locale } from "@milepael/core/lite";
import { useState } from "react";
import { dataLang } from "../internal/dataLang";
import { planMessages } from "../locale/messages/plan";
import type { LaneField, TimelineItem, UnplacedItem } from "./layout";

export interface ActivityTableProps {
  caption: string;
  items: readonly (TimelineItem | UnplacedItem)[];
  laneBy: LaneField;
  locale: Locale;
}

/** The activities as a table (date, activity, lane): the accessible alternative of a drawing. */
export function ActivityTable({ caption, items, laneBy, locale }: ActivityTableProps) {
  const text = planMessages(locale);
  const lang = dataLang(locale);
  const headers = [text.date, text.activity, ...(laneBy === "none" ? [] : [text.laneNames[laneBy]])];
  // Built when opened: a plan of 10,000 activities should not carry 40,000 hidden cells.
  const [open, setOpen] = useState(false);
  return (
    <details className="mp-Chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{text.showActivityTable}</summary>
      {open && (
        <table className="mp-Chart-data">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{item.when || "–"}</td>
                <th scope="row" lang={lang}>
                  {item.title}
                </th>
                {laneBy !== "none" && <td>{item.lane}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
