import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportJson } from "../export/json";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { communicationPlan2017 } from "../fixtures/communicationPlan2017";
import { meetingsLejre2017 } from "../fixtures/meetingsLejre2017";
import { importFollowUpCsv } from "./followUpCsv/read";
import { exportFollowUpCsv } from "./followUpCsv/write";
import { detectFormat, importDocument } from "./importDocument";
import { importMeetingsCsv } from "./meetings/readCsv";
import { exportMeetingItemsCsv } from "./meetings/write";
import { importPlanCsv } from "./planCsv/read";
import { exportPlanCsv } from "./planCsv/write";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test/seeds");
const seed = (name: string) => readFileSync(path.join(seeds, name), "utf8");

describe("detectFormat", () => {
  it("recognises every seed and the table formats", () => {
    expect(detectFormat(seed("budgetopfoelgning-2017-3-del1.txt"))).toBe("followup");
    expect(detectFormat(seed("implementeringsplan-vision-2029.txt"))).toBe("plan");
    expect(detectFormat(seed("kommunikationsplan-2017.txt"))).toBe("plan");
    expect(detectFormat(seed("introduktionsprogram-kb-2018-2021.txt"))).toBe("plan");
    expect(detectFormat("\uFEFFDato;Aktivitet\r\n8. maj;Møde")).toBe("csv");
    expect(detectFormat("Date\tActivity\n8. maj\tMøde")).toBe("csv");
    expect(detectFormat(exportJson(budgetFollowUp2017))).toBe("json");
    expect(detectFormat("Bare et brev.")).toBeNull();
  });

  it("recognises a plan's CSV whose columns are named with their optional plural ('Aktivitet(er)', 'Målgruppe(r)'), also below a sheet's title rows", () => {
    expect(detectFormat("Hvornår;Aktivitet(er);Målgruppe(r)\r\nuge 41;Møde;Ledere\r\n")).toBe("csv");
    const titled =
      "Kommunikationsplan 2017;;\r\n;;\r\nTidspunkt;Aktivitet(er);Målgruppe(r)\r\nuge 41;Møde;Ledere\r\n";
    expect(detectFormat(titled)).toBe("csv");
    expect(importDocument(titled).document).toMatchObject({
      activities: [{ title: "Møde", participants: "Ledere" }],
    });
  });
});

describe("importDocument, a CSV whose header its importer finds below other rows", () => {
  const exports = [
    ["follow-up", "budget-follow-up", exportFollowUpCsv(budgetFollowUp2017), importFollowUpCsv],
    ["plan", "plan", exportPlanCsv(communicationPlan2017), importPlanCsv],
    ["meetings", "meetings", exportMeetingItemsCsv(meetingsLejre2017), importMeetingsCsv],
  ] as const;
  const padding = ";".repeat(10);
  // Each sheet as staff save it from Excel: the table without milepael's block (whose type row
  // would tell a meetings CSV on its own), rows above its header.
  const withoutBlock = (csv: string) => csv.split("\r\n#milepael")[0] ?? "";
  const sheets = {
    "a title and a subtitle in two cells": (csv: string) =>
      `Budget 2017;Udkast${padding}\r\n${withoutBlock(csv)}`,
    "a quoted title holding the delimiter": (csv: string) =>
      `"Budget; 2017"${padding}\r\n${withoutBlock(csv)}`,
    "a title and nine padded rows": (csv: string) =>
      `Budget 2017${padding}\r\n${`${padding}\r\n`.repeat(9)}${withoutBlock(csv)}`,
    // A sort in Excel without a header row moves the block ("#milepael" rows) above the table.
    "the block": (csv: string) => {
      const lines = csv.split("\r\n");
      const block = lines.filter((line) => line.startsWith("#milepael"));
      return [...block, ...lines.filter((line) => !line.startsWith("#milepael"))].join("\r\n");
    },
  };

  for (const [kind, type, export_, importer] of exports) {
    const csv = export_.replace(/^\uFEFF/, "");
    it.each(Object.entries(sheets))(`reads ${kind}'s export below %s as its importer does`, (_, sheetOf) => {
      const text = sheetOf(csv);
      const read = importer(text);
      expect(read.document?.type).toBe(type);
      expect(read.diagnostics.filter((found) => found.level === "error")).toEqual([]);
      expect(detectFormat(text)).not.toBeNull();
      expect(importDocument(text)).toEqual(read);
    });
  }
});

describe("importDocument", () => {
  it("reads a seed through detection into the same document as its importer", () => {
    expect(importDocument(seed("budgetopfoelgning-2017-3-del1.txt")).document).toEqual(budgetFollowUp2017);
  });

  it("says when it cannot tell the format", () => {
    expect(importDocument("Bare et brev.")).toEqual({
      document: null,
      diagnostics: [{ level: "error", code: "import.unknown-format", path: [], params: {} }],
    });
  });
});

describe("the CSV importers, a sheet whose header stands again below it", () => {
  const exports = [
    ["follow-up", exportFollowUpCsv(budgetFollowUp2017), importFollowUpCsv],
    ["plan", exportPlanCsv(communicationPlan2017), importPlanCsv],
    ["meetings", exportMeetingItemsCsv(meetingsLejre2017), importMeetingsCsv],
  ] as const;

  it.each(exports)(
    "reads the %s export with its header pasted in again as the export, and says where",
    (_, csv, importer) => {
      const lines = csv.split("\r\n");
      // The header again after the first row (a row without quoted line breaks in each export), and
      // once more in English capitals and with empty cells after it, as another sheet pasted below.
      const header = (lines[0] ?? "").replace(/^\uFEFF/, "");
      const pasted = [header, lines[1], header, header.toUpperCase(), `${header};;`, ...lines.slice(2)];
      const alone = importer(csv);
      const read = importer(pasted.join("\r\n"));
      expect(read.document).toEqual(alone.document);
      const repeated = read.diagnostics.filter((found) => found.code === "import.csv-header-repeated");
      expect(repeated.map((found) => [found.level, found.line])).toEqual([
        ["info", 3],
        ["info", 4],
        ["info", 5],
      ]);
      expect(read.diagnostics.filter((found) => found.code !== "import.csv-header-repeated")).toEqual(
        alone.diagnostics,
      );
    },
  );
});

describe("importDocument, a text read as the format given though it looks like another document", () => {
  const followUp = seed("budgetopfoelgning-2017-3-del1.txt");
  const plan = seed("kommunikationsplan-2017.txt");
  const notUsed = (diagnostics: readonly { code: string }[]) =>
    diagnostics.filter((found) => found.code === "import.format-not-used");

  it("reads a follow-up's text as the plan asked for, and warns first what it looks like, as for a Word file", () => {
    const read = importDocument(followUp, { format: "plan" });
    expect(read.document?.type).toBe("plan");
    expect(read.diagnostics[0]).toEqual({
      level: "warning",
      code: "import.format-not-used",
      path: [],
      params: { format: "plan", found: "budget-follow-up", readAs: "format" },
    });
    expect(notUsed(read.diagnostics)).toHaveLength(1);
  });

  it("says nothing where the text is what was asked, or where the format names no document (csv, json)", () => {
    expect(notUsed(importDocument(plan, { format: "plan" }).diagnostics)).toEqual([]);
    expect(notUsed(importDocument(followUp, { format: "followup" }).diagnostics)).toEqual([]);
    expect(notUsed(importDocument(followUp).diagnostics)).toEqual([]);
    expect(
      notUsed(importDocument(exportPlanCsv(communicationPlan2017), { format: "csv" }).diagnostics),
    ).toEqual([]);
  });
});
