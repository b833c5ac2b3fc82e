import { describe, expect, it } from "vitest";
import { catalogueByLocale, intlLocale } from "./locale";

describe("intlLocale", () => {
  it("formats Danish numbers with Danish separators and English ones with English", () => {
    expect(new Intl.NumberFormat(intlLocale("da")).format(1234.5)).toBe("1.234,5");
    expect(new Intl.NumberFormat(intlLocale("en")).format(1234.5)).toBe("1,234.5");
  });
});

describe("catalogueByLocale", () => {
  it("gives each language its own words from messages written side by side", () => {
    const text = catalogueByLocale<{ total: string; of: (name: string) => string }>({
      total: { da: "I alt", en: "Total" },
      of: { da: (name) => `Punkter: ${name}`, en: (name) => `Items: ${name}` },
    });
    expect(text.da.total).toBe("I alt");
    expect(text.en.of("Byråd")).toBe("Items: Byråd");
  });
});
