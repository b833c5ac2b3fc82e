import { CartesianGrid, Text, XAxis } from "recharts";
import { type BottomAxisLayout, tickStyle } from "./axisLayout";

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Not `width`: recharts passes the whole axis's width under that name. */
  labelWidth?: number;
  /** Turned upright (-90°), reading upwards, where a word does not fit the label's width. */
  upright?: boolean;
  /** Beside the plot (a category axis on the left): right-aligned, centred on the bar. */
  side?: boolean;
}

/**
 * An axis label that wraps onto more lines instead of running into its neighbour: round labels
 * such as "3. budgetopfølgning 2017" and section names are long.
 */
export function WrappedTick({ x, y, payload, labelWidth = 120, upright = false, side = false }: TickProps) {
  const value = String(payload?.value ?? "");
  if (side)
    return (
      <Text
        x={Number(x ?? 0)}
        y={Number(y ?? 0)}
        width={labelWidth}
        textAnchor="end"
        verticalAnchor="middle"
        style={tickStyle}
      >
        {value}
      </Text>
    );
  if (upright)
    return (
      <Text
        x={Number(x ?? 0)}
        y={Number(y ?? 0) + 6}
        angle={-90}
        textAnchor="end"
        verticalAnchor="middle"
        style={tickStyle}
      >
        {value}
      </Text>
    );
  return (
    <Text
      x={Number(x ?? 0)}
      y={Number(y ?? 0) + 4}
      width={labelWidth}
      textAnchor="middle"
      verticalAnchor="start"
      style={tickStyle}
    >
      {value}
    </Text>
  );
}

/**
 * The grid and the category axis of a chart with rounds along the bottom, laid out by
 * `bottomAxisLayout`; `edges` leaves room at both ends (a line chart's first and last points).
 * Children, not a component: recharts reads its axes from the chart's own children.
 */
export function roundAxis(layout: BottomAxisLayout, edges = false) {
  return [
    <CartesianGrid key="grid" vertical={false} stroke="var(--mp-color-surface)" />,
    <XAxis
      // A new layout wraps the labels anew: recharts keeps a tick's lines otherwise.
      key={`x-${layout.labelWidth}-${layout.upright}`}
      dataKey="label"
      interval={0}
      height={layout.height}
      {...(edges ? { padding: { left: layout.edge, right: layout.edge } } : {})}
      tick={<WrappedTick labelWidth={layout.labelWidth} upright={layout.upright} />}
    />,
  ];
}
