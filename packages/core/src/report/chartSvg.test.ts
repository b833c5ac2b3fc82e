import { describe, expect, it } from "vitest";
import { chartSvg } from "./chartSvg";
import type { ReportChart } from "./reportModel";

const counts = { green: 3, yellow: 1, red: 1, "not-assessed": 0 };
const chartOf = (...labels: string[]): ReportChart => ({
  kind: "chart",
  title: "3 af 5 er grønne.",
  scale: "milestone",
  series: labels.map((label) => ({ label, counts })),
});
/** The text of each `<text>` that is a round's label (anchored at the column's right edge), line by line. */
const labelTexts = (svg: string) =>
  [...svg.matchAll(/<text x="182" y="[\d.]+" text-anchor="end">(.*?)<\/text>/g)].map((match) =>
    [...(match[1] as string).matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((line) => line[1] as string),
  );

describe("chartSvg: the rounds' labels", () => {
  it("wraps a label longer than its column between words, so none of it is cut off at the column's left edge", () => {
    const label = "Budgetopfølgning pr. 31. marts – Økonomiudvalget";
    const [lines] = labelTexts(chartSvg(chartOf(label, "2. budgetopfølgning 2017"), "da", "c"));
    expect(lines?.join(" ")).toBe(label);
    expect(lines?.length).toBe(2);
    for (const line of lines ?? []) expect(line.length).toBeLessThanOrEqual(26);
  });

  it("gives a wrapped label's row the room of its lines, so the rows below and the legend move down", () => {
    const short = chartSvg(chartOf("1. budgetopfølgning 2017", "2. budgetopfølgning 2017"), "da", "c");
    const long = chartSvg(
      chartOf("Budgetopfølgning pr. 31. marts – Økonomiudvalget", "2. budgetopfølgning 2017"),
      "da",
      "c",
    );
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(height(long) - height(short)).toBe(13);
    const secondBar = (svg: string) =>
      Number([...svg.matchAll(/<rect x="190\.0" y="(\d+(?:\.\d+)?)"/g)][1]?.[1]);
    expect(secondBar(long) - secondBar(short)).toBe(13);
  });

  it("writes a label that fits on one line as before, in one text without lines", () => {
    const svg = chartSvg(chartOf("1. budgetopfølgning 2017"), "da", "c");
    expect(svg).toContain('<text x="182" y="22" text-anchor="end">1. budgetopfølgning 2017</text>');
  });
});
