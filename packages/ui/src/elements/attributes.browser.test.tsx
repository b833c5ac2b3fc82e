// The elements' attributes as a host sets them from plain DOM, in Chromium: before the element's
// script has loaded (async scripts in a CMS), and after it is connected (a script that runs later,
// a page's language switch). Every observed attribute must take effect whenever it is set.

import {
  budgetFollowUp2017,
  communicationPlan2017,
  implementationPlan2017,
  meetingsLejre2017,
} from "@milepael/core/fixtures";
import { startRound } from "@milepael/core/lite";
import { afterEach, describe, expect, it, vi } from "vitest";
import { eventually } from "../internal/eventually.testHelpers";

type Host = HTMLElement & { document: unknown };

const holder = () => {
  const box = document.createElement("div");
  box.style.width = "800px";
  document.body.append(box);
  return box;
};
/** An element as a host script makes one: created, attributes set, document given, connected. */
const create = (tag: string, attributes: Record<string, string>, data?: unknown, connect = true) => {
  const element = document.createElement(tag) as Host;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data !== undefined) element.document = data;
  if (connect) holder().append(element);
  return element;
};
const mount = (element: Element) => element.shadowRoot?.querySelector(".mp-element") ?? null;
const text = (element: Element) => mount(element)?.textContent ?? "";
/** A node's markup with its attributes in order of name: the order React happens to set them in is no difference. */
const markup = (node: Node): string => {
  if (!(node instanceof Element)) return node.textContent ?? "";
  const attributes = [...node.attributes]
    .map(({ name, value }) => ` ${name}="${value.replace(/«[^»]*»|_r_[0-9a-z]+_/g, "id")}"`)
    .sort()
    .join("");
  return `<${node.localName}${attributes}>${[...node.childNodes].map(markup).join("")}</${node.localName}>`;
};
/** What a reader gets: the language, the colours of the element's box, and the markup (ids aside). */
const shown = (element: Element) => {
  const root = mount(element) as HTMLElement | null;
  if (root === null) return "(not rendered)";
  return `${root.lang} ${getComputedStyle(root).backgroundColor}\n${[...root.childNodes].map(markup).join("")}`;
};
const asUrl = (value: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(value)], { type: "application/json" }));

const round4 = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
).document;
const otherFollowUp = { ...budgetFollowUp2017, sections: budgetFollowUp2017.sections.slice(0, 1) };
const otherMeetings = { ...meetingsLejre2017, meetings: meetingsLejre2017.meetings.slice(1) };

/** Each element with its document and the attributes it starts with. */
const elements = {
  "milepael-smiley": { data: undefined, base: { status: "green" } },
  "milepael-status-summary": { data: budgetFollowUp2017, base: { round: "2017-3", today: "2017-09-01" } },
  "milepael-milestone-table": { data: budgetFollowUp2017, base: { round: "2017-3" } },
  "milepael-assessment": { data: round4, base: { by: "Anne Centerchef" } },
  "milepael-timeline": { data: implementationPlan2017, base: { today: "2017-06-01" } },
  "milepael-wheel": { data: implementationPlan2017, base: { today: "2017-06-01", year: "2017" } },
  "milepael-meetings": { data: meetingsLejre2017, base: { today: "2017-06-01", year: "2017" } },
  "milepael-decision-log": { data: meetingsLejre2017, base: {} },
} satisfies Record<string, { data: unknown; base: Record<string, string> }>;
type Tag = keyof typeof elements;

/** Per element, each attribute a host may set and a value that changes what the reader sees. */
const changes: [Tag, string, string][] = [
  ["milepael-smiley", "status", "red"],
  ["milepael-smiley", "scale", "economy"],
  ["milepael-smiley", "variant", "dot"],
  ["milepael-smiley", "size", "lg"],
  ["milepael-smiley", "label", "meaning"],
  ["milepael-status-summary", "round", "2017-2"],
  ["milepael-status-summary", "today", "2017-10-15"],
  ["milepael-milestone-table", "status", "green"],
  ["milepael-milestone-table", "search", "skole"],
  ["milepael-milestone-table", "group-by", "none"],
  ["milepael-assessment", "also-rounds", "2017-3"],
  ["milepael-assessment", "show", "needs-note"],
  ["milepael-timeline", "lanes", "responsible"],
  ["milepael-timeline", "today", "2017-09-01"],
  ["milepael-timeline", "view", "agenda"],
  ["milepael-wheel", "lanes", "responsible"],
  ["milepael-wheel", "today", "2017-09-01"],
  ["milepael-wheel", "year", "2018"],
  ["milepael-wheel", "start-month", "8"],
  ["milepael-wheel", "patterns", ""],
  ["milepael-meetings", "view", "timeline"],
  ["milepael-meetings", "today", "2017-09-01"],
  ["milepael-meetings", "year", "2018"],
  ["milepael-meetings", "start-month", "8"],
  ["milepael-decision-log", "committee", "Kernevelfærdsudvalget"],
  ["milepael-decision-log", "outcome", "noted"],
  ["milepael-decision-log", "year", "2018"],
  ["milepael-decision-log", "search", "næstformand"],
  // The attributes every element takes.
  ...Object.keys(elements).flatMap((tag): [Tag, string, string][] => [
    [tag as Tag, "locale", "en"],
    [tag as Tag, "lang", "en"],
    [tag as Tag, "theme", "dark"],
  ]),
  ["milepael-status-summary", "src", asUrl(otherFollowUp)],
  ["milepael-timeline", "src", asUrl(communicationPlan2017)],
  ["milepael-decision-log", "src", asUrl(otherMeetings)],
];

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.documentElement.lang = "da";
  localStorage.clear();
});

describe("attributes a host sets on milepael's custom elements", () => {
  // First in the file: the elements are not defined yet.
  it("honours attributes set before the element's script has loaded", async () => {
    document.documentElement.lang = "da";
    const calendar = create("milepael-meetings", {
      view: "timeline",
      year: "2018",
      today: "2018-01-10",
      "start-month": "8",
      locale: "en",
    });
    calendar.document = meetingsLejre2017;
    const smiley = create("milepael-smiley", { status: "red", label: "meaning", lang: "en" });
    const summary = create("milepael-status-summary", { src: asUrl(budgetFollowUp2017), round: "2017-2" });
    expect(customElements.get("milepael-meetings")).toBeUndefined();
    const { defineMilepaelElements } = await import("./index");
    defineMilepaelElements();

    await eventually(() => expect(mount(calendar)?.querySelector(".mp-Timeline")).not.toBeNull());
    expect((mount(calendar) as HTMLElement).lang).toBe("en");
    const fresh = create(
      "milepael-meetings",
      { view: "timeline", year: "2018", today: "2018-01-10", "start-month": "8", locale: "en" },
      meetingsLejre2017,
    );
    await eventually(() => expect(shown(calendar)).toBe(shown(fresh)));
    expect(text(smiley)).toMatch(/^Red: /);
    await eventually(() => expect(text(summary)).toContain("Status ved 2. budgetopfølgning 2017"));
  });

  for (const [tag, name, value] of changes)
    it(`shows <${tag}> with ${name}="${value.startsWith("blob:") ? "another document" : value}" when set after it is connected`, async () => {
      const { data, base } = elements[tag];
      const changed = create(tag, base, data);
      const before = create(tag, base, data);
      const after = create(tag, { ...base, [name]: value }, name === "src" ? undefined : data);
      if (name === "src") await new Promise((resolve) => after.addEventListener("milepael-load", resolve));
      // Rendered as the host first set it, then changed: it shows what an element made with the
      // new value shows, and that differs from before.
      await eventually(() => {
        for (const element of [changed, before, after])
          expect(mount(element)?.childElementCount).toBeGreaterThan(0);
        expect(shown(changed)).toBe(shown(before));
      });
      changed.setAttribute(name, value);
      await eventually(() => expect(shown(changed)).toBe(shown(after)));
      expect(shown(after)).not.toBe(shown(before));
    });

  it("follows the page's language when the page switches it", async () => {
    document.documentElement.lang = "da";
    const calendar = create(
      "milepael-meetings",
      { view: "timeline", today: "2017-06-01" },
      meetingsLejre2017,
    );
    const smiley = create("milepael-smiley", { status: "green", label: "name" });
    await eventually(() => expect(text(smiley)).toBe("Grøn"));
    const danish = text(calendar);
    document.documentElement.lang = "en";
    await eventually(() => expect(text(smiley)).toBe("Green"));
    await eventually(() => expect(text(calendar)).not.toBe(danish));
    expect((mount(calendar) as HTMLElement).lang).toBe("en");
    // The element's own `locale` still wins over the page.
    smiley.setAttribute("locale", "da");
    await eventually(() => expect(text(smiley)).toBe("Grøn"));
  });

  it("speaks the page's language inside another component's shadow root, and past a locale it has no words for", async () => {
    document.documentElement.lang = "en";
    const component = holder().appendChild(document.createElement("div"));
    const inside = document.createElement("milepael-smiley");
    inside.setAttribute("status", "green");
    inside.setAttribute("label", "name");
    component.attachShadow({ mode: "open" }).append(inside);
    const german = create("milepael-smiley", { status: "green", label: "name", locale: "de" });
    await eventually(() => expect(text(inside)).toBe("Green"));
    await eventually(() => expect(text(german)).toBe("Green"));
    document.documentElement.lang = "da";
  });

  it("loads the same src again after its document was taken away, and lets go of it when src is removed", async () => {
    const url = asUrl(budgetFollowUp2017);
    const summary = create("milepael-status-summary", { src: url });
    await eventually(() => expect(text(summary)).toContain("Status ved 3. budgetopfølgning 2017"));
    summary.document = null;
    await eventually(() => expect(text(summary)).not.toContain("Status ved"));
    summary.setAttribute("src", url);
    await eventually(() => expect(text(summary)).toContain("Status ved 3. budgetopfølgning 2017"));
    summary.removeAttribute("src");
    await eventually(() => expect(text(summary)).not.toContain("Status ved"));
  });

  it("lets go of a src removed while it was still loading", async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal("fetch", () => new Promise<Response>((resolve) => (answer = resolve)));
    const summary = create("milepael-status-summary", { src: "/opfoelgning-2017.json" });
    const loaded: unknown[] = [];
    summary.addEventListener("milepael-load", (event) => loaded.push(event));
    await eventually(() => expect(text(summary)).toBe("Henter …"));
    summary.removeAttribute("src");
    answer(new Response(JSON.stringify(budgetFollowUp2017)));
    await eventually(() => expect(text(summary)).toBe(""));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(summary)).toBe("");
    expect(summary.document).toBeNull();
    expect(loaded).toEqual([]);
  });

  it("tries the same src again when the page sets it again after the fetch failed", async () => {
    let online = false;
    vi.stubGlobal("fetch", async () => {
      if (!online) throw new TypeError("Failed to fetch");
      return new Response(JSON.stringify(budgetFollowUp2017));
    });
    const summary = create("milepael-status-summary", { src: "/opfoelgning-2017.json" });
    await eventually(() => expect(text(summary)).toMatch(/^Dokumentet kunne ikke hentes/));
    // Back online (the page heard `online`): it asks again with the same address.
    online = true;
    summary.setAttribute("src", "/opfoelgning-2017.json");
    await eventually(() => expect(text(summary)).toContain("Status ved 3. budgetopfølgning 2017"));
  });

  it("loads a src set while the element was out of the page once it is back", async () => {
    const summary = create("milepael-status-summary", { src: asUrl(budgetFollowUp2017) });
    await eventually(() => expect(text(summary)).toContain("Status ved 3. budgetopfølgning 2017"));
    const parent = summary.parentElement as Element;
    summary.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    summary.setAttribute("src", asUrl({ ...budgetFollowUp2017, currentRound: "2017-1" }));
    parent.append(summary);
    await eventually(() => expect(text(summary)).toContain("Status ved 1. budgetopfølgning 2017"));
  });

  it("writes the assessor named last into the next assessment, keeping what the reader chose", async () => {
    const element = create("milepael-assessment", { by: "Anne Centerchef" }, round4);
    const seen: { operation: { by: string; status: string } }[] = [];
    element.addEventListener("milepael-assess", (event) => seen.push((event as CustomEvent).detail));
    await eventually(() => expect(mount(element)?.querySelector("tbody input[type=radio]")).not.toBeNull());
    const row = mount(element)?.querySelector('tr[data-target="economy"]') as HTMLElement;
    (row.querySelector('input[value="green"]') as HTMLInputElement).click();
    element.setAttribute("by", "Bo Økonom");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const current = mount(element)?.querySelector('tr[data-target="economy"]') as HTMLElement;
    expect((current.querySelector('input[value="green"]') as HTMLInputElement).checked).toBe(true);
    (current.querySelector("input[type=text]") as HTMLInputElement).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true }),
    );
    await eventually(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.operation).toMatchObject({ status: "green", by: "Bo Økonom" });
  });
});
