// The one table `pnpm bench` prints, shared by the packages' benches and the root summary.
//
// A figure is { area, measure, size, unit, values: { milepael, tanstack?, agGrid? }, note? }:
// `values` hold medians (null: not measured, with the reason in `note`); `tanstack` and `agGrid`
// are the same work done by a plain TanStack Table and by AG Grid Community.

export const implementations = [
  { key: "milepael", title: "milepael" },
  { key: "tanstack", title: "TanStack Table (plain)" },
  { key: "agGrid", title: "AG Grid Community" },
];

/** Units where a bigger figure is better; for the rest (ms, nodes, MB, kB) smaller is better. */
const higherIsBetter = new Set(["parses/s"]);

export function formatValue(value, unit) {
  if (value === null || value === undefined) return "–";
  const digits = unit === "ms" && value < 100 ? 1 : unit === "kB" || unit === "MB" ? 1 : 0;
  const number = value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${number} ${unit}`;
}

/** "312 ms (6.7×)": a comparison's figure and how many times milepael's it is. */
function withRatio(value, base, unit) {
  const text = formatValue(value, unit);
  if (value === null || value === undefined || !base) return text;
  const ratio = higherIsBetter.has(unit) ? base / value : value / base;
  return `${text} (${ratio.toFixed(ratio < 10 ? 1 : 0)}×)`;
}

const sizeText = (size) => (typeof size === "number" ? size.toLocaleString("en") : String(size));

/**
 * The figures as one aligned text table; comparison columns only when some figure has them.
 *
 * @example
 * formatTable([{ area: "core", measure: "parse", size: 59, unit: "parses/s", values: { milepael: 1e5 } }]);
 */
export function formatTable(figures) {
  const shown = implementations.filter(
    ({ key }) => key === "milepael" || figures.some((figure) => figure.values[key] !== undefined),
  );
  const header = ["area", "measure", "size", ...shown.map(({ title }) => title), "note"];
  const lines = figures.map((figure) => [
    figure.area,
    figure.measure,
    sizeText(figure.size),
    ...shown.map(({ key }) =>
      key === "milepael"
        ? formatValue(figure.values.milepael, figure.unit)
        : figure.values[key] === undefined
          ? ""
          : withRatio(figure.values[key], figure.values.milepael, figure.unit),
    ),
    figure.note ?? "",
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const format = (cells) =>
    cells
      .map((cell, column) =>
        column >= 3 && column < 3 + shown.length
          ? cell.padStart(widths[column])
          : cell.padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [format(header), rule, ...lines.map(format)].join("\n");
}

export const median = (values) => {
  const sorted = values.filter((value) => typeof value === "number").sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)];
};
