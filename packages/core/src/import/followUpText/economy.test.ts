import { describe, expect, it } from "vitest";
import { readAmount } from "./economy";

describe("readAmount", () => {
  it("reads the amounts economy lines write: millions, thousands, decimal commas, thousands points", () => {
    expect(readAmount("Besparelse 1,1 mio. kr.")).toEqual({ amount: 1100000, amountType: "saving" });
    expect(readAmount("Merudgift 1.500 t.kr.")).toEqual({ amount: 1500000, amountType: "expense" });
    expect(readAmount("Besparelse på 500.000 kr.")).toEqual({ amount: 500000, amountType: "saving" });
  });

  it("reads thousands written with spaces, as Danish typography groups them, never as the last group alone", () => {
    expect(readAmount("Besparelse 1 500 000 kr.")).toEqual({ amount: 1500000, amountType: "saving" });
    expect(readAmount("Besparelse 1\u00a0500\u00a0000 kr.")).toEqual({
      amount: 1500000,
      amountType: "saving",
    });
    expect(readAmount("Udgift 17 500,50 kr.")).toEqual({ amount: 17501, amountType: "expense" });
    // A year before an amount is no thousands group of it.
    expect(readAmount("Afsat i 2017 500 kr.")).toEqual({ amount: 500, amountType: "expense" });
  });
});
