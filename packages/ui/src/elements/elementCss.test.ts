// @vitest-environment node
import { describe, expect, it } from "vitest";
import { elementCss } from "../../elementCss.mjs";

describe("the custom elements' stylesheet", () => {
  it("carries the widgets the elements show, with the themes on the host", () => {
    const css = elementCss();
    expect(css).toContain(".mp-Timeline");
    expect(css).toContain(".mp-DecisionLog");
    expect(css).toContain(':host([theme="dark"])');
  });

  it("leaves out the report's rules, which no element shows", () => {
    expect(elementCss()).not.toContain(".mp-Report-table");
  });
});
