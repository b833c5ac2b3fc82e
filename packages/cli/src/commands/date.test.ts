import { describe, expect, it } from "vitest";
import { runMain as run } from "../testing";

describe("milepael date", () => {
  it("prints the interval of a fuzzy Danish date as JSON", async () => {
    const { code, stdout } = await run(["date", "Primo marts", "--year", "2017"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      text: "Primo marts",
      kind: "part-of-month",
      start: "2017-03-01",
      end: "2017-03-10",
      approximate: true,
    });
  });

  it("prints null start and end for an ongoing activity", async () => {
    const { code, stdout } = await run(["date", "Løbende"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "ongoing", start: null, end: null });
  });

  it("exits 1 with the reason on stderr for text that is no date", async () => {
    const { code, stdout, stderr } = await run(["date", "30. februar 2018"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Datoen findes ikke i kalenderen.");
    expect(stderr).toContain("impossible-date");
  });

  it("explains in English with --lang en", async () => {
    const { stderr } = await run(["date", "Fotografering:", "--lang", "en"]);
    expect(stderr).toContain("The text is not a date milepael knows.");
  });

  it("asks for a year rather than guessing one", async () => {
    const { code, stderr } = await run(["date", "8. maj"]);
    expect(code).toBe(1);
    expect(stderr).toContain("missing-year");
  });

  it("exits 2 on bad usage", async () => {
    expect((await run(["date"])).code).toBe(2);
    expect((await run(["date", "maj", "--year", "nineteen"])).code).toBe(2);
    expect((await run(["date", "maj", "--frobnicate"])).code).toBe(2);
  });

  it("has its own help", async () => {
    const { code, stdout } = await run(["date", "--help", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: milepael date "<text>"');
  });
});
