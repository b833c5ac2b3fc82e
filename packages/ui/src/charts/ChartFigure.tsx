import type { Locale } from "@milepael/core/lite";
import { type ReactNode, useMemo, useRef } from "react";
import { classNames } from "../internal/classNames";
import { useElementWidth } from "../internal/useElementWidth";
import { chartMessages } from "../locale/messages/charts";
import { type MeasureText, textMeasurer } from "./axisLayout";

/** What a chart needs to size its axes: the width it is drawn in and its labels' measure. */
export interface ChartLayout {
  /** The chart's width in px (640 until measured, and on the server). */
  width: number;
  /** A label's width in px in the ticks' font. */
  measure: MeasureText;
}

export interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers and as its name. */
  summary: string;
  /** The chart, or a function that draws it for the measured width (axes sized to their labels). */
  chart: ReactNode | ((layout: ChartLayout) => ReactNode);
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
  const canvasRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(canvasRef);
  const width = measured ?? 640;
  // Measured in the font the ticks inherit, once the canvas is there to say which font that is.
  const measure = useMemo(
    () =>
      textMeasurer(
        measured !== undefined && canvasRef.current ? getComputedStyle(canvasRef.current).fontFamily : null,
      ),
    [measured],
  );
  return (
    <figure className={classNames("mp-Chart", className)}>
      <figcaption className="mp-Chart-title">{title}</figcaption>
      <div ref={canvasRef} className="mp-Chart-canvas" role="img" aria-label={summary}>
        {typeof chart === "function" ? chart({ width, measure }) : chart}
      </div>
      <details className="mp-Chart-table">
        <summary>{chartMessages(locale).showTable}</summary>
        {table}
      </details>
    </figure>
  );
}

/** What every chart in a figure takes: it fills its box, and its figure, not the SVG, is named. */
export const chartBase = { responsive: true, accessibilityLayer: false } as const;
