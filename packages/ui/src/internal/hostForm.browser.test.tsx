// The widgets on a page that is one big form, as ASP.NET Web Forms and classic SharePoint pages
// are: Enter in a field submits that form, which reloads the page and loses what the reader did.

import { budgetFollowUp2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import "../styles.css";
import { AssessmentTable } from "../assessment/AssessmentTable";
import { round4 } from "../assessment/round4.testHelpers";
import { DecisionLog } from "../meetings/DecisionLog";
import { MilestoneTable } from "../milestoneTable/MilestoneTable";

/** Renders a widget inside the page's form and counts the times the page would be submitted. */
function insidePageForm(widget: ReactNode) {
  const submitted: string[] = [];
  const view = render(
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submitted.push("submitted");
      }}
    >
      <button type="submit">Søg på intranettet</button>
      {widget}
    </form>,
  );
  return { ...view, submitted };
}

describe("widgets inside a page that is one form", () => {
  it("filters as the reader types in a table's search, and Enter there does not submit the page", async () => {
    for (const widget of [
      <MilestoneTable key="table" document={budgetFollowUp2017} />,
      <DecisionLog key="log" document={meetingsLejre2017} />,
    ]) {
      const { container, submitted, unmount } = insidePageForm(widget);
      const search = container.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
      search.focus();
      await userEvent.keyboard("skole{Enter}");
      expect(search.value).toBe("skole");
      expect(submitted).toEqual([]);
      unmount();
    }
  });

  it("saves a smiley picked by keyboard on Enter, as the table's instructions say, without submitting the page", async () => {
    const saved: string[] = [];
    const { container, submitted } = insidePageForm(
      <AssessmentTable
        document={round4}
        by="Anne Centerchef"
        onChange={({ operation }) => saved.push(operation.status)}
      />,
    );
    const economy = container.querySelector('tr[data-target="economy"]') as HTMLElement;
    (economy.querySelector('input[value="not-assessed"]') as HTMLInputElement).focus();
    // 1 picks green; Enter saves it, as in the note field.
    await userEvent.keyboard("1{Enter}");
    expect(saved).toEqual(["green"]);
    expect(submitted).toEqual([]);
  });
});
