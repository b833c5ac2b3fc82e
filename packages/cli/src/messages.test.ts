import { describe, expect, it } from "vitest";
import { runMain as run } from "./testing";

describe("the CLI's sentences come from one catalogue", () => {
  it("names a bad --year the same way in import and date, in either language", async () => {
    const fromImport = await run(["import", "plan.txt", "--year", "abc", "--lang", "en"]);
    const fromDate = await run(["date", "Primo marts", "--year", "abc", "--lang", "en"]);
    expect(fromImport.code).toBe(2);
    expect(fromImport.stderr).toContain('--year must be a year, not "abc"');
    expect(fromDate.stderr).toContain('--year must be a year, not "abc"');
    expect((await run(["import", "plan.txt", "--year", "abc"])).stderr).toContain(
      '--year skal være et årstal, ikke "abc"',
    );
  });
});
