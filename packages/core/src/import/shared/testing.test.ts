import { describe, expect, it } from "vitest";
import { dedent } from "./testing";

describe("dedent", () => {
  it("gives a template literal's lines without their shared indentation and the breaks by the backticks", () => {
    expect(dedent`
      Referat Økonomiudvalget

        1. Budget
      Beslutning:\tGodkendt.
    `).toBe("Referat Økonomiudvalget\n\n  1. Budget\nBeslutning:\tGodkendt.");
  });

  it("keeps a tab that starts a line and the lines of a value put in", () => {
    const cells = "a\n  b";
    expect(dedent`
      \tSmiley
      ${cells}
      c
    `).toBe("\tSmiley\na\n  b\nc");
  });
});
