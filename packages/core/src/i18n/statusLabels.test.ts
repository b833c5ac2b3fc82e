import { describe, expect, it } from "vitest";
import { lifecycleStates, statusScales, statusValues } from "../status/status";
import { toLocale } from "./locale";
import { lifecycleLabel, statusLabel } from "./statusLabels";

describe("status labels", () => {
  it("uses the reading guide's wording for a met milestone", () => {
    expect(statusLabel("green", "milestone", "da")).toEqual({ name: "Grøn", meaning: "Milepæl er opfyldt" });
    expect(statusLabel("green", "milestone", "en").meaning).toBe("Milestone met");
  });

  it("has a distinct name for every status in both languages", () => {
    for (const locale of ["da", "en"] as const) {
      for (const scale of statusScales) {
        const names = statusValues.map((s) => statusLabel(s, scale, locale).name);
        expect(new Set(names).size).toBe(statusValues.length);
      }
      const lifecycle = lifecycleStates.map((s) => lifecycleLabel(s, locale));
      expect(new Set(lifecycle).size).toBe(lifecycleStates.length);
    }
  });

  it("reads locales from language tags and falls back to Danish", () => {
    expect(toLocale("en-GB")).toBe("en");
    expect(toLocale("da_DK")).toBe("da");
    expect(toLocale("fr")).toBe("da");
    expect(toLocale(undefined)).toBe("da");
  });
});
