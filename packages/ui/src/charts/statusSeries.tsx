import { type Locale, type StatusCounts, statusLabel } from "@milepael/core/lite";
import { Bar, Legend, Tooltip } from "recharts";
import { formatCount } from "./format";
import { StatusPatterns, statusFill } from "./StatusPatterns";
import { chartStatuses } from "./statuses";

/** Counts of nothing: a round or group without milestones. */
export const noCounts: StatusCounts = { green: 0, yellow: 0, red: 0, "not-assessed": 0 };

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
    <Legend key="legend" itemSorter={null} />,
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
