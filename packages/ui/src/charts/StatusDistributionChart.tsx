import {
  type BudgetFollowUp,
  type Locale,
  type RollUpDimension,
  reportingRound,
  rollUp,
} from "@milepael/core/lite";
import { useId, useMemo } from "react";
import { BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { useLocaleWords } from "../locale/LocaleProvider";
import { chartMessages } from "../locale/messages/charts";
import { sideAxisWidth, tickLineHeight, tickStyle, wrappedLines } from "./axisLayout";
import { ChartFigure, chartBase } from "./ChartFigure";
import { formatCount } from "./format";
import { StatusCountsTable } from "./StatusCountsTable";
import { countsInWords, largestTotal, noCounts, statusSeries } from "./statusSeries";
import { WrappedTick } from "./WrappedTick";

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
  const [activeLocale, text] = useLocaleWords(chartMessages, locale);
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
  const figure = { className, title: heading, summary, locale: activeLocale };
  return (
    <ChartFigure
      {...figure}
      chart={({ width, measure }) => {
        // The group names get up to 40 % of the width and wrap within it; each bar is as tall
        // as its name's lines, and the last number on the axis keeps half its width of room.
        const yWidth = sideAxisWidth(
          rows.map((row) => row.label),
          Math.max(96, width * 0.4),
          measure,
        );
        const rowHeights = rows.map((row) =>
          Math.max(44, wrappedLines(row.label, yWidth - 14, measure) * tickLineHeight + 16),
        );
        const right = Math.ceil(measure(formatCount(largestTotal(rows), activeLocale)) / 2) + 8;
        const legend = width < 480 ? 64 : 40;
        const height = rowHeights.reduce((sum, value) => sum + value, 0) + 40 + legend;
        return (
          <BarChart
            data={rows}
            layout="vertical"
            {...chartBase}
            style={{ width: "100%", height: `${height}px` }}
            margin={{ top: 5, right, bottom: 5, left: 5 }}
          >
            <CartesianGrid horizontal={false} stroke="var(--mp-color-surface)" />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={(value: number) => formatCount(value, activeLocale)}
              tick={tickStyle}
            />
            <YAxis
              // A new width wraps the names anew: recharts keeps a tick's lines otherwise.
              key={yWidth}
              type="category"
              dataKey="label"
              width={yWidth}
              interval={0}
              tick={<WrappedTick side labelWidth={yWidth - 14} />}
            />
            {statusSeries(idPrefix, activeLocale)}
          </BarChart>
        );
      }}
      table={
        <StatusCountsTable caption={heading} groupHeader={dimensionName} rows={rows} locale={activeLocale} />
      }
    />
  );
}
