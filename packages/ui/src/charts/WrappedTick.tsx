import { Text } from "recharts";

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
