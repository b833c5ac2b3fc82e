import { implementationPlan2017, introductionProgramme2018 } from "@milepael/core/fixtures";
import { render, screen } from "@testing-library/react";
import { act } from "react";
import { hydrateRoot } from "react-dom/client";
import { describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import "../styles.css";
import { AnnualWheel } from "./AnnualWheel";
import { wheelPng, wheelSvg } from "./exportWheel";

/** The angle of a point from the wheel's centre, clockwise from 12 o'clock, in degrees. */
function angleOf(element: Element, svg: SVGSVGElement): number {
  const box = element.getBoundingClientRect();
  const frame = svg.getBoundingClientRect();
  const x = (box.left + box.right) / 2 - (frame.left + frame.width / 2);
  const y = (box.top + box.bottom) / 2 - (frame.top + frame.height / 2);
  return ((Math.atan2(y, x) * 180) / Math.PI + 90 + 360) % 360;
}

declare module "vitest/browser" {
  interface BrowserCommands {
    /** The wheel of the implementation plan, rendered by Node on the server (vitest.config.ts). */
    wheelServerMarkup: (today: string) => Promise<string>;
  }
}

describe("AnnualWheel in a real browser", () => {
  it("hydrates the markup Node rendered on the server without a mismatch", async () => {
    const container = document.createElement("div");
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
    expect(contrast(ring, inside)).toBeGreaterThanOrEqual(3);
    expect(contrast(ring, outside)).toBeGreaterThanOrEqual(3);
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

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string) {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
