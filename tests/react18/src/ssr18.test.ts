// @vitest-environment node
import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { AnnualWheel } from "@milepael/ui/annual-wheel";
import { DecisionLog, MeetingCalendar } from "@milepael/ui/meetings";
import { MilestoneTable } from "@milepael/ui/milestone-table";
import { Smiley } from "@milepael/ui/smiley";
import { StatusSummary } from "@milepael/ui/status-summary";
import { Timeline } from "@milepael/ui/timeline";
import { createElement, Fragment, version } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

describe("server rendering on React 18", () => {
  it("renders every widget entry to HTML without a DOM", () => {
    expect(version).toMatch(/^18\.3\./);
    const html = renderToString(
      createElement(
        Fragment,
        null,
        createElement(Smiley, { status: "green", label: "name" }),
        createElement(StatusSummary, { document: budgetFollowUp2017, round: "2017-3" }),
        createElement(MilestoneTable, { document: budgetFollowUp2017 }),
        createElement(Timeline, { document: implementationPlan2017, today: "2017-06-01" }),
        createElement(AnnualWheel, { document: implementationPlan2017, today: "2017-06-01" }),
        createElement(DecisionLog, { document: meetingsLejre2017 }),
        createElement(MeetingCalendar, { document: meetingsLejre2017, today: "2017-06-01" }),
      ),
    );
    expect(html).toContain("Grøn");
    expect(html).toContain("Status ved 3. budgetopfølgning 2017");
    expect(html).toContain("UCC - anvendelse og udvikling");
    expect(html).toContain("Cykeltur rundt i Ballerup");
    expect(html).toContain("17,4 - Valg af næstformand");
  });
});
