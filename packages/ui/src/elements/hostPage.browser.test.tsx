// The custom elements on pages with styles of their own, in Chromium: what a CMS theme sets on
// its root reaches into every shadow root, however well the rest is kept out.

import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { startRound } from "@milepael/core/lite";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { eventually } from "../internal/eventually.testHelpers";
import { defineMilepaelElements } from "./index";

type Host = HTMLElement & { document: unknown };

const openRound = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
).document;
/** Every element with a document it shows. */
const documents = {
  "milepael-status-summary": budgetFollowUp2017,
  "milepael-milestone-table": budgetFollowUp2017,
  "milepael-assessment": openRound,
  "milepael-timeline": implementationPlan2017,
  "milepael-wheel": implementationPlan2017,
  "milepael-meetings": meetingsLejre2017,
  "milepael-decision-log": meetingsLejre2017,
};

// Wide enough for the timeline's bars (under 600 px it gives its list).
beforeAll(async () => {
  await page.viewport(1280, 1000);
  defineMilepaelElements();
});

afterEach(async () => {
  await page.viewport(1280, 1000);
  document.body.replaceChildren();
  document.documentElement.style.fontSize = "";
  document.body.removeAttribute("style");
});

/** A follow-up's table and a plan's timeline, as a page adds them, once they have drawn. */
async function embedded() {
  const holder = document.body.appendChild(document.createElement("div"));
  holder.style.width = "1000px";
  holder.innerHTML =
    "<milepael-milestone-table></milepael-milestone-table><milepael-timeline></milepael-timeline>";
  const [table, timeline] = [...holder.children] as Host[];
  (table as Host).document = budgetFollowUp2017;
  (timeline as Host).document = implementationPlan2017;
  const mounts = [table, timeline].map((element) => element?.shadowRoot?.querySelector(".mp-element"));
  await eventually(() => {
    expect(mounts[0]?.querySelector("tbody td")).toBeTruthy();
    expect(mounts[1]?.querySelector(".mp-Timeline-label")).toBeTruthy();
  });
  return mounts as Element[];
}

/**
 * The text size of every element that has text of its own, every element's padding, margin and
 * gap, and the width of each timeline label.
 */
function measures(mounts: Element[]) {
  const texts = mounts.flatMap((mount) =>
    [...mount.querySelectorAll("*")]
      .filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()),
      )
      .map((element) => `${element.getAttribute("class")} ${getComputedStyle(element).fontSize}`),
  );
  const spacing = mounts.flatMap((mount) =>
    [...mount.querySelectorAll("*")].map((element) => {
      const style = getComputedStyle(element);
      return `${element.getAttribute("class")} ${style.padding} / ${style.margin} / ${style.gap}`;
    }),
  );
  const labels = [...(mounts[1]?.querySelectorAll(".mp-Timeline-label") ?? [])].map(
    (label) => label.getBoundingClientRect().width,
  );
  return { texts, spacing, labels };
}

describe("milepael's custom elements on a page with styles of its own", () => {
  it("keeps its text sizes and labels on a page whose root is 10 px (html { font-size: 62.5% })", async () => {
    const asDesigned = measures(await embedded());
    document.body.replaceChildren();
    document.documentElement.style.fontSize = "62.5%";
    document.body.style.fontSize = "1.6rem";
    expect(measures(await embedded())).toEqual(asDesigned);
  });

  it("keeps its text sizes and spacing where the page sets --mp-rem on the elements' container", async () => {
    const asDesigned = measures(await embedded());
    document.body.replaceChildren();
    document.documentElement.style.fontSize = "62.5%";
    document.body.style.fontSize = "1.6rem";
    document.body.style.setProperty("--mp-rem", "1.6rem");
    expect(measures(await embedded())).toEqual(asDesigned);
  });

  it("takes the spacing a page sets on an ancestor (--mp-space-*), as the README offers", async () => {
    document.body.style.setProperty("--mp-space-2", "20px");
    const [table] = await embedded();
    const toolbar = table?.querySelector(".mp-DataTable-toolbar");
    expect(toolbar && getComputedStyle(toolbar).gap).toBe("20px 16px");
  });

  it("takes the colours and font a page sets on an ancestor, in both themes, as the README offers", async () => {
    document.body.style.setProperty("--mp-status-green", "rgb(1, 2, 3)");
    document.body.style.setProperty("--mp-color-text", "rgb(4, 5, 6)");
    document.body.style.setProperty("--mp-font", "Georgia, serif");
    for (const theme of ["light", "dark"]) {
      document.body.replaceChildren();
      const element = document.body.appendChild(document.createElement("milepael-status-summary")) as Host;
      element.setAttribute("theme", theme);
      element.document = budgetFollowUp2017;
      const mount = await eventually(() => {
        const found = element.shadowRoot?.querySelector(".mp-element");
        expect(found?.querySelector('.mp-Smiley[data-status="green"]')).toBeTruthy();
        return found as Element;
      });
      // The face's disc is its mark's background.
      const disc = mount.querySelector('.mp-Smiley[data-status="green"] .mp-Smiley-mark');
      expect(disc && getComputedStyle(disc).backgroundColor, theme).toBe("rgb(1, 2, 3)");
      expect(getComputedStyle(mount).color, theme).toBe("rgb(4, 5, 6)");
      expect(getComputedStyle(mount).fontFamily, theme).toBe("Georgia, serif");
    }
  });

  for (const [tag, data] of Object.entries(documents))
    it(`keeps a phone's page, 320 or 400 px wide, from scrolling sideways with <${tag}> (reflow, WCAG 1.4.10)`, async () => {
      document.body.style.margin = "0";
      const element = document.body.appendChild(document.createElement(tag)) as Host;
      element.document = data;
      await eventually(() =>
        expect(element.shadowRoot?.querySelector(".mp-element")?.textContent?.length).toBeGreaterThan(40),
      );
      const pageWidth = () => document.documentElement.scrollWidth;
      for (const width of [320, 400]) {
        await page.viewport(width, 800);
        // What does not fit scrolls inside its own box (a table), never the page; the widget
        // may take a moment to follow the new width.
        await eventually(() => expect(pageWidth()).toBe(width));
        // Also with every menu and table alternative open.
        for (const details of element.shadowRoot?.querySelectorAll("details") ?? []) details.open = true;
        await eventually(() => expect(pageWidth()).toBe(width));
        for (const details of element.shadowRoot?.querySelectorAll("details") ?? []) details.open = false;
      }
    });
});
