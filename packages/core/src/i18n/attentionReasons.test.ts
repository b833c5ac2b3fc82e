import { describe, expect, it } from "vitest";
import { attentionReasons } from "../rules/needsAttention";
import { attentionReasonLabel } from "./attentionReasons";

describe("attentionReasonLabel", () => {
  it("names every reason in Danish and English, each differently", () => {
    for (const locale of ["da", "en"] as const) {
      const labels = attentionReasons.map((reason) => attentionReasonLabel(reason, locale));
      expect(new Set(labels).size).toBe(attentionReasons.length);
    }
    expect(attentionReasonLabel("economy-red", "en")).toBe("The economy is red");
  });
});
