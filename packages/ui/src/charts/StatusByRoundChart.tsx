import { type BudgetFollowUp, type Locale, rollUp, statusLabel } from "@milepael/core/lite";
import { useId, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { ChartFigure } from "./ChartFigure";
import { formatCount } from "./format";
import { StatusCountsTable } from "./StatusCountsTable";
import { StatusPatterns, statusFill } from "./StatusPatterns";
import { chartStatuses } from "./statuses";
import { WrappedTick } from "./WrappedTick";

export interface StatusByRoundChartProps {
  document: BudgetFollowUp;
  /** Default: "Status for milepæle pr. opfølgning". */
  title?: string;
  locale?: Locale;
  className?: string;
}

/** How many milestones were green, yellow, red or not assessed at each round: stacked bars. */
export function StatusByRoundChart({ document, title, locale, className }: StatusByRoundChartProps) {
  const activeLocale = useLocale(locale);
  const text = messages(activeLocale);
  const idPrefix = `mp-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const rows = useMemo(() => {
    const [all] = rollUp(document);
    return document.rounds.map((round) => {
      const counts = all?.rounds.find((entry) => entry.round === round.id)?.counts ?? {
        green: 0,
        yellow: 0,
        red: 0,
        "not-assessed": 0,
      };
      return { label: round.label, counts, ...counts };
    });
  }, [document]);
  const name = (status: (typeof chartStatuses)[number]) =>
    statusLabel(status, "milestone", activeLocale).name;
  const summary = text.statusByRoundSummary(
    rows
      .map(
        (row) =>
          `${row.label}: ${chartStatuses
            .filter((status) => row.counts[status] > 0)
            .map((status) => `${formatCount(row.counts[status], activeLocale)} ${name(status).toLowerCase()}`)
            .join(", ")}`,
      )
      .join("; "),
  );
  const heading = title ?? text.statusByRoundTitle;
  return (
    <ChartFigure
      className={className}
      title={heading}
      summary={summary}
      showTableLabel={text.showTable}
      chart={
        <BarChart
          data={rows}
          responsive
          style={{ width: "100%", aspectRatio: 2, maxHeight: "24rem" }}
          accessibilityLayer={false}
        >
          <StatusPatterns idPrefix={idPrefix} />
          <CartesianGrid vertical={false} stroke="var(--mp-color-surface)" />
          <XAxis dataKey="label" interval={0} height={56} tick={<WrappedTick />} />
          <YAxis
            allowDecimals={false}
            tickFormatter={(value: number) => formatCount(value, activeLocale)}
            tick={{ fill: "var(--mp-color-text)" }}
          />
          <Tooltip
            formatter={(value, label) => [formatCount(Number(value), activeLocale), label]}
            contentStyle={{ background: "var(--mp-color-bg)", color: "var(--mp-color-text)" }}
          />
          <Legend itemSorter={null} />
          {chartStatuses.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={name(status)}
              stackId="status"
              fill={statusFill(idPrefix, status)}
              stroke="var(--mp-status-outline)"
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <StatusCountsTable caption={heading} groupHeader={text.round} rows={rows} locale={activeLocale} />
      }
    />
  );
}
