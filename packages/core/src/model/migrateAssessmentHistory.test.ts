import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDocument } from "./document.schema";
import { migrateAssessmentHistory } from "./migrateAssessmentHistory";

const v1 = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/schema-versions/v1/${name}`, import.meta.url), "utf8"));

describe("migrating version 1 to 2 (assessment history)", () => {
  it("gives a version 1 follow-up an empty history and keeps everything it said", () => {
    const written = v1("budget-follow-up-2017.json");
    const { document } = validateDocument(written);
    expect(document).toEqual({ ...written, schemaVersion: 2, history: [] });
  });

  it("leaves plans and a follow-up that already has a history as they are", () => {
    const plan = v1("communication-plan-2017.json");
    expect(migrateAssessmentHistory(plan)).toBe(plan);
    const withHistory = { type: "budget-follow-up", history: [{ type: "assessed" }] };
    expect(migrateAssessmentHistory(withHistory)).toBe(withHistory);
  });
});
