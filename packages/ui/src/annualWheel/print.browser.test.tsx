import { implementationPlan2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { usePrintMedia } from "../internal/printMedia.testHelpers";
import { AnnualWheel } from "./index";

describe("the annual wheel in print", () => {
  const printMedia = usePrintMedia();

  it("prints its arcs and legend, not the year and download buttons, which do nothing on paper", async () => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <AnnualWheel document={implementationPlan2017} today="2017-05-10" />
      </div>,
    );
    await printMedia();
    const printed = (selector: string) =>
      [...container.querySelectorAll(selector)].filter((element) => element.checkVisibility());
    expect(printed(".mp-Button").map((button) => button.textContent)).toEqual([]);
    expect(printed(".mp-AnnualWheel-arc").length).toBeGreaterThan(0);
    expect(printed(".mp-AnnualWheel-legend").length).toBe(1);
  });
});
