import {
  type BudgetFollowUp,
  type Locale,
  type RollUpDimension,
  reportingRound,
  rollUp,
} from "@milepael/core/lite";
import { useId, useMemo } from "react";
import { BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { ChartFigure, chartBase } from "./ChartFigure";
import { formatCount } from "./format";
import { StatusCountsTable } from "./StatusCountsTable";
import { countsInWords, noCounts, statusSeries } from "./statusSeries";

export interface StatusDistributionChartProps {
  document: BudgetFollowUp;
  /** What to group by. Default `committee`. */
  by?: Exclude<RollUpDimension, "kind"> | "kind";
  /** The round to count; default the round the document reports on. */
  round?: string;
  title?: string;
  locale?: Locale;
  className?: string;
}

/** Milestone statuses at one round per committee, centre, section or kind: horizontal stacked bars. */
export function StatusDistributionChart({
  document,
  by = "committee",
  round,
  title,
  locale,
  className,
}: StatusDistributionChartProps) {
  const activeLocale = useLocale(locale);
  const text = messages(activeLocale);
  const idPrefix = `mp-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const roundId = round ?? reportingRound(document) ?? document.rounds.at(-1)?.id ?? "";
  const roundName = document.rounds.find((candidate) => candidate.id === roundId)?.label ?? roundId;
  const dimensionName = {
    section: text.section,
    committee: text.committee,
    centre: text.centre,
    kind: text.kind,
  }[by];
  const rows = useMemo(
    () =>
      rollUp(document, { by }).map((group) => {
        const counts = group.rounds.find((entry) => entry.round === roundId)?.counts ?? noCounts;
        const label =
          group.key === null
            ? text.noGroup
            : by === "kind"
              ? (text.kinds[group.key as keyof typeof text.kinds] ?? group.key)
              : by === "section"
                ? (document.sections.find((section) => (section.number ?? section.title) === group.key)
                    ?.title ?? group.key)
                : group.key;
        return { label, counts, ...counts };
      }),
    [document, by, roundId, text],
  );
  const heading = title ?? text.distributionTitle(dimensionName, roundName);
  const summary = text.distributionSummary(countsInWords(rows, activeLocale));
  return (
    <ChartFigure
      className={className}
      title={heading}
      summary={summary}
      locale={activeLocale}
      chart={
        <BarChart
          data={rows}
          layout="vertical"
          {...chartBase}
          style={{ width: "100%", height: `${Math.max(8, rows.length * 2.75 + 5)}rem` }}
          margin={{ left: 16 }}
        >
          <CartesianGrid horizontal={false} stroke="var(--mp-color-surface)" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(value: number) => formatCount(value, activeLocale)}
            tick={{ fill: "var(--mp-color-text)" }}
          />
          <YAxis type="category" dataKey="label" width={180} tick={{ fill: "var(--mp-color-text)" }} />
          {statusSeries(idPrefix, activeLocale)}
        </BarChart>
      }
      table={
        <StatusCountsTable caption={heading} groupHeader={dimensionName} rows={rows} locale={activeLocale} />
      }
    />
  );
}
