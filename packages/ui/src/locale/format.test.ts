import { intlLocale, type Locale } from "@milepael/core/lite";
import { describe, expect, it, vi } from "vitest";
import { formatCount } from "./format";
import { countingIntl } from "./intl.testHelpers";

describe("formatCount", () => {
  const counts = [0, 7, 42, 999, 1000, 1234, 10_000, 99_999, 100_000, 1_234_567, -1, -1234, 2 ** 53 - 1];

  it("writes whole counts as Intl writes them in each locale", () => {
    for (const locale of ["da", "en"] as const satisfies readonly Locale[]) {
      const intl = new Intl.NumberFormat(intlLocale(locale));
      for (const count of counts) expect(formatCount(count, locale)).toBe(intl.format(count));
    }
    expect(formatCount(10_000, "da")).toBe("10.000");
    expect(formatCount(10_000, "en")).toBe("10,000");
  });

  it("makes no Intl object for whole counts, and still formats fractions through Intl", async () => {
    // A fresh copy of the module: no formatter kept from the test before.
    vi.resetModules();
    const { formatCount } = await import("./format");
    countingIntl("NumberFormat", (made) => {
      formatCount(100_000, "da");
      formatCount(1234, "en");
      expect(made()).toBe(0);
      expect(formatCount(1234.5, "da")).toBe("1.234,5");
    });
  });
});
