// Hostile documents from import to screen, in real Chromium: every XSS payload goes through the
// importers (and through JSON as a hand-written file would bring it) into every field the widgets
// show as rich text, the widgets render it with every detail open, and nothing runs.
import {
  type BudgetFollowUp,
  importFollowUpCsv,
  importFollowUpText,
  importPlanCsv,
  importPlanText,
  type PlanDocument,
  parseDocumentJson,
} from "@milepael/core";
import {
  budgetFollowUp2017,
  hostileDocuments,
  implementationPlan2017,
  xssPayloads,
} from "@milepael/core/fixtures";
import { cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import "./styles.css";
import { MilestoneTable } from "./milestoneTable";
import { Timeline } from "./timeline";

/** Every payload calls alert(1) when it runs; count the calls instead of showing them. */
let executed: string[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
beforeEach(() => {
  executed = [];
  window.alert = (message?: unknown) => executed.push(`alert(${String(message)})`);
  window.confirm = () => executed.push("confirm") > 0;
  window.prompt = () => String(executed.push("prompt"));
});
afterEach(() => {
  cleanup();
  Object.assign(window, originals);
});

/** Lets late vectors fire: image errors, autofocus, animation and load events. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

function assertNothingRuns(container: HTMLElement) {
  expect(executed).toEqual([]);
  expect(container.querySelector("script, iframe, object, embed, base, meta, link, form, style")).toBeNull();
  for (const element of container.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      expect(attribute.name, element.outerHTML).not.toMatch(/^on/i);
      if (["href", "src", "action", "formaction", "xlink:href", "srcdoc"].includes(attribute.name))
        // Browsers drop whitespace and control characters inside a URL's scheme: so does the check.
        expect(
          [...attribute.value].filter((char) => char.charCodeAt(0) > 0x20).join(""),
          element.outerHTML,
        ).not.toMatch(/^javascript:/i);
    }
  }
}

/** A valid document with the payload raw in every text field: a hand-written JSON file. */
function hostileJson<T>(document: T, payload: string): T {
  const poisoned = JSON.parse(JSON.stringify(document), (key, value) =>
    typeof value === "string" && ["description", "notes", "introduction", "text", "statusNote"].includes(key)
      ? `${value}${payload}`
      : value,
  );
  const { document: loaded } = parseDocumentJson(JSON.stringify(poisoned));
  if (!loaded) throw new Error("the poisoned fixture no longer validates");
  return loaded as T;
}

async function renderFollowUp(document: BudgetFollowUp | null) {
  expect(document).not.toBeNull();
  if (!document) return;
  const initiativeIds = document.sections.flatMap((section) => section.initiatives.map((entry) => entry.id));
  const { container } = render(
    <MilestoneTable
      document={document}
      defaultExpanded={Object.fromEntries(initiativeIds.map((id) => [id, true]))}
    />,
  );
  // Every initiative's details, where the rich text is, are on screen.
  const open = container.querySelectorAll('button[aria-expanded="true"][aria-label^="Skjul detaljer for"]');
  expect(open).toHaveLength(initiativeIds.length);
  await settle();
  assertNothingRuns(container);
}

async function renderPlan(document: PlanDocument | null) {
  expect(document).not.toBeNull();
  if (!document) return;
  for (const activity of document.activities) {
    const { container, unmount } = render(
      <Timeline document={document} defaultSelectedId={activity.id} today={null} />,
    );
    await settle();
    assertNothingRuns(container);
    unmount();
  }
}

describe("hostile documents from import to screen", () => {
  it.each(xssPayloads)("runs nothing of %j imported from a follow-up's text", async (payload) => {
    await renderFollowUp(importFollowUpText(hostileDocuments(payload).followUpText, { year: 2017 }).document);
  });

  it.each(xssPayloads)("runs nothing of %j imported from a follow-up's CSV", async (payload) => {
    await renderFollowUp(importFollowUpCsv(hostileDocuments(payload).followUpCsv).document);
  });

  it.each(xssPayloads)("runs nothing of %j imported from a plan's text and CSV", async (payload) => {
    await renderPlan(importPlanText(hostileDocuments(payload).planText).document);
    await renderPlan(importPlanCsv(hostileDocuments(payload).planCsv).document);
  });

  it.each(xssPayloads)("runs nothing of %j written raw into a JSON document", async (payload) => {
    await renderFollowUp(hostileJson(budgetFollowUp2017, payload));
    await renderPlan(hostileJson(implementationPlan2017, payload));
  });

  it("would notice a payload that runs (the check itself works)", async () => {
    const probe = document.createElement("img");
    probe.setAttribute("onerror", "alert(1)");
    probe.src = "x:";
    document.body.append(probe);
    await settle();
    probe.remove();
    expect(executed).toEqual(["alert(1)"]);
  });
});
