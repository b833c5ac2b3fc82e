import { communicationPlan2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../styles.css";
import { RichText } from "../richText/RichText";
import { SmileyLegend } from "../smiley/SmileyLegend";
import { AgendaList } from "../timeline/AgendaList";

describe("the kit's typography on a serif host page", () => {
  it("sets the kit's font on the legend, rich text and agenda list, so no serif leaks in", () => {
    const { container } = render(
      <div style={{ fontFamily: "serif" }}>
        <SmileyLegend title="Milepæle" />
        <RichText html="<p>Tekst</p>" />
        <AgendaList document={communicationPlan2017} />
      </div>,
    );
    const kitFont = getComputedStyle(document.documentElement).getPropertyValue("--mp-font").trim();
    expect(kitFont).not.toBe("");
    for (const selector of [".mp-SmileyLegend", ".mp-RichText", ".mp-AgendaList"]) {
      const element = container.querySelector(selector) as HTMLElement;
      expect(getComputedStyle(element).fontFamily, selector).not.toBe("serif");
    }
  });

  it("never capitalises every word of a Danish heading, and keeps running text to a readable measure", () => {
    const { container } = render(
      <div style={{ width: 2000 }}>
        <AgendaList document={communicationPlan2017} />
        <RichText html={`<p>${"ord ".repeat(400)}</p>`} />
      </div>,
    );
    const heading = container.querySelector(".mp-AgendaList h4") as HTMLElement;
    expect(getComputedStyle(heading).textTransform).toBe("none");
    const text = container.querySelector(".mp-RichText") as HTMLElement;
    const ch = Number.parseFloat(getComputedStyle(text).fontSize) * 0.5;
    expect(text.getBoundingClientRect().width / ch).toBeLessThanOrEqual(90);
  });
});
