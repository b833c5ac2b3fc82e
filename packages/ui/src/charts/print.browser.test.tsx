import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { eventually } from "../internal/eventually.testHelpers";
import { usePrintMedia } from "../internal/printMedia.testHelpers";
import { StatusByRoundChart } from "./index";

describe("a chart in print", () => {
  const printMedia = usePrintMedia();

  it("prints the chart and its figures as a table, which keeps the data where colours do not print", async () => {
    const { container } = render(
      <div style={{ width: 800 }}>
        <StatusByRoundChart document={budgetFollowUp2017} />
      </div>,
    );
    await eventually(() => expect(container.querySelector(".mp-Chart-canvas svg")).toBeTruthy());
    const printed = (selector: string) =>
      [...container.querySelectorAll(selector)].filter((element) => element.checkVisibility());
    // On screen the table waits behind its disclosure.
    expect(printed(".mp-Chart-data td")).toEqual([]);
    await printMedia();
    expect(printed(".mp-Chart-canvas svg").length).toBeGreaterThan(0);
    expect(printed(".mp-Chart-data caption").length).toBe(1);
    expect(printed(".mp-Chart-data td").map((cell) => cell.textContent)).toEqual(
      [...container.querySelectorAll(".mp-Chart-data td")].map((cell) => cell.textContent),
    );
    expect(printed(".mp-Chart-data td").length).toBeGreaterThan(0);
    // "Vis tabel" opens nothing on paper.
    expect(printed(".mp-Chart-table > summary")).toEqual([]);
  });
});
