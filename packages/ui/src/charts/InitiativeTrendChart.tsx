import {
  type Initiative,
  type Locale,
  milestoneStatusAt,
  type Round,
  type Status,
  statusFace,
  statusLabel,
} from "@milepael/core/lite";
import { useMemo } from "react";
import { Line, LineChart, YAxis } from "recharts";
import { FiguresTable } from "../internal/FiguresTable";
import { useLocaleWords } from "../locale/LocaleProvider";
import { chartMessages } from "../locale/messages/charts";
import { roundsChartLayout, tickStyle } from "./axisLayout";
import { ChartFigure, chartBase } from "./ChartFigure";
import { roundAxis } from "./WrappedTick";

export interface InitiativeTrendChartProps {
  initiative: Initiative;
  rounds: readonly Round[];
  title?: string;
  locale?: Locale;
  className?: string;
}

/** Higher is better; not assessed sits at the bottom and breaks the line. */
const level: Record<Status, number | null> = { green: 3, yellow: 2, red: 1, "not-assessed": null };
const statusAtLevel: Record<number, Status> = { 3: "green", 2: "yellow", 1: "red" };

/**
 * One initiative's milestone status across the rounds, as a line whose points are smiley
 * shapes (so the trend reads without colour), with the same figures as a table.
 */
export function InitiativeTrendChart({
  initiative,
  rounds,
  title,
  locale,
  className,
}: InitiativeTrendChartProps) {
  const [activeLocale, text] = useLocaleWords(chartMessages, locale);
  const points = useMemo(
    () =>
      rounds.map((round) => {
        const status = milestoneStatusAt(initiative, round.id);
        return { label: round.label, status, level: level[status] };
      }),
    [initiative, rounds],
  );
  const name = [initiative.number, initiative.title].filter(Boolean).join(" ");
  const heading = title ?? text.trendTitle(name);
  const summary = text.trendSummary(
    points
      .map(
        (point) =>
          `${point.label} ${statusLabel(point.status, "milestone", activeLocale).name.toLowerCase()}`,
      )
      .join(", "),
  );
  const figure = { className, title: heading, summary, locale: activeLocale };
  const levelName = (value: number) =>
    statusLabel(statusAtLevel[value] ?? "not-assessed", "milestone", activeLocale).name;
  return (
    <ChartFigure
      {...figure}
      chart={(layout) => {
        const { yWidth, axis, style } = roundsChartLayout(
          [1, 2, 3].map(levelName),
          points.map((point) => point.label),
          { gap: 16, min: 140, max: 200, ratio: 4 },
          layout,
        );
        return (
          <LineChart
            data={points}
            {...chartBase}
            style={style}
            margin={{ top: 16, right: 8, left: 8, bottom: 8 }}
          >
            {roundAxis(axis, true)}
            <YAxis
              domain={[0.5, 3.5]}
              ticks={[1, 2, 3]}
              width={yWidth}
              tickFormatter={levelName}
              tick={tickStyle}
            />
            <Line
              dataKey="level"
              type="linear"
              stroke="var(--mp-color-text)"
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number }) => (
                <TrendDot
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  status={points[props.index ?? 0]?.status}
                />
              )}
            />
          </LineChart>
        );
      }}
      table={
        <FiguresTable caption={heading} columns={[text.round, text.status]}>
          {points.map((point) => (
            <tr key={point.label}>
              <th scope="row">{point.label}</th>
              <td>{statusLabel(point.status, "milestone", activeLocale).name}</td>
            </tr>
          ))}
        </FiguresTable>
      }
    />
  );
}

/** A point drawn as the status's face, the same shapes as the Smiley widget. */
function TrendDot({
  cx,
  cy,
  status,
}: {
  cx?: number | undefined;
  cy?: number | undefined;
  status?: Status | undefined;
}) {
  if (cx === undefined || cy === undefined || status === undefined || level[status] === null) return null;
  const face = statusFace(status);
  const mouth = {
    happy: `M${cx - 5} ${cy + 2.5} Q${cx} ${cy + 7} ${cx + 5} ${cy + 2.5}`,
    neutral: `M${cx - 4.5} ${cy + 3.5} H${cx + 4.5}`,
    sad: `M${cx - 5} ${cy + 5.5} Q${cx} ${cy + 1} ${cx + 5} ${cy + 5.5}`,
    none: "",
  }[face];
  return (
    <g className="mp-Chart-dot" data-status={status}>
      <circle cx={cx} cy={cy} r={9} className="mp-Chart-dotDisc" />
      <circle cx={cx - 3.5} cy={cy - 2.5} r={1.3} className="mp-Chart-dotInk" />
      <circle cx={cx + 3.5} cy={cy - 2.5} r={1.3} className="mp-Chart-dotInk" />
      <path d={mouth} className="mp-Chart-dotStroke" />
    </g>
  );
}
