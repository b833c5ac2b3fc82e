// The one table `pnpm bench` prints, shared by the packages' benches and the root summary.
//
// A figure is { area, measure, size, unit, values: { milepael, tanstack?, agGrid? }, note? }:
// `values` hold medians (null: not measured, with the reason in `note`); `tanstack` and `agGrid`
// are the same work done by a plain TanStack Table and by AG Grid Community. `cpu`, when present,
// holds the same medians in CPU time (Node: process.cpuUsage(); Chromium: the renderer main
// thread's thread time from a trace): wall time on a shared machine is several times off, so
// ratios are taken on CPU time where both sides have it.

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

/** "312 ms" or, with a CPU figure, "312 ms / 250 CPU". */
function valueText(figure, key) {
  const wall = formatValue(figure.values[key], figure.unit);
  const cpu = figure.cpu?.[key];
  if (cpu === null || cpu === undefined || figure.values[key] === null) return wall;
  return `${wall} / ${formatValue(cpu, figure.unit).replace(` ${figure.unit}`, "")} CPU`;
}

/** A comparison's figure over milepael's (CPU time where both have it), or null. */
export function ratioOf(figure, key) {
  const byCpu = typeof figure.cpu?.[key] === "number" && typeof figure.cpu?.milepael === "number";
  const value = byCpu ? figure.cpu[key] : figure.values[key];
  const base = byCpu ? figure.cpu.milepael : figure.values.milepael;
  if (typeof value !== "number" || !base || !value) return null;
  return higherIsBetter.has(figure.unit) ? base / value : value / base;
}

/** "312 ms / 250 CPU (6.7×)": a comparison's figure and how many times milepael's it is. */
function withRatio(figure, key) {
  const text = valueText(figure, key);
  const ratio = ratioOf(figure, key);
  return ratio === null ? text : `${text} (${ratio.toFixed(ratio < 10 ? 1 : 0)}×)`;
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
        ? valueText(figure, "milepael")
        : figure.values[key] === undefined
          ? ""
          : withRatio(figure, key),
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

/** Sizes whose growth is printed: twice the work should take at most about twice the time. */
export const growthSizes = [10_000, 20_000];

/**
 * "core import + validate + roll-up: milepael 2.05×, …" for every measure in ms or MB taken at both
 * growth sizes (CPU time where there is one); above 2.2× something is super-linear.
 *
 * @example
 * formatGrowth(figures); // ["core, import + validate + roll-up: milepael 2.04× CPU"]
 */
export function formatGrowth(figures) {
  const [small, large] = growthSizes;
  const lines = [];
  for (const figure of figures) {
    if (figure.size !== small || !["ms", "MB", "nodes"].includes(figure.unit)) continue;
    const bigger = figures.find(
      (other) =>
        other.size === large &&
        other.area === figure.area &&
        other.measure === figure.measure &&
        other.unit === figure.unit,
    );
    if (!bigger) continue;
    const parts = [];
    for (const { key } of implementations) {
      const byCpu = typeof figure.cpu?.[key] === "number" && typeof bigger.cpu?.[key] === "number";
      const from = byCpu ? figure.cpu[key] : figure.values[key];
      const to = byCpu ? bigger.cpu[key] : bigger.values[key];
      if (typeof from !== "number" || typeof to !== "number" || from === 0) continue;
      const ratio = to / from;
      parts.push(`${key} ${ratio.toFixed(2)}×${byCpu ? " CPU" : ""}${ratio > 2.2 ? " (super-linear?)" : ""}`);
    }
    if (parts.length > 0) lines.push(`${figure.area}, ${figure.measure}: ${parts.join(", ")}`);
  }
  return lines;
}

/**
 * The table, then the growth from 10,000 to 20,000 when both were measured.
 *
 * @example
 * console.log(formatReport(figures));
 */
export function formatReport(figures) {
  const growth = formatGrowth(figures);
  const [small, large] = growthSizes.map((size) => size.toLocaleString("en"));
  return growth.length === 0
    ? formatTable(figures)
    : `${formatTable(figures)}\n\nGrowth ${small} → ${large} (above 2.2× is super-linear):\n${growth
        .map((line) => `  ${line}`)
        .join("\n")}`;
}
