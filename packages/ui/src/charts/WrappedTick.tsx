import { CartesianGrid, Text, XAxis } from "recharts";

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Not `width`: recharts passes the whole axis's width under that name. */
  labelWidth?: number;
}

/**
 * An axis label that wraps onto more lines instead of running into its neighbour: round labels
 * such as "3. budgetopfølgning 2017" are long.
 */
export function WrappedTick({ x, y, payload, labelWidth = 120 }: TickProps) {
  return (
    <Text
      x={Number(x ?? 0)}
      y={Number(y ?? 0) + 4}
      width={labelWidth}
      textAnchor="middle"
      verticalAnchor="start"
      maxLines={3}
      style={{ fill: "var(--mp-color-text)", fontSize: "0.8125rem" }}
    >
      {String(payload?.value ?? "")}
    </Text>
  );
}

/**
 * The grid and the category axis of a chart with rounds along the bottom, their labels wrapped.
 * Children, not a component: recharts reads its axes from the chart's own children.
 */
export function roundAxis() {
  return [
    <CartesianGrid key="grid" vertical={false} stroke="var(--mp-color-surface)" />,
    <XAxis key="x" dataKey="label" interval={0} height={56} tick={<WrappedTick />} />,
  ];
}
