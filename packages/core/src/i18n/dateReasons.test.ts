import { describe, expect, it } from "vitest";
import { dateFailureReasons } from "../date/types";
import { dateFailureMessage } from "./dateReasons";

describe("dateFailureMessage", () => {
  it("explains every failure reason in Danish and English", () => {
    for (const reason of dateFailureReasons) {
      expect(dateFailureMessage(reason, "da")).toMatch(/\.$/);
      expect(dateFailureMessage(reason, "en")).toMatch(/\.$/);
      expect(dateFailureMessage(reason, "da")).not.toBe(dateFailureMessage(reason, "en"));
    }
  });
});
