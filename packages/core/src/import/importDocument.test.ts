import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportJson } from "../export/json";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { detectFormat, importDocument } from "./importDocument";

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
