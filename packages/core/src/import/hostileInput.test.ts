import { describe, expect, it } from "vitest";
import { hostileDocuments, xssPayloads } from "../richText/xssPayloads";
import { importFollowUpCsv } from "./followUpCsv/read";
import { importFollowUpText } from "./followUpText/read";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";

/**
 * Every tag in stored rich text must be one the sanitiser writes, bare: no attribute, so no
 * handler and no URL. A payload that survives as escaped text ("&lt;img …") is visible and inert.
 */
function assertInert(html: string) {
  for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(/^<\/?(p|ul|ol|li|br|strong|em)>$/);
  expect(html).not.toMatch(/<(?!\/?(p|ul|ol|li|br|strong|em)>)/);
}

/**
 * The fields that hold rich text (rendered as markup). Every other field is plain text, which
 * widgets render as text, so "<script>" in a title stays the characters the author wrote.
 */
function richFields(document: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (["description", "notes", "introduction"].includes(key)) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === "object" && value !== null)
      for (const [name, inner] of Object.entries(value)) walk(inner, name);
  };
  walk(document, "");
  return found;
}

describe("hostile HTML through every importer", () => {
  it.each(xssPayloads)(
    "leaves %j inert in a follow-up's description, responsibility and milestone cells",
    (payload) => {
      const { document } = importFollowUpText(hostileDocuments(payload).followUpText, { year: 2017 });
      const rich = richFields(document);
      expect(rich.length).toBeGreaterThan(0);
      for (const html of rich) assertInert(html);
    },
  );

  it.each(xssPayloads)("leaves %j inert in a plan's table and track cells", (payload) => {
    for (const html of richFields(importPlanText(hostileDocuments(payload).planText).document))
      assertInert(html);
  });

  it.each(xssPayloads)("leaves %j inert in a follow-up's CSV row", (payload) => {
    const { document } = importFollowUpCsv(hostileDocuments(payload).followUpCsv);
    expect(document?.sections[0]?.initiatives).toHaveLength(1);
    const rich = richFields(document);
    expect(rich.length).toBeGreaterThan(0);
    for (const html of rich) assertInert(html);
  });

  it.each(xssPayloads)("leaves %j inert in a CSV row", (payload) => {
    const { document } = importPlanCsv(hostileDocuments(payload).planCsv);
    for (const html of richFields(document)) assertInert(html);
  });
});
