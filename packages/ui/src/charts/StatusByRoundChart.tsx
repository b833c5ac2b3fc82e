import { type BudgetFollowUp, type Locale, rollUp } from "@milepael/core/lite";
import { useId, useMemo } from "react";
import { BarChart, YAxis } from "recharts";
import { useLocaleWords } from "../locale/LocaleProvider";
import { chartMessages } from "../locale/messages/charts";
import { roundsChartLayout, tickStyle } from "./axisLayout";
import { ChartFigure, chartBase } from "./ChartFigure";
import { formatCount } from "./format";
import { StatusCountsTable } from "./StatusCountsTable";
import { countsInWords, largestTotal, noCounts, statusSeries } from "./statusSeries";
import { roundAxis } from "./WrappedTick";

export interface StatusByRoundChartProps {
  document: BudgetFollowUp;
  /** Default: "Status for milepæle pr. opfølgning". */
  title?: string;
  locale?: Locale;
  className?: string;
}

/** How many milestones were green, yellow, red or not assessed at each round: stacked bars. */
export function StatusByRoundChart({ document, title, locale, className }: StatusByRoundChartProps) {
  const [activeLocale, text] = useLocaleWords(chartMessages, locale);
  const idPrefix = `mp-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const rows = useMemo(() => {
    const [all] = rollUp(document);
    return document.rounds.map((round) => {
      const counts = all?.rounds.find((entry) => entry.round === round.id)?.counts ?? noCounts;
      return { label: round.label, counts, ...counts };
    });
  }, [document]);
  const summary = text.statusByRoundSummary(countsInWords(rows, activeLocale));
  const heading = title ?? text.statusByRoundTitle;
  const figure = { className, title: heading, summary, locale: activeLocale };
  return (
    <ChartFigure
      {...figure}
      chart={(layout) => {
        const { yWidth, axis, style } = roundsChartLayout(
          [formatCount(largestTotal(rows), activeLocale), "00"],
          rows.map((row) => row.label),
          { gap: 10, min: 180, max: 384, ratio: 2.4 },
          layout,
        );
        return (
          <BarChart data={rows} {...chartBase} style={style}>
            {roundAxis(axis)}
            <YAxis
              allowDecimals={false}
              width={yWidth}
              tickFormatter={(value: number) => formatCount(value, activeLocale)}
              tick={tickStyle}
            />
            {statusSeries(idPrefix, activeLocale)}
          </BarChart>
        );
      }}
      table={
        <StatusCountsTable caption={heading} groupHeader={text.round} rows={rows} locale={activeLocale} />
      }
    />
  );
}
