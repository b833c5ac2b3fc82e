import { describe, expect, it } from "vitest";
import { dateExpressionSchema } from "./common.schema";
import { toDateExpression } from "./dateExpression";

describe("toDateExpression", () => {
  it("keeps the author's text beside the interval", () => {
    const date = toDateExpression("Primo marts", { year: 2017 });
    expect(date).toMatchObject({
      text: "Primo marts",
      kind: "part-of-month",
      start: "2017-03-01",
      end: "2017-03-10",
    });
    expect(dateExpressionSchema.parse(date)).toEqual(date);
  });

  it("keeps text it does not understand, with the reason and no interval", () => {
    const date = toDateExpression("Fotografering:", { year: 2017 });
    expect(date).toMatchObject({
      text: "Fotografering:",
      kind: null,
      start: null,
      end: null,
      reason: "not-a-date",
    });
    expect(dateExpressionSchema.parse(date)).toEqual(date);
  });

  it("refuses a stored interval that ends before it starts", () => {
    const date = { ...toDateExpression("8. maj", { year: 2017 }), start: "2017-05-09" };
    expect(dateExpressionSchema.safeParse(date).success).toBe(false);
  });
});
