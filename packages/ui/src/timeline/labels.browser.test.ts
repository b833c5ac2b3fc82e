import { generatePlan } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { layoutTimeline } from "../plan/layout";
import { labelWidths } from "./labels";

const font = '13px "IBM Plex Sans", system-ui, sans-serif';
const canvas = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
canvas.font = font;
/** What the label takes as the browser draws it whole, with the same margin. */
const drawn = (title: string) => canvas.measureText(title).width * 1.04 + 2;

describe("labelWidths", () => {
  it.each([
    "Primo marts: Kommunikationsplan for Fælles Borgerservice",
    "Workshop – tværgående koordinering (ØU/KB)",
    "Afsluttende evaluering af pilotprojektet på Æblehaven",
    "“Åbent hus” i Ølsted  med  dobbelte mellemrum",
    "Uge 43-45: Høringssvar, budgetopfølgning pr. 30.09.2017",
    "AVA To Tå: kerning",
    "",
  ])(
    "measures %j from its characters never narrower than the title drawn whole, and at most 3 % wider (8 % for kerning pairs)",
    (title) => {
      const [width = 0] = labelWidths([{ id: "0", title }] as never, font);
      expect(width).toBeGreaterThanOrEqual(drawn(title) - 0.01);
      expect(width).toBeLessThanOrEqual(drawn(title) * (title.startsWith("AVA") ? 1.08 : 1.03) + 0.01);
    },
  );

  it("gives every item of a generated plan its own title's width, and a smiley's room where it has a status", () => {
    const plan = generatePlan({ activities: 300 });
    const { items } = layoutTimeline(plan, { laneBy: "theme", locale: "da", noLane: "Andet" });
    const statuses = Object.fromEntries(items.slice(0, 10).map((item) => [item.id, "green" as const]));
    const widths = labelWidths(items, font, statuses);
    items.forEach((item, index) => {
      const expected = drawn(item.title) + (statuses[item.id] ? 20 : 0);
      expect(widths[index]).toBeGreaterThanOrEqual(expected - 0.01);
      expect(widths[index]).toBeLessThanOrEqual(expected * 1.03 + 0.01);
    });
  });
});
