import { describe, expect, it } from "vitest";
import { csvColumnByHeader, firstColumnIndexes, headerColumns, rowCell } from "./csvColumns";

describe("CSV columns", () => {
  const byHeader = csvColumnByHeader(["date", "title"], {
    da: { date: "Dato", title: "Aktivitet" },
    en: { date: "Date", title: "Activity" },
  });

  it("finds a column by its header in either language, in any case and with spaces around it", () => {
    expect(headerColumns([" DATO", "activity ", "Noter"], byHeader)).toEqual(["date", "title", null]);
  });

  it("finds a column by a name given beside the headers", () => {
    const withAlias = csvColumnByHeader(["date"], { da: { date: "Dato" }, en: { date: "Date" } }, [
      ["dag", "date"],
    ]);
    expect(withAlias.get("dag")).toBe("date");
  });

  it("reads a column named twice from its first place", () => {
    expect(firstColumnIndexes(["date", null, "title", "date"])).toEqual(
      new Map([
        ["date", 0],
        ["title", 2],
      ]),
    );
  });

  it("gives a row's cell unescaped, and what it is told under a column the header lacks", () => {
    const indexes = firstColumnIndexes<"date" | "title">(["title"]);
    const row = { line: 2, cells: ["'=SUM(A1) "] };
    expect(rowCell(row, indexes, "")("title")).toBe("=SUM(A1) ");
    expect(rowCell(row, indexes, "")("date")).toBe("");
    expect(rowCell(row, indexes, undefined)("date")).toBeUndefined();
  });
});
