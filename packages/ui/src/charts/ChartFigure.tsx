import type { ReactNode } from "react";
import { classNames } from "../internal/classNames";

export interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers and as its name. */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table: the chart's accessible alternative. */
  table: ReactNode;
  showTableLabel: string;
  className?: string;
}

/**
 * A chart with its title, a summary as its accessible name, and its figures as a table behind
 * a disclosure, so that nothing is told by the picture alone.
 */
export function ChartFigure({ title, summary, chart, table, showTableLabel, className }: ChartFigureProps) {
  return (
    <figure className={classNames("mp-Chart", className)}>
      <figcaption className="mp-Chart-title">{title}</figcaption>
      <div className="mp-Chart-canvas" role="img" aria-label={summary}>
        {chart}
      </div>
      <details className="mp-Chart-table">
        <summary>{showTableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
