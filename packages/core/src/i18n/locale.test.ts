import { describe, expect, it } from "vitest";
import { intlLocale } from "./locale";

describe("intlLocale", () => {
  it("formats Danish numbers with Danish separators and English ones with English", () => {
    expect(new Intl.NumberFormat(intlLocale("da")).format(1234.5)).toBe("1.234,5");
    expect(new Intl.NumberFormat(intlLocale("en")).format(1234.5)).toBe("1,234.5");
  });
});
