// Danish compounds are long ("Kommunikationsaktiviteter"): on a phone they must wrap inside their
// cards, never push the card wider than the screen.

import { budgetFollowUp2017, communicationPlan2017 } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import "./styles.css";
import { MilestoneTable } from "./milestoneTable/MilestoneTable";
import { StatusSummary } from "./statusSummary/StatusSummary";
import { AgendaList } from "./timeline/AgendaList";

const long = "Kommunikationsaktiviteterudviklingsarbejdsgruppemødeplanlægning";

/** The elements that reach past the right edge of the 320 px column (WCAG reflow) they are in. */
function overflowing(node: ReactNode): string[] {
  const { container } = render(
    <div lang="da" style={{ width: 320 }}>
      {node}
    </div>,
  );
  const column = (container.firstElementChild as HTMLElement).getBoundingClientRect();
  return (
    [...container.querySelectorAll<HTMLElement>("*")]
      .filter((element) => element.checkVisibility() && element.closest(".mp-visually-hidden") === null)
      // The table's sort buttons scroll sideways on purpose above the cards.
      .filter((element) => element.closest("thead") === null)
      .filter((element) => element.getBoundingClientRect().right > column.right + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
  );
}

const followUp = structuredClone(budgetFollowUp2017);
const first = followUp.sections[0]?.initiatives[0];
if (first) first.title = long;
const plan = structuredClone(communicationPlan2017);
const activity = plan.activities[0];
if (activity) activity.title = long;

describe("long Danish words on a narrow screen", () => {
  it("wrap inside the milestone table's cards", () => {
    expect(overflowing(<MilestoneTable document={followUp} />)).toEqual([]);
  });

  it("wrap inside the status summary", () => {
    expect(overflowing(<StatusSummary document={followUp} />)).toEqual([]);
  });

  it("wrap inside the agenda list", () => {
    expect(overflowing(<AgendaList document={plan} />)).toEqual([]);
  });
});
