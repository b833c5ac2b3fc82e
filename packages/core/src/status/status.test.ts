import { describe, expect, it } from "vitest";
import { isDefinedOnScale, scaleLevels, statusFace, statusSeverity, statusValues } from "./status";

describe("status scales", () => {
  it("gives milestones three levels and economy two", () => {
    expect(scaleLevels("milestone")).toEqual(["green", "yellow", "red"]);
    expect(scaleLevels("economy")).toEqual(["green", "red"]);
  });

  it("does not define yellow on the economy scale", () => {
    expect(isDefinedOnScale("economy", "yellow")).toBe(false);
    expect(isDefinedOnScale("milestone", "yellow")).toBe(true);
  });

  it("accepts not-assessed on both scales", () => {
    expect(isDefinedOnScale("economy", "not-assessed")).toBe(true);
    expect(isDefinedOnScale("milestone", "not-assessed")).toBe(true);
  });

  it("orders severity so that red is worst and a blank never outranks a colour", () => {
    const ordered = [...statusValues].sort((a, b) => statusSeverity(a) - statusSeverity(b));
    expect(ordered).toEqual(["not-assessed", "green", "yellow", "red"]);
  });

  it("gives every status its own face, so colour never stands alone", () => {
    const faces = statusValues.map(statusFace);
    expect(new Set(faces).size).toBe(statusValues.length);
  });
});
