import { type Locale, type StatusCounts, statusLabel } from "@milepael/core/lite";
import type { ReactNode } from "react";
import { Bar, Legend, type LegendPayload, Tooltip } from "recharts";
import { formatCount } from "./format";
import { StatusPatterns, statusFill } from "./StatusPatterns";
import { chartStatuses } from "./statuses";

/** Counts of nothing: a round or group without milestones. */
export const noCounts: StatusCounts = { green: 0, yellow: 0, red: 0, "not-assessed": 0 };

/**
 * The largest number of milestones in one group: the end of a count axis.
 *
 * @example
 * largestTotal([{ counts: { ...noCounts, green: 2, red: 1 } }]); // 3
 */
export function largestTotal(rows: readonly { counts: StatusCounts }[]): number {
  return Math.max(
    0,
    ...rows.map(({ counts }) => counts.green + counts.yellow + counts.red + counts["not-assessed"]),
  );
}

/**
 * "3. budgetopfølgning 2017: 9 grøn, 3 rød; …": every group's non-zero counts, for a chart's
 * accessible name.
 *
 * @example
 * countsInWords([{ label: "Q1", counts: { ...noCounts, green: 2 } }], "da"); // "Q1: 2 grøn"
 */
export function countsInWords(
  rows: readonly { label: string; counts: StatusCounts }[],
  locale: Locale,
): string {
  return rows
    .map(
      (row) =>
        `${row.label}: ${chartStatuses
          .filter((status) => row.counts[status] > 0)
          .map(
            (status) =>
              `${formatCount(row.counts[status], locale)} ${statusLabel(status, "milestone", locale).name.toLowerCase()}`,
          )
          .join(", ")}`,
    )
    .join("; ");
}

/**
 * The parts every status bar chart shares: patterns, tooltip, legend and one stacked bar per
 * status. Returned as children (not a component), because recharts reads its series from the
 * chart's own children.
 */
export function statusSeries(idPrefix: string, locale: Locale) {
  return [
    <StatusPatterns key="patterns" idPrefix={idPrefix} />,
    <Tooltip
      key="tooltip"
      formatter={(value, label) => [formatCount(Number(value), locale), label]}
      contentStyle={{ background: "var(--mp-color-bg)", color: "var(--mp-color-text)" }}
    />,
    <Legend key="legend" itemSorter={null} content={statusLegend} />,
    ...chartStatuses.map((status) => (
      <Bar
        key={status}
        dataKey={status}
        name={statusLabel(status, "milestone", locale).name}
        stackId="status"
        fill={statusFill(idPrefix, status)}
        stroke="var(--mp-status-outline)"
        strokeWidth={1}
        isAnimationActive={false}
      />
    )),
  ];
}

/**
 * The legend: each status's pattern as a swatch beside its name. The swatches are hidden from
 * assistive technology (recharts' own icons announce "Grøn legend icon", in English on a Danish
 * page); the names are read in the widget's language.
 */
function statusLegend({ payload }: { payload?: readonly LegendPayload[] }): ReactNode {
  return (
    <ul className="mp-Chart-legend">
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)}>
          <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14">
            <rect x="0.5" y="0.5" width="13" height="13" fill={entry.color} className="mp-Chart-swatch" />
          </svg>
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
