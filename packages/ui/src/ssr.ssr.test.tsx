// Server rendering: every built widget entry (what hosts import) loads without a window and
// renders to HTML with renderToString, so hosts can render on the server and hydrate on the client.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

describe("server rendering, without a DOM", () => {
  it("runs in Node with no window or document", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("renders the smiley, legend and badge", async () => {
    const { Smiley, SmileyLegend, StatusBadge } = await import("@milepael/ui/smiley");
    const html = renderToString(
      <>
        <Smiley status="red" label="meaning" />
        <SmileyLegend scale="economy" />
        <StatusBadge status="green" lifecycle="completed" />
      </>,
    );
    expect(html).toContain("Rød: Milepæl er ikke opfyldt");
    expect(html).toContain("Budget er overholdt");
    expect(html).toContain("Afsluttet");
  });

  it("renders the status summary and rich text", async () => {
    const { StatusSummary } = await import("@milepael/ui/status-summary");
    const { RichText } = await import("@milepael/ui/rich-text");
    const html = renderToString(
      <>
        <StatusSummary document={budgetFollowUp2017} round="2017-3" />
        <RichText html="<p>Et <em>afsnit</em><script>x()</script></p>" />
      </>,
    );
    expect(html).toContain("Status ved 3. budgetopfølgning 2017");
    expect(html).toContain("<em>afsnit</em>");
    expect(html).not.toContain("script");
  });

  it("renders the milestone table with its rows", async () => {
    const { MilestoneTable } = await import("@milepael/ui/milestone-table");
    const html = renderToString(<MilestoneTable document={budgetFollowUp2017} />);
    expect(html).toContain("UCC - anvendelse og udvikling");
    expect(html).toContain("Viser 14 af 14 indsatser");
  });

  it("renders the assessment table of an open round and the round's changes", async () => {
    const { AssessmentTable, RoundDiff } = await import("@milepael/ui/assessment");
    const { startRound } = await import("@milepael/core/lite");
    const round4 = startRound(
      budgetFollowUp2017,
      { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
      { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
    ).document;
    const html = renderToString(
      <>
        <AssessmentTable document={round4} by="Anne" draftKey="drafts" />
        <RoundDiff document={budgetFollowUp2017} />
      </>,
    );
    expect(html).toContain("Vurdering af 4. budgetopfølgning 2017");
    expect(html).toContain("Ændringer fra 2. budgetopfølgning 2017 til 3. budgetopfølgning 2017");
  });

  it("renders the timeline, the agenda list and the annual wheel", async () => {
    const { Timeline, AgendaList } = await import("@milepael/ui/timeline");
    const { AnnualWheel } = await import("@milepael/ui/annual-wheel");
    const html = renderToString(
      <>
        <Timeline document={implementationPlan2017} today="2017-06-01" />
        <AgendaList document={implementationPlan2017} />
        <AnnualWheel document={implementationPlan2017} today="2017-06-01" />
      </>,
    );
    expect(html).toContain("Cykeltur rundt i Ballerup");
    expect(html).toContain("maj 2017");
    expect(html).toContain("<svg");
  });

  it("renders the decision log and the meeting calendar", async () => {
    const { DecisionLog, MeetingCalendar } = await import("@milepael/ui/meetings");
    const html = renderToString(
      <>
        <DecisionLog document={meetingsLejre2017} defaultExpanded={{ "17-4-udvalget-2017-01-03#2": true }} />
        <MeetingCalendar document={meetingsLejre2017} today="2017-06-01" />
      </>,
    );
    expect(html).toContain("Gert Fabrin blev valgt som næstformand.");
    expect(html).toContain("Taget til efterretning");
    expect(html).toContain("<svg");
  });

  it("writes the wheel's coordinates with at most two decimals, so that hydration in a browser matches", async () => {
    const { AnnualWheel } = await import("@milepael/ui/annual-wheel");
    const html = renderToString(<AnnualWheel document={implementationPlan2017} today="2017-06-01" />);
    const numbers = [...html.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy|r|d)="([^"]*)"/g)].flatMap(
      ([, value]) => value?.match(/-?\d+(?:\.\d+)?/g) ?? [],
    );
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((number) => /\.\d{3,}/.test(number))).toEqual([]);
  });

  it("renders the charts' figures and tables", async () => {
    const { StatusByRoundChart, StatusDistributionChart } = await import("@milepael/ui/charts");
    const html = renderToString(
      <>
        <StatusByRoundChart document={budgetFollowUp2017} />
        <StatusDistributionChart document={budgetFollowUp2017} by="centre" />
      </>,
    );
    expect(html).toContain("Status for milepæle pr. opfølgning");
    expect(html).toContain("Vis tallene som tabel");
  });

  it("imports the custom elements module without defining anything on the server", async () => {
    const { defineMilepaelElements } = await import("@milepael/ui/elements");
    expect(() => defineMilepaelElements()).not.toThrow();
  });
});

describe("the built entries", () => {
  it("keep 'use client' at the top of every ES module and chunk", () => {
    const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
    const modules = readdirSync(dist).filter(
      (file) => file.endsWith(".js") && file !== "milepael-elements.js",
    );
    expect(modules.length).toBeGreaterThan(8);
    for (const file of modules) {
      expect(readFileSync(path.join(dist, file), "utf8").startsWith('"use client";'), file).toBe(true);
    }
  });
});
