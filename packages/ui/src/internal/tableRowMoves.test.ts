import { describe, expect, it } from "vitest";
import { tableRowTarget } from "./tableRowMoves";

// Lines of a body: rows, and an open row's details (which take no focus).
const lines = ["row", "detail", "row", "row", "detail", "row"] as const;
const focusable = (index: number) => lines[index] === "row";
const target = (key: string, from: number) => tableRowTarget(key, from, lines.length, focusable);

describe("tableRowTarget", () => {
  it("steps over open details in the key's direction", () => {
    expect(target("ArrowDown", 0)).toBe(2);
    expect(target("ArrowUp", 2)).toBe(0);
    expect(target("ArrowDown", 3)).toBe(5);
  });

  it("goes to the first and last row with Home and End, and stops at the ends with Page keys", () => {
    expect(target("Home", 3)).toBe(0);
    expect(target("End", 0)).toBe(5);
    expect(target("PageDown", 0)).toBe(5);
    expect(target("PageUp", 5)).toBe(0);
  });

  it("leaves keys a table body does not handle alone, and says when a key leads nowhere", () => {
    expect(target("a", 0)).toBeUndefined();
    expect(tableRowTarget("ArrowDown", 0, 2, (index) => index === 0)).toBeNull();
  });
});
