// Server rendering: every built widget entry (what hosts import) loads without a window and
// renders to HTML with renderToString, so hosts can render on the server and hydrate on the client.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { round4 } from "./assessment/round4.testHelpers";

describe("server rendering, without a DOM", () => {
  it("runs in Node with no window or document", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  /** A built entry as a host uses it: imported when its test runs (not when this file loads), then rendered. */
  function entry<Module>(load: () => Promise<Module>, render: (module: Module) => ReactNode) {
    return async () => render(await load());
  }

  /** Each entry's widgets as a host renders them, and texts the HTML must (and must not) contain. */
  const entries: [string, () => Promise<ReactNode>, string[], string[]?][] = [
    [
      "the smiley, legend and badge",
      entry(
        () => import("@milepael/ui/smiley"),
        ({ Smiley, SmileyLegend, StatusBadge }) => (
          <>
            <Smiley status="red" label="meaning" />
            <SmileyLegend scale="economy" />
            <StatusBadge status="green" lifecycle="completed" />
          </>
        ),
      ),
      ["Rød: Milepæl er ikke opfyldt", "Budget er overholdt", "Afsluttet"],
    ],
    [
      "the status summary",
      entry(
        () => import("@milepael/ui/status-summary"),
        ({ StatusSummary }) => <StatusSummary document={budgetFollowUp2017} round="2017-3" />,
      ),
      ["Status ved 3. budgetopfølgning 2017"],
    ],
    [
      "rich text, without its script",
      entry(
        () => import("@milepael/ui/rich-text"),
        ({ RichText }) => <RichText html="<p>Et <em>afsnit</em><script>x()</script></p>" />,
      ),
      ["<em>afsnit</em>"],
      ["script"],
    ],
    [
      "the milestone table with its rows",
      entry(
        () => import("@milepael/ui/milestone-table"),
        ({ MilestoneTable }) => <MilestoneTable document={budgetFollowUp2017} />,
      ),
      ["UCC - anvendelse og udvikling", "Viser 14 af 14 indsatser"],
    ],
    [
      "the assessment table of an open round and the round's changes",
      entry(
        () => import("@milepael/ui/assessment"),
        ({ AssessmentTable, RoundDiff }) => (
          <>
            <AssessmentTable document={round4} by="Anne" draftKey="drafts" />
            <RoundDiff document={budgetFollowUp2017} />
          </>
        ),
      ),
      [
        "Vurdering af 4. budgetopfølgning 2017",
        "Ændringer fra 2. budgetopfølgning 2017 til 3. budgetopfølgning 2017",
      ],
    ],
    [
      "the timeline and the agenda list",
      entry(
        () => import("@milepael/ui/timeline"),
        ({ Timeline, AgendaList }) => (
          <>
            <Timeline document={implementationPlan2017} today="2017-06-01" />
            <AgendaList document={implementationPlan2017} />
          </>
        ),
      ),
      ["Cykeltur rundt i Ballerup", "maj 2017"],
    ],
    [
      "the annual wheel",
      entry(
        () => import("@milepael/ui/annual-wheel"),
        ({ AnnualWheel }) => <AnnualWheel document={implementationPlan2017} today="2017-06-01" />,
      ),
      ["Cykeltur rundt i Ballerup", "<svg"],
    ],
    [
      "the decision log and the meeting calendar",
      entry(
        () => import("@milepael/ui/meetings"),
        ({ DecisionLog, MeetingCalendar }) => (
          <>
            <DecisionLog
              document={meetingsLejre2017}
              defaultExpanded={{ "17-4-udvalget-2017-01-03#2": true }}
            />
            <MeetingCalendar document={meetingsLejre2017} today="2017-06-01" />
          </>
        ),
      ),
      ["Gert Fabrin blev valgt som næstformand.", "Taget til efterretning", "<svg"],
    ],
    [
      "the charts' figures and tables",
      entry(
        () => import("@milepael/ui/charts"),
        ({ StatusByRoundChart, StatusDistributionChart }) => (
          <>
            <StatusByRoundChart document={budgetFollowUp2017} />
            <StatusDistributionChart document={budgetFollowUp2017} by="centre" />
          </>
        ),
      ),
      ["Status for milepæle pr. opfølgning", "Vis tallene som tabel"],
    ],
  ];

  it.each(entries)("renders %s", async (_name, widgets, present, absent = []) => {
    const html = renderToString(await widgets());
    for (const text of present) expect(html).toContain(text);
    for (const text of absent) expect(html).not.toContain(text);
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
