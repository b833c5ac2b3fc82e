import { describe, expect, it } from "vitest";
import { messages } from "./messages";

describe("counts in the widgets' sentences", () => {
  it("writes thousands the Danish way on Danish pages", () => {
    const da = messages("da");
    expect(da.shownOf(10000, 10000)).toBe("Viser 10.000 af 10.000 indsatser");
    expect(da.initiativesCount(10000)).toBe("10.000 indsatser");
    expect(da.activities(5000)).toBe("5.000 aktiviteter");
    expect(da.more(1200)).toBe("1.200 flere");
    expect(da.fewer(1200)).toBe("1.200 færre");
  });

  it("writes thousands the English way on English pages", () => {
    const en = messages("en");
    expect(en.shownOf(10000, 10000)).toBe("Showing 10,000 of 10,000 initiatives");
    expect(en.activities(5000)).toBe("5,000 activities");
  });
});
