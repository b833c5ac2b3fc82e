import { type Locale, type StatusCounts, type StatusScale, statusLabel } from "@milepael/core/lite";
import { FiguresTable } from "../internal/FiguresTable";
import { chartMessages } from "../locale/messages/charts";
import { formatCount, formatShare } from "./format";
import { chartStatuses } from "./statuses";

export interface StatusCountsTableProps {
  caption: string;
  /** The header of the first column: "Opfølgning", "Ansvarligt udvalg" ... */
  groupHeader: string;
  rows: readonly { label: string; counts: StatusCounts }[];
  scale?: StatusScale;
  locale: Locale;
}

/** Counts per status and group with their shares: the table behind every status chart. */
export function StatusCountsTable({
  caption,
  groupHeader,
  rows,
  scale = "milestone",
  locale,
}: StatusCountsTableProps) {
  const text = chartMessages(locale);
  return (
    <FiguresTable
      caption={caption}
      columns={[
        groupHeader,
        ...chartStatuses.map((status) => statusLabel(status, scale, locale).name),
        text.total,
      ]}
    >
      {rows.map((row) => {
        const total = chartStatuses.reduce((sum, status) => sum + row.counts[status], 0);
        return (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {chartStatuses.map((status) => (
              <td key={status}>
                {formatCount(row.counts[status], locale)}{" "}
                <span className="mp-Chart-share">({formatShare(row.counts[status], total, locale)})</span>
              </td>
            ))}
            <td>{formatCount(total, locale)}</td>
          </tr>
        );
      })}
    </FiguresTable>
  );
}
