import type { Locale } from "../i18n/locale";
import { statusLabel } from "../i18n/statusLabels";
import { escapeAttribute } from "../richText/richText";
import { type Status, statusValues } from "../status/status";
import type { ReportChart } from "./reportModel";

/** Fill and pattern per status: colour and a pattern, so print in black and white still tells them apart. */
const marks: Record<Status, { colour: string; pattern: string }> = {
  green: { colour: "#358000", pattern: "" },
  yellow: {
    colour: "#b07d00",
    pattern: '<path d="M0 6L6 0" stroke="#fff" stroke-width="1.5"/>',
  },
  red: {
    colour: "#cc0000",
    pattern:
      '<path d="M0 0L6 6M-1 5L1 7M5 -1L7 1" stroke="#fff" stroke-width="1.5"/><path d="M0 6L6 0" stroke="#fff" stroke-width="1.5"/>',
  },
  "not-assessed": {
    colour: "#6b6b6b",
    pattern: '<circle cx="3" cy="3" r="1.2" fill="#fff"/>',
  },
};

/**
 * How many characters of the chart's 12 px text a line of a round's label holds in its 190 px
 * column (about 7 px each, "ø" and "æ" included): a longer label is wrapped, not cut off at the
 * column's left edge.
 */
const labelLineLength = 26;
/** The distance between the lines of a wrapped label. */
const labelLineHeight = 13;

/** A round's label in lines of at most `labelLineLength` characters, broken between words. */
function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter((part) => part !== "")) {
    if (line !== "" && line.length + 1 + word.length > labelLineLength) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return line === "" ? lines : [...lines, line];
}

/**
 * A chart of status counts per round as an SVG string: one horizontal stacked bar per round, each
 * status a colour and a pattern (never colour alone), the counts written on the bars and in the
 * legend. The SVG is an image named by the chart's takeaway; the numbers are in the table the
 * report puts beside it.
 *
 * @example
 * chartSvg({ kind: "chart", title: "3 af 14 er røde.", scale: "milestone", series }, "da", "mp-chart-1");
 */
export function chartSvg(chart: ReportChart, locale: Locale, id: string): string {
  const labelWidth = 190;
  const barWidth = 420;
  const rowHeight = 30;
  const top = 8;
  // A row grows by a line for each line its label wraps onto, its bar in the middle.
  const labels = chart.series.map((series) => labelLines(series.label));
  const rowTops = [top];
  for (const lines of labels)
    rowTops.push((rowTops.at(-1) as number) + rowHeight + (Math.max(lines.length, 1) - 1) * labelLineHeight);
  const legendTop = (rowTops.at(-1) as number) + 12;
  const height = legendTop + 28;
  const width = labelWidth + barWidth + 20;
  const patterns = statusValues
    .map(
      (status) =>
        `<pattern id="${id}-${status}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${marks[status].colour}"/>${marks[status].pattern}</pattern>`,
    )
    .join("");
  const bars = chart.series
    .map((series, index) => {
      const lines = labels[index] ?? [];
      const rowTop = rowTops[index] as number;
      const y = rowTop + (Math.max(lines.length, 1) - 1) * (labelLineHeight / 2);
      const total = statusValues.reduce((sum, status) => sum + series.counts[status], 0);
      let x = labelWidth;
      const segments = statusValues
        .filter((status) => series.counts[status] > 0)
        .map((status) => {
          const count = series.counts[status];
          const w = total === 0 ? 0 : (count / total) * barWidth;
          const segment = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="20" fill="url(#${id}-${status})" stroke="#fff"/>${
            w >= 22
              ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 14}" text-anchor="middle" class="mp-chart-count">${count}</text>`
              : ""
          }`;
          x += w;
          return segment;
        })
        .join("");
      const label =
        lines.length > 1
          ? lines
              .map(
                (line, at) =>
                  `<tspan x="${labelWidth - 8}" y="${rowTop + 14 + at * labelLineHeight}">${escapeAttribute(line)}</tspan>`,
              )
              .join("")
          : escapeAttribute(series.label);
      return `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${label}</text>${segments}`;
    })
    .join("");
  let legendX = labelWidth;
  const legend = statusValues
    .map((status) => {
      const name = statusLabel(status, chart.scale, locale).name;
      const item = `<rect x="${legendX}" y="${legendTop}" width="14" height="14" fill="url(#${id}-${status})"/><text x="${legendX + 19}" y="${legendTop + 12}">${escapeAttribute(name)}</text>`;
      legendX += 30 + name.length * 7.5;
      return item;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" class="mp-chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}-title">${escapeAttribute(chart.title)}</title><defs>${patterns}</defs>${bars}${legend}</svg>`;
}
