// The report widget printed from a host page (Ctrl+P): it must print as the committee paper core
// writes (renderReportHtml), whose print rules are read here from the paper itself, in print media.

import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import type { MilepaelDocument } from "@milepael/core/lite";
import { renderReportHtml } from "@milepael/core/report";
import { render } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../styles.css";
import { usePrintMedia } from "../internal/printMedia.testHelpers";
import { Report } from "./Report";

/** Where the page may break around and inside an element. */
const breakProperties = ["breakBefore", "breakAfter", "breakInside"] as const;

/** An element's print properties as text to compare: its breaks, and for a table's head whether it repeats. */
function printStyle(element: Element): string {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const breaks = breakProperties.map((property) => `${property}: ${style?.[property]}`).join("; ");
  return element.localName === "thead" ? `${breaks}; display: ${style?.display}` : breaks;
}

/**
 * What a paper guarantees in print, per kind of element (tag and milepael class): the print
 * properties every such element in it has. A kind whose elements differ guarantees nothing.
 */
function printGuarantees(paper: Element): Map<string, string> {
  const styles = new Map<string, Set<string>>();
  for (const element of paper.querySelectorAll("*")) {
    const kind = elementKind(element);
    const seen = styles.get(kind) ?? new Set<string>();
    seen.add(printStyle(element));
    styles.set(kind, seen);
  }
  return new Map(
    [...styles].flatMap(([kind, seen]) => (seen.size === 1 ? [[kind, [...seen][0] ?? ""]] : [])),
  );
}

/** `section.mp-Report-initiative`, `tr`, `p.mp-Report-summary`: how the two papers name the same part. */
function elementKind(element: Element): string {
  const ownClass = [...element.classList].find((name) => name.startsWith("mp-Report"));
  return `${element.localName}${ownClass ? `.${ownClass}` : ""}`;
}

/** Core's paper of a document, in an iframe of the test page, as the browser lays it out. */
async function corePaper(document: MilepaelDocument): Promise<Element> {
  const frame = window.document.body.appendChild(window.document.createElement("iframe"));
  frame.style.width = "800px";
  await new Promise((resolve) => {
    frame.addEventListener("load", resolve, { once: true });
    frame.srcdoc = renderReportHtml(document);
  });
  const main = frame.contentDocument?.querySelector("main");
  if (!main) throw new Error("core's paper has no <main>");
  return main;
}

beforeAll(() => page.viewport(1280, 1000));

afterEach(() => {
  for (const frame of document.querySelectorAll("iframe")) frame.remove();
});

describe("the report widget in print", () => {
  const printMedia = usePrintMedia();

  it.each([
    ["a follow-up", budgetFollowUp2017],
    ["a plan", implementationPlan2017],
    ["minutes", meetingsLejre2017],
  ] as const)(
    "keeps together in print, for %s, what core's paper keeps together",
    async (_name, document) => {
      const core = await corePaper(document);
      const { container } = render(<Report document={document} />);
      await printMedia();
      const guarantees = printGuarantees(core);
      // Read in print media: the header rows repeat, no row splits.
      expect(guarantees.get("thead")).toContain("display: table-header-group");
      expect(guarantees.get("tr")).toContain("breakInside: avoid");
      const kept = [...container.querySelectorAll(".mp-Report *")].flatMap((element) => {
        const kind = elementKind(element);
        const guaranteed = guarantees.get(kind);
        return guaranteed === undefined ? [] : [{ kind, printed: printStyle(element), guaranteed }];
      });
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.map(({ kind, printed }) => `${kind} ${printed}`)).toEqual(
        kept.map(({ kind, guaranteed }) => `${kind} ${guaranteed}`),
      );
    },
  );
});
