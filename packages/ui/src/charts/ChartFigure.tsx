import type { Locale } from "@milepael/core/lite";
import type { ReactNode } from "react";
import { classNames } from "../internal/classNames";
import { messages } from "../locale/messages";

export interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers and as its name. */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table: the chart's accessible alternative. */
  table: ReactNode;
  /** The language of the disclosure's label. */
  locale: Locale;
  className?: string | undefined;
}

/**
 * A chart with its title, a summary as its accessible name, and its figures as a table behind
 * a disclosure, so that nothing is told by the picture alone.
 */
export function ChartFigure({ title, summary, chart, table, locale, className }: ChartFigureProps) {
  return (
    <figure className={classNames("mp-Chart", className)}>
      <figcaption className="mp-Chart-title">{title}</figcaption>
      <div className="mp-Chart-canvas" role="img" aria-label={summary}>
        {chart}
      </div>
      <details className="mp-Chart-table">
        <summary>{messages(locale).showTable}</summary>
        {table}
      </details>
    </figure>
  );
}

/** What every chart in a figure takes: it fills its box, and its figure, not the SVG, is named. */
export const chartBase = { responsive: true, accessibilityLayer: false } as const;
