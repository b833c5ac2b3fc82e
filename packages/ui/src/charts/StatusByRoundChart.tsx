import { type BudgetFollowUp, type Locale, rollUp } from "@milepael/core/lite";
import { useId, useMemo } from "react";
import { BarChart, YAxis } from "recharts";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { ChartFigure, chartBase } from "./ChartFigure";
import { formatCount } from "./format";
import { StatusCountsTable } from "./StatusCountsTable";
import { countsInWords, noCounts, statusSeries } from "./statusSeries";
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
  const activeLocale = useLocale(locale);
  const text = messages(activeLocale);
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
  return (
    <ChartFigure
      className={className}
      title={heading}
      summary={summary}
      locale={activeLocale}
      chart={
        <BarChart data={rows} {...chartBase} style={{ width: "100%", aspectRatio: 2, maxHeight: "24rem" }}>
          {roundAxis()}
          <YAxis
            allowDecimals={false}
            tickFormatter={(value: number) => formatCount(value, activeLocale)}
            tick={{ fill: "var(--mp-color-text)" }}
          />
          {statusSeries(idPrefix, activeLocale)}
        </BarChart>
      }
      table={
        <StatusCountsTable caption={heading} groupHeader={text.round} rows={rows} locale={activeLocale} />
      }
    />
  );
}
