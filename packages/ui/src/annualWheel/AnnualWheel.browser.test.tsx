import { generatePlan, implementationPlan2017, introductionProgramme2018 } from "@milepael/core/fixtures";
import { render as renderNarrow, screen, within } from "@testing-library/react";
import { act, type ReactElement, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { eventually } from "../internal/eventually.testHelpers";
import "../styles.css";
import { contrastRatio } from "../internal/wcagContrast";
import { AnnualWheel } from "./AnnualWheel";
import { wheelPng, wheelSvg } from "./exportWheel";
import { shortTitles } from "./shortTitles";
import { wheelMaxRings } from "./wheelRings";

/** The angle of a point from the wheel's centre, clockwise from 12 o'clock, in degrees. */
function angleOf(element: Element, svg: SVGSVGElement): number {
  const box = element.getBoundingClientRect();
  const frame = svg.getBoundingClientRect();
  const x = (box.left + box.right) / 2 - (frame.left + frame.width / 2);
  const y = (box.top + box.bottom) / 2 - (frame.top + frame.height / 2);
  return ((Math.atan2(y, x) * 180) / Math.PI + 90 + 360) % 360;
}

/** A page wide enough for the wheel (the test viewport is 414 px, where it shows its list). */
const Wide = ({ children }: { children: ReactNode }) => <div style={{ width: 800 }}>{children}</div>;
const render = (element: ReactElement) => renderNarrow(element, { wrapper: Wide });

declare module "vitest/browser" {
  interface BrowserCommands {
    /** The wheel of the implementation plan, rendered by Node on the server (vitest.config.ts). */
    wheelServerMarkup: (today: string) => Promise<string>;
  }
}

describe("AnnualWheel in a real browser", () => {
  it("hydrates the markup Node rendered on the server without a mismatch", async () => {
    const container = document.createElement("div");
    container.style.width = "800px";
    container.innerHTML = await commands.wheelServerMarkup("2017-06-01");
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, "error").mockImplementation((...args) => errors.push(args));
    const root = await act(async () =>
      hydrateRoot(container, <AnnualWheel document={implementationPlan2017} today="2017-06-01" />, {
        onRecoverableError: (error) => errors.push(error),
      }),
    );
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    expect(container.querySelectorAll("path").length).toBeGreaterThan(10);
    root.unmount();
    container.remove();
  });

  it("draws 21 May in May's segment and June–September across summer", () => {
    const { container } = render(<AnnualWheel document={implementationPlan2017} today={null} />);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const cycle = screen.getByRole("button", { name: /^Cykeltur rundt i Ballerup.*, 21\. maj 2017$/ });
    // May runs from day 120 to 151 of 365: 118.4° to 149°; the 21st is about 138°.
    expect(angleOf(cycle, svg)).toBeGreaterThan(133);
    expect(angleOf(cycle, svg)).toBeLessThan(143);
    const summer = screen.getByRole("button", {
      name: /^Fortællinger til organisationen.*, juni.september 2017$/,
    });
    const summerBox = summer.getBoundingClientRect();
    const frame = svg.getBoundingClientRect();
    // June to September lies in the lower half of the wheel, left of its first quarter-hour.
    expect(summerBox.top).toBeGreaterThan(frame.top + frame.height * 0.45);
  });

  it("reaches every activity of the year by keyboard, in the year's order", async () => {
    render(<AnnualWheel document={implementationPlan2017} year={2017} today={null} />);
    const items = screen.getAllByRole("button").filter((element) => element.dataset.itemId);
    const first = items.find((element) => element.tabIndex === 0);
    first?.focus();
    const seen: string[] = [];
    for (let step = 0; step < items.length; step += 1) {
      seen.push(document.activeElement?.getAttribute("aria-label") ?? "");
      await userEvent.keyboard("{ArrowRight}");
    }
    expect(new Set(seen).size).toBe(items.length);
    expect(seen[0]).toMatch(/maj 2017$/);
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement?.getAttribute("aria-pressed")).toBe("true");
  });

  it("reaches the details with the next Tab after Enter, and Escape closes them and returns the focus", async () => {
    render(<AnnualWheel document={implementationPlan2017} today="2017-05-10" />);
    const arc = document.querySelector<SVGElement>('[data-item-id][tabindex="0"]');
    arc?.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.tab();
    expect(document.querySelector(".mp-ActivityDetails")?.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard("{Escape}");
    expect(document.querySelector(".mp-ActivityDetails")).toBeNull();
    expect(document.activeElement).toBe(arc);
  });

  it("shows a focus ring of at least 3:1 against both its neighbours, unlike selection, and the name", async () => {
    const { container } = render(<AnnualWheel document={implementationPlan2017} today="2017-05-10" />);
    const arc = container.querySelector<SVGGElement>('[data-item-id][tabindex="0"]') as SVGGElement;
    const style = (selector: string) => getComputedStyle(arc.querySelector(selector) as Element);
    const selectedLook = () =>
      `${style(".mp-AnnualWheel-arc").fill} ${style(".mp-AnnualWheel-arc").strokeWidth}`;
    await userEvent.keyboard("{Tab}");
    arc.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowLeft}");
    expect(document.activeElement).toBe(arc);
    const ring = style(".mp-AnnualWheel-arc").stroke;
    const inside = style(".mp-AnnualWheel-arc").fill;
    const outside = style(".mp-AnnualWheel-halo").stroke;
    expect(contrastRatio(ring, inside)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ring, outside)).toBeGreaterThanOrEqual(3);
    expect(style(".mp-AnnualWheel-arc").strokeWidth).toBe("3px");
    expect(container.querySelector(".mp-AnnualWheel-focusName")?.textContent).toBe(
      arc.getAttribute("aria-label"),
    );
    const focusedLook = selectedLook();
    await userEvent.keyboard("{Enter}");
    arc.blur();
    expect(selectedLook()).not.toBe(focusedLook);
  });

  it('numbers its lanes once: lanes named "1. Introforløb" get no list number besides', () => {
    const { container } = render(
      <AnnualWheel document={introductionProgramme2018} laneBy="track" today={null} />,
    );
    const legend = container.querySelector(".mp-AnnualWheel-legend") as HTMLElement;
    expect(legend.textContent).toMatch(/^1\./);
    expect(getComputedStyle(legend).listStyleType).toBe("none");
  });

  it("exports a standalone SVG with the theme's colours resolved, and a PNG", async () => {
    const { container } = render(<AnnualWheel document={implementationPlan2017} today="2017-05-10" />);
    const svg = container.querySelector("svg") as SVGSVGElement;
    const file = wheelSvg(svg);
    expect(file).not.toContain("var(--");
    const parsed = new DOMParser().parseFromString(file, "image/svg+xml");
    expect(parsed.querySelector("parsererror")).toBeNull();
    expect(parsed.querySelectorAll("path").length).toBeGreaterThan(12);
    expect(file).toContain("fill:rgb(0, 73, 147)");
    // The lane names' halo stays behind their letters outside the page's stylesheet too.
    const haloed = [...parsed.querySelectorAll("text")].filter((text) =>
      text.getAttribute("style")?.includes("stroke-width:4px"),
    );
    expect(haloed.length).toBeGreaterThan(0);
    for (const text of haloed) expect(text.getAttribute("style")).toContain("paint-order:stroke");
    const png = await wheelPng(svg);
    expect(png.type).toBe("image/png");
    expect(png.size).toBeGreaterThan(5000);
  });
});

describe("AnnualWheel years", () => {
  it("moves to the next year uncontrolled and reports it; the 2018 activity appears there", async () => {
    const years: number[] = [];
    render(
      <AnnualWheel
        document={implementationPlan2017}
        today={null}
        onYearChange={(year) => years.push(year)}
      />,
    );
    expect(screen.queryByRole("button", { name: /^Introduktionsseminar.*2018$/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /Næste år/ }));
    expect(years).toEqual([2018]);
    expect(screen.getByRole("button", { name: /^Introduktionsseminar.*2018$/ })).toBeTruthy();
  });
});

describe("AnnualWheel as users know wheels", () => {
  it("gives each ring its lane's colour from the palette and writes the lane's name on the wheel", () => {
    const { container } = render(<AnnualWheel document={implementationPlan2017} today={null} />);
    const fills = new Map<string, Set<string>>();
    for (const arc of container.querySelectorAll<SVGGElement>(".mp-AnnualWheel-item")) {
      const lane = arc.dataset.colour ?? "";
      const fill = getComputedStyle(arc.querySelector(".mp-AnnualWheel-arc") as Element).fill;
      fills.set(lane, (fills.get(lane) ?? new Set()).add(fill));
    }
    // One colour per lane, and different lanes in different colours.
    expect(fills.size).toBeGreaterThan(4);
    for (const set of fills.values()) expect(set.size).toBe(1);
    expect(new Set([...fills.values()].map((set) => [...set][0])).size).toBe(fills.size);
    const names = [...container.querySelectorAll(".mp-AnnualWheel-laneName")].map((name) => name.textContent);
    const lanes = [...container.querySelectorAll(".mp-AnnualWheel-legend li")].map(
      (item) => item.textContent,
    );
    expect(names.length + container.querySelectorAll(".mp-AnnualWheel-tag").length).toBe(lanes.length);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(lanes).toContain(name);
  });

  it("writes names along the arcs where they fit and numbers the others, listing the numbers", () => {
    const { container } = render(<AnnualWheel document={shortTitles(implementationPlan2017)} today={null} />);
    const onArcs = [...container.querySelectorAll(".mp-AnnualWheel-item .mp-AnnualWheel-label")];
    expect(onArcs.length).toBeGreaterThan(0);
    for (const label of onArcs) {
      const arc = label.closest("[data-item-id]") as Element;
      expect(arc.getAttribute("aria-label")).toContain(label.textContent);
    }
    const callouts = [...container.querySelectorAll(".mp-AnnualWheel-callout text")].map(
      (text) => text.textContent,
    );
    const list = screen.getByRole("list", { name: "Nummererede aktiviteter på hjulet" });
    const entries = [...list.querySelectorAll("li")];
    expect(callouts.length).toBeGreaterThan(0);
    expect(callouts).toEqual(entries.map((_, index) => String(index + 1)));
    // Every arc has its name on it or a number, never a cut-off name.
    expect(onArcs.length + callouts.length).toBe(container.querySelectorAll(".mp-AnnualWheel-item").length);
    const names = [...container.querySelectorAll("[data-item-id]")].map((arc) =>
      arc.getAttribute("aria-label"),
    );
    for (const entry of entries) expect(names).toContain(entry.textContent);
  });

  for (const theme of ["light", "dark"] as const)
    it(`keeps every text on the wheel at 4.5:1 against what lies behind it, ${theme} theme`, async () => {
      const { container } = renderNarrow(
        <div className={`mp-theme-${theme}`} style={{ width: 800 }}>
          <AnnualWheel document={shortTitles(implementationPlan2017)} today="2017-06-01" />
          <AnnualWheel document={generatePlan({ activities: 600, year: 2017 })} today="2017-06-01" />
        </div>,
      );
      const texts = [...container.querySelectorAll<SVGTextElement>("svg.mp-AnnualWheel-svg text")];
      expect(texts.length).toBeGreaterThan(40);
      const failures: string[] = [];
      for (const text of texts) {
        const colour = getComputedStyle(text).fill;
        for (const point of glyphCentres(text)) {
          const behind = backgroundAt(point, text);
          const ratio = contrastRatio(colour, behind);
          if (ratio < 4.5) failures.push(`${text.textContent} ${colour} on ${behind}: ${ratio.toFixed(2)}`);
        }
      }
      expect(failures).toEqual([]);
    });

  it("writes text of at least 11 px, and shows its list, which selects as the arcs do, where the wheel would need smaller", async () => {
    const { container } = render(<AnnualWheel document={implementationPlan2017} today={null} />);
    const svg = container.querySelector("svg.mp-AnnualWheel-svg") as SVGSVGElement;
    const scale = svg.getBoundingClientRect().width / 640;
    for (const text of svg.querySelectorAll("text"))
      expect(Number.parseFloat(getComputedStyle(text).fontSize) * scale).toBeGreaterThanOrEqual(11);
    const narrow = renderNarrow(
      <div style={{ width: 360 }}>
        <AnnualWheel document={implementationPlan2017} today={null} />
      </div>,
    );
    await eventually(() => expect(narrow.container.querySelector("svg.mp-AnnualWheel-svg")).toBeNull());
    const list = within(narrow.container).getByRole("list", { name: "Årets aktiviteter · 2017" });
    // The list does what the arcs do: an activity opens its details.
    await userEvent.click(
      within(list).getByRole("button", { name: /^Cykeltur rundt i Ballerup.*, 21\. maj 2017$/ }),
    );
    expect(narrow.container.querySelector(".mp-ActivityDetails")?.textContent).toContain("Cykeltur");
  });

  it("keeps its text at 11 px beside the side panel on a page with a small root font size", () => {
    document.documentElement.style.fontSize = "12px";
    try {
      const { container } = renderNarrow(
        <div style={{ width: 700 }}>
          <AnnualWheel document={implementationPlan2017} today={null} />
        </div>,
      );
      const svg = container.querySelector("svg.mp-AnnualWheel-svg") as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / 640;
      for (const text of svg.querySelectorAll("text"))
        expect(Number.parseFloat(getComputedStyle(text).fontSize) * scale).toBeGreaterThanOrEqual(11);
    } finally {
      document.documentElement.style.fontSize = "";
    }
  });

  it('labels a wheel from August "2017/18" and a January wheel "2017"', () => {
    render(<AnnualWheel document={implementationPlan2017} startMonth={8} year={2017} today={null} />);
    expect(screen.getByRole("figure").querySelector("figcaption")?.textContent).toMatch(/· 2017\/18$/);
    expect(screen.getByRole("group", { name: /2017\/18$/ })).toBeTruthy();
  });

  it('draws the today hand from the hub to the rim, captioned "I dag"', () => {
    const { container } = render(<AnnualWheel document={implementationPlan2017} today="2017-07-01" />);
    const hand = container.querySelector(".mp-AnnualWheel-today") as SVGGElement;
    const line = hand.querySelector("line") as SVGLineElement;
    const length = Math.hypot(line.x2.baseVal.value - 320, line.y2.baseVal.value - 320);
    expect(length).toBeCloseTo(250, 0);
    expect(hand.textContent).toBe("I dag");
  });

  it("marks Danish names on the wheel lang=da when the page is in English", () => {
    const { container } = render(
      <AnnualWheel document={shortTitles(implementationPlan2017)} locale="en" today={null} />,
    );
    const danish = [
      ...container.querySelectorAll(
        ".mp-AnnualWheel-label, .mp-AnnualWheel-laneName, .mp-AnnualWheel-legend li > span",
      ),
    ];
    expect(danish.length).toBeGreaterThan(5);
    for (const element of danish) expect(element.closest("[lang]")?.getAttribute("lang")).toBe("da");
  });

  it("draws 10,000 activities as density bands with counts, and the keyboard still reaches each one", async () => {
    const plan = generatePlan({ activities: 10_000, year: 2017 });
    const { container } = render(<AnnualWheel document={plan} defaultYear={2017} today={null} />);
    expect(container.querySelectorAll(".mp-AnnualWheel-ring").length).toBeLessThanOrEqual(wheelMaxRings);
    expect(container.querySelectorAll("svg *").length).toBeLessThan(1000);
    const counts = [...container.querySelectorAll(".mp-AnnualWheel-count")].map((count) =>
      Number(count.textContent),
    );
    expect(counts.length).toBeGreaterThan(12);
    const first = container.querySelector<SVGElement>('[data-item-id][tabindex="0"]') as SVGElement;
    first.focus();
    const seen = new Set<string>();
    for (let step = 0; step < 30; step += 1) {
      seen.add(document.activeElement?.getAttribute("data-item-id") ?? "");
      await userEvent.keyboard("{ArrowRight}");
    }
    expect(seen.size).toBe(30);
    expect(document.activeElement?.getAttribute("role")).toBe("button");
    await userEvent.keyboard("{End}");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/december 2017$/);
  });

  it("numbers a lane whose name wraps at its first line, beside its colour", () => {
    // A page as wide as the demo's at 1280 px: the wheel with its lanes listed beside it.
    const { container } = renderNarrow(<AnnualWheel document={implementationPlan2017} today={null} />, {
      wrapper: ({ children }) => <div style={{ width: 1152 }}>{children}</div>,
    });
    const items = [...container.querySelectorAll<HTMLLIElement>(".mp-AnnualWheel-legend > li")];
    const wrapped = items.filter((item) => {
      const name = item.querySelector("span") as HTMLElement;
      return name.getClientRects().length > 1;
    });
    // The plan has lane names longer than the side panel is wide.
    expect(wrapped.length).toBeGreaterThan(0);
    for (const item of wrapped) {
      // The list's number stands on the baseline of the item's first line box. A button laid out
      // inline (as an inline block) puts that baseline at its last line: "4. Vision 2029" under a
      // swatch without a number. As a block, the first line box is the button's first line.
      const button = item.querySelector(".mp-AnnualWheel-laneButton") as HTMLElement;
      expect(getComputedStyle(button).display).toBe("block");
      const swatch = (item.querySelector(".mp-AnnualWheel-swatch") as SVGElement).getBoundingClientRect();
      const first = (item.querySelector("span") as HTMLElement).getClientRects()[0] as DOMRect;
      expect(Math.abs(swatch.top - first.top)).toBeLessThan(first.height);
    }
  });
});

describe("AnnualWheel density bands", () => {
  it("shows a lane alone in full detail when its name in the legend is pressed, and all lanes again", async () => {
    const plan = generatePlan({ activities: 300, year: 2017 });
    const { container } = render(<AnnualWheel document={plan} defaultYear={2017} today={null} />);
    expect(container.querySelectorAll(".mp-AnnualWheel-band").length).toBeGreaterThan(0);
    const lane = screen.getByRole("button", { name: "Ledelse" });
    await userEvent.click(lane);
    expect(lane.getAttribute("aria-pressed")).toBe("true");
    const arcs = [...container.querySelectorAll<SVGGElement>(".mp-AnnualWheel-item")];
    expect(container.querySelectorAll(".mp-AnnualWheel-band")).toHaveLength(0);
    // Every one of the lane's activities that starts in the year, one by one.
    const starting = plan.activities.filter(
      (activity) => activity.theme === "Ledelse" && activity.date.start?.startsWith("2017"),
    );
    expect(arcs.length).toBeGreaterThanOrEqual(starting.length);
    // The lane keeps its colour and number; the keyboard walks only what is shown.
    expect(new Set(arcs.map((arc) => arc.dataset.colour))).toEqual(new Set(["0"]));
    arcs.find((arc) => arc.tabIndex === 0)?.focus();
    await userEvent.keyboard("{End}");
    expect(arcs).toContain(document.activeElement);
    await userEvent.click(lane);
    expect(container.querySelectorAll(".mp-AnnualWheel-band").length).toBeGreaterThan(0);
  });

  it("focuses the first activity of a band's month when the month is clicked", async () => {
    const plan = generatePlan({ activities: 600, year: 2017 });
    const { container } = render(<AnnualWheel document={plan} defaultYear={2017} today={null} />);
    const cell = container.querySelector(".mp-AnnualWheel-band") as SVGGElement;
    const title = cell.querySelector("title")?.textContent ?? "";
    await userEvent.click(cell.querySelector("path") as SVGPathElement);
    const focused = document.activeElement as SVGGElement;
    expect(focused.getAttribute("role")).toBe("button");
    expect(focused.dataset.colour).toBe(cell.dataset.colour);
    // "12 aktiviteter i Ledelse, jan.": the focused activity is of that lane, in January.
    expect(title).toMatch(/^\d+ aktiviteter i \S+, jan\.$/);
    expect(focused.getAttribute("aria-label")).toMatch(/januar 2017|2016/);
  });
});

/** The centre of each glyph of an SVG text, in the page's coordinates. */
function glyphCentres(text: SVGTextElement): [number, number][] {
  const matrix = text.getScreenCTM();
  const count = text.getNumberOfChars();
  if (!matrix) return [];
  const points: [number, number][] = [];
  for (let index = 0; index < count; index += 1) {
    const box = text.getExtentOfChar(index);
    if (box.width === 0) continue;
    const point = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(matrix);
    points.push([point.x, point.y]);
  }
  return points;
}

/**
 * The colour painted behind a text at a point: its own halo (a stroke painted under the glyphs),
 * else the topmost shape there that is not text.
 */
function backgroundAt([x, y]: [number, number], text: SVGTextElement): string {
  const own = getComputedStyle(text);
  if (own.paintOrder.startsWith("stroke") && own.stroke !== "none" && Number.parseFloat(own.strokeWidth) >= 2)
    return own.stroke;
  const svg = text.ownerSVGElement as SVGSVGElement;
  const shapes = [...svg.querySelectorAll<SVGGraphicsElement>("path, circle, line, rect")].filter(
    (shape) => !shape.closest("defs, pattern") && shape !== text,
  );
  // Hit-test every painted shape, whatever its pointer-events, topmost (last in the document) first.
  for (const shape of shapes.reverse()) {
    const style = getComputedStyle(shape);
    const point = new DOMPoint(x, y).matrixTransform(shape.getScreenCTM()?.inverse());
    const geometry = shape as SVGGeometryElement;
    if (style.display === "none" || style.visibility === "hidden") continue;
    if (style.fill !== "none" && geometry.isPointInFill?.(point)) return style.fill;
    const width = Number.parseFloat(style.strokeWidth);
    if (style.stroke !== "none" && width > 0 && geometry.isPointInStroke?.(point)) return style.stroke;
  }
  let element: Element | null = svg;
  while (element && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(element).backgroundColor))
    element = element.parentElement;
  return element ? getComputedStyle(element).backgroundColor : "rgb(255, 255, 255)";
}
