// The custom elements on a plain page, in Chromium: how CMS pages really use them (scripts that
// load late, documents of the wrong kind, elements moved around, host styles and themes).

import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { startRound } from "@milepael/core/lite";
import { afterEach, describe, expect, it, vi } from "vitest";
import { eventually } from "../internal/eventually.testHelpers";

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const text = (element: Element) => shadow(element).textContent ?? "";
const add = (html: string, parent: Element = document.body) => {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  const element = holder.firstElementChild as HTMLElement & { document: unknown };
  parent.append(element);
  return element;
};
const events = (element: Element) => {
  const seen: { type: string; detail: { error: string | null; code: string | null } }[] = [];
  for (const type of ["milepael-load", "milepael-error"])
    element.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
  return seen;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.body.removeAttribute("style");
  document.documentElement.lang = "da";
});

describe("milepael's custom elements", () => {
  // First in the file: the elements are not defined yet.
  it("shows a document set as a property before the element's script has loaded", async () => {
    document.documentElement.lang = "da";
    const summary = add(`<milepael-status-summary round="2017-3"></milepael-status-summary>`);
    summary.document = budgetFollowUp2017;
    expect(customElements.get("milepael-status-summary")).toBeUndefined();
    const { defineMilepaelElements } = await import("./index");
    defineMilepaelElements();
    await eventually(() => expect(text(summary)).toContain("Status ved 3. budgetopfølgning 2017"));
    expect(summary.document).toEqual(budgetFollowUp2017);
  });

  it("shows an error and fires milepael-error for a document of the wrong kind", async () => {
    const table = add(`<milepael-milestone-table></milepael-milestone-table>`);
    const seen = events(table);
    table.document = implementationPlan2017;
    await eventually(() => expect(shadow(table).querySelector('[role="alert"]')).not.toBeNull());
    const message = "Elementet viser en budgetopfølgning, men dokumentet er en plan.";
    expect(shadow(table).querySelector('[role="alert"]')?.textContent).toBe(message);
    expect(seen).toEqual([{ type: "milepael-error", detail: expect.objectContaining({ error: message }) }]);
    expect(seen[0]?.detail.code).toBe("wrong-document-type");
  });

  it("fires milepael-load for a valid document property", () => {
    const wheel = add(`<milepael-wheel></milepael-wheel>`);
    const seen = events(wheel);
    wheel.document = implementationPlan2017;
    expect(seen.map((event) => event.type)).toEqual(["milepael-load"]);
  });

  it("explains an invalid document property in Danish, not as a code", async () => {
    const timeline = add(`<milepael-timeline></milepael-timeline>`);
    const seen = events(timeline);
    timeline.document = { type: "plan", title: "Uden aktiviteter" };
    await eventually(() => expect(shadow(timeline).querySelector('[role="alert"]')).not.toBeNull());
    const shown = shadow(timeline).querySelector('[role="alert"]')?.textContent ?? "";
    expect(shown).toMatch(/^Kunne ikke vise dokumentet: .*fejl: /);
    expect(shown).not.toMatch(/schema\./);
    expect(seen.map((event) => event.type)).toEqual(["milepael-error"]);
    expect(seen[0]?.detail.error).toBe(shown);
  });

  it("says in Danish when a document cannot be fetched", async () => {
    const missing = add(`<milepael-wheel src="/no-such-document.json"></milepael-wheel>`);
    const offline = add(`<milepael-timeline src="http://127.0.0.1:9/plan.json"></milepael-timeline>`);
    const seen = events(offline);
    // A fetch from the test server takes seconds on a busy machine: wait for the answer, not a second.
    await vi.waitFor(
      () => expect(text(missing)).toContain("Dokumentet kunne ikke hentes (HTTP-status 404)."),
      { timeout: 15_000 },
    );
    await vi.waitFor(() => expect(text(offline)).toMatch(/^Dokumentet kunne ikke hentes\. Tjek adressen/), {
      timeout: 15_000,
    });
    expect(text(offline)).not.toContain("Failed to fetch");
    expect(seen).toEqual([
      { type: "milepael-error", detail: expect.objectContaining({ code: "fetch-failed" }) },
    ]);
  });

  it("says that the address gave a web page, such as a login page, not the browser's JSON error", async () => {
    const loginPage = "<!DOCTYPE html><html><body><form>Log ind med NemLog-in</form></body></html>";
    vi.stubGlobal("fetch", async () => new Response(loginPage, { headers: { "Content-Type": "text/html" } }));
    const timeline = add(`<milepael-timeline src="/data/plan.json"></milepael-timeline>`);
    const seen = events(timeline);
    await eventually(() => expect(shadow(timeline).querySelector('[role="alert"]')).not.toBeNull());
    const message =
      "Adressen gav en webside, ikke et milepael-dokument (JSON). Tjek adressen: en side, der kræver login, og en fejlside svarer også sådan.";
    expect(text(timeline)).toBe(message);
    expect(seen).toEqual([
      {
        type: "milepael-error",
        detail: expect.objectContaining({ error: message, code: "schema.not-json" }),
      },
    ]);
  });

  it("fills the wheel's rings with patterns as well as colours when <milepael-wheel> has `patterns`", async () => {
    const holder = add(`<div style="width: 800px"></div>`);
    const wheel = add(`<milepael-wheel patterns></milepael-wheel>`, holder);
    wheel.document = implementationPlan2017;
    await eventually(() => expect(shadow(wheel).querySelector(".mp-AnnualWheel-arc")).not.toBeNull());
    const fill = getComputedStyle(shadow(wheel).querySelector(".mp-AnnualWheel-arc") as Element).fill;
    const id = fill.match(/url\("#([^"]+)"\)/)?.[1] ?? "";
    expect(shadow(wheel).getElementById(id)?.tagName).toBe("pattern");
  });

  it("keeps one mount point and its dark theme when moved elsewhere on the page", async () => {
    const first = add(`<section></section>`);
    const second = add(`<section></section>`);
    const wheel = add(`<milepael-wheel theme="dark"></milepael-wheel>`, first);
    wheel.document = implementationPlan2017;
    await eventually(() => expect(shadow(wheel).querySelector(".mp-AnnualWheel")).not.toBeNull());
    second.append(wheel);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(wheel).querySelectorAll(".mp-element")).toHaveLength(1);
    const root = shadow(wheel).querySelector(".mp-element") as Element;
    expect(root.querySelector(".mp-AnnualWheel")).not.toBeNull();
    expect(getComputedStyle(root).backgroundColor).toBe("rgb(27, 27, 27)");
    expect(getComputedStyle(root).color).toBe("rgb(242, 242, 242)");
  });

  it("paints the dark theme's own background on a light page, and lets the page's tokens win", async () => {
    document.body.style.background = "#ffffff";
    const wheel = add(
      `<milepael-wheel theme="dark" style="--mp-color-link: rgb(1, 2, 3); --mp-color-text: rgb(250, 250, 250)"></milepael-wheel>`,
    );
    wheel.document = implementationPlan2017;
    await eventually(() => expect(shadow(wheel).querySelector(".mp-AnnualWheel")).not.toBeNull());
    const root = shadow(wheel).querySelector(".mp-element") as Element;
    expect(getComputedStyle(root).backgroundColor).toBe("rgb(27, 27, 27)");
    expect(getComputedStyle(root).color).toBe("rgb(250, 250, 250)");
    expect(getComputedStyle(root).getPropertyValue("--mp-color-link").trim()).toBe("rgb(1, 2, 3)");
    // The theme's own tokens still apply where the page sets none.
    expect(getComputedStyle(root).getPropertyValue("--mp-color-border").trim()).toBe("#9a9a9a");
  });

  it("takes the width, margins and hidden attribute a page gives the element, as a block does", async () => {
    const timeline = add(`<milepael-timeline style="width: 300px; margin-inline: auto"></milepael-timeline>`);
    timeline.document = implementationPlan2017;
    await eventually(() => expect(shadow(timeline).querySelector(".mp-AgendaList")).not.toBeNull());
    expect(timeline.getBoundingClientRect().width).toBe(300);
    expect(shadow(timeline).querySelector(".mp-element")?.getBoundingClientRect().width).toBe(300);
    timeline.hidden = true;
    expect(timeline.getBoundingClientRect().height).toBe(0);
    // A smiley stays in the line of text it stands in.
    const smiley = add(`<milepael-smiley status="green"></milepael-smiley>`);
    expect(getComputedStyle(smiley).display).toBe("inline");
  });

  it("does not take on the host page's centred text", async () => {
    document.body.style.textAlign = "center";
    document.body.style.letterSpacing = "4px";
    const table = add(`<milepael-milestone-table></milepael-milestone-table>`);
    table.document = budgetFollowUp2017;
    await eventually(() => expect(shadow(table).querySelector("tbody td")).not.toBeNull());
    const cell = shadow(table).querySelector("tbody td") as Element;
    expect(getComputedStyle(cell).textAlign).toBe("start");
    expect(getComputedStyle(cell).letterSpacing).toBe("normal");
  });

  it("sends each accepted assessment as an operation in milepael-assess, and refuses economy yellow in place", async () => {
    const round4 = startRound(
      budgetFollowUp2017,
      { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
      { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
    ).document;
    const element = add(`<milepael-assessment by="Anne Centerchef"></milepael-assessment>`);
    const seen: { operation: { type: string; status: string; by: string }; document: unknown }[] = [];
    element.addEventListener("milepael-assess", (event) => seen.push((event as CustomEvent).detail));
    element.document = round4;
    await eventually(() => expect(shadow(element).querySelector("tbody input[type=radio]")).not.toBeNull());
    const economyRow = shadow(element).querySelector('tr[data-target="economy"]') as HTMLElement;
    (economyRow.querySelector('input[value="yellow"]') as HTMLInputElement).click();
    (economyRow.querySelector("input[type=text]") as HTMLInputElement).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true }),
    );
    await eventually(() => expect(economyRow.textContent).toContain("Afvist"));
    expect(seen).toEqual([]);
    (economyRow.querySelector('input[value="green"]') as HTMLInputElement).click();
    (economyRow.querySelector("input[type=text]") as HTMLInputElement).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true }),
    );
    await eventually(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.operation).toMatchObject({ type: "assess", status: "green", by: "Anne Centerchef" });
  });

  it("lists the decisions of minutes in <milepael-decision-log>, filtered by its attributes", async () => {
    const log = add(`<milepael-decision-log outcome="noted"></milepael-decision-log>`);
    const seen = events(log);
    log.document = meetingsLejre2017;
    await eventually(() => expect(text(log)).toContain("Viser 1 af 5 punkter"));
    expect(text(log)).toContain("17,4 - Introduktion til arbejdet");
    expect(text(log)).not.toContain("Valg af næstformand");
    expect(seen.map((event) => event.type)).toEqual(["milepael-load"]);
    log.removeAttribute("outcome");
    await eventually(() => expect(text(log)).toContain("Viser 5 af 5 punkter"));
  });

  it("draws the meetings on the wheel in <milepael-meetings> and says which meeting was chosen", async () => {
    const calendar = add(`<milepael-meetings today="2017-06-01"></milepael-meetings>`);
    const chosen: (string | null)[] = [];
    calendar.addEventListener("milepael-select", (event) => chosen.push((event as CustomEvent).detail.id));
    calendar.document = meetingsLejre2017;
    await eventually(() => expect(shadow(calendar).querySelector(".mp-AnnualWheel")).not.toBeNull());
    const meeting = shadow(calendar).querySelector<HTMLElement>('[data-item-id="17-4-udvalget-2017-01-03"]');
    expect(meeting).not.toBeNull();
    meeting?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await eventually(() => expect(chosen).toEqual(["17-4-udvalget-2017-01-03"]));
    calendar.setAttribute("view", "timeline");
    await eventually(() => expect(shadow(calendar).querySelector(".mp-Timeline")).not.toBeNull());
  });

  it("refuses a plan in the meeting elements, in words", async () => {
    const log = add(`<milepael-decision-log></milepael-decision-log>`);
    const seen = events(log);
    log.document = implementationPlan2017;
    await eventually(() => expect(shadow(log).querySelector('[role="alert"]')).not.toBeNull());
    expect(shadow(log).querySelector('[role="alert"]')?.textContent).toBe(
      "Elementet viser referater og dagsordener, men dokumentet er en plan.",
    );
    expect(seen[0]?.detail.code).toBe("wrong-document-type");
  });
});
