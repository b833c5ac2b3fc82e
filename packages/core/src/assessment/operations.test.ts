import { describe, expect, it } from "vitest";
import { diagnosticMessage } from "../diagnostics/messages";
import { budgetFollowUp2017 } from "../fixtures";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { validateDocument } from "../model/document.schema";
import { checkDocument } from "../rules/checkDocument";
import type { Status } from "../status/status";
import {
  applyOperation,
  assess,
  openRound,
  publishRound,
  reopenRound,
  replayHistory,
  startRound,
  undoAssessment,
  validateAssessment,
} from "./operations";

const anne = { by: "Anne Jensen, Ejendomme", at: "2017-10-02T09:00:00Z" };
const finance = { by: "Økonomi", at: "2017-10-01T08:00:00Z" };
const codes = (result: { diagnostics: { code: string }[] }) => result.diagnostics.map((d) => d.code);

/** Anne assesses initiative 7.04's economy line, at her usual time unless `at` says otherwise. */
const assessEconomy = (document: BudgetFollowUp, status: Status, note?: string, at = anne.at) =>
  assess(document, {
    initiativeId: "7.04",
    milestone: "economy",
    status,
    ...(note === undefined ? {} : { note }),
    ...anne,
    at,
  });

/** A fourth round for 2017, new to the document, with the cut-off given. */
const round4 = (cutOff: string) => ({
  id: "2017-4",
  label: "4. budgetopfølgning 2017",
  kind: "follow-up" as const,
  cutOff,
});

/** The 2017 follow-up with the third round open, as a centre meets it. */
const opened = startRound(budgetFollowUp2017, "2017-3", finance).document;

describe("startRound", () => {
  it("opens the round, makes it current, freezes the earlier ones and records who and when", () => {
    const result = startRound(budgetFollowUp2017, "2017-3", finance);
    expect(openRound(result.document)?.id).toBe("2017-3");
    expect(result.document.currentRound).toBe("2017-3");
    expect(result.document.rounds.map((round) => round.state)).toEqual([
      "published",
      "published",
      "open",
      undefined,
    ]);
    expect(result.document.history).toEqual([
      { type: "round-started", round: "2017-3", closed: ["2017-1", "2017-2"], ...finance },
    ]);
    expect(diagnosticMessage(result.diagnostics[0]!, "da")).toBe(
      "Tidligere opfølgninger er nu låst, så de ikke kan ændres: 1. budgetopfølgning 2017, 2. budgetopfølgning 2017.",
    );
  });

  it("adds a new round in cut-off order", () => {
    const { document } = startRound(budgetFollowUp2017, round4("2017-11-30"), finance);
    expect(document.rounds.map((round) => round.id)).toEqual([
      "2017-1",
      "2017-2",
      "2017-3",
      "2017-4",
      "2017-year-end",
    ]);
    expect(document.rounds[3]).toEqual({ ...round4("2017-11-30"), state: "open" });
  });

  it("refuses a new round without a real cut-off day", () => {
    const result = startRound(budgetFollowUp2017, round4("2017-11-31"), finance);
    expect(result.document).toBe(budgetFollowUp2017);
    expect(result.diagnostics).toMatchObject([
      { code: "assessment.invalid-entry", params: { field: "round" } },
    ]);
    expect(diagnosticMessage(result.diagnostics[0]!, "en")).toBe(
      "The round needs an id, a label and a cut-off date (YYYY-MM-DD).",
    );
  });

  it("refuses a second open round and an unknown one", () => {
    expect(codes(startRound(opened, "2017-year-end", finance))).toEqual(["assessment.another-round-open"]);
    const unknown = startRound(opened, "2017-9", finance);
    expect(unknown.document).toBe(opened);
    expect(codes(unknown)).toContain("rules.unknown-round");
  });

  it("leaves the document valid against the schema", () => {
    expect(validateDocument(JSON.parse(JSON.stringify(opened))).diagnostics).toEqual([]);
  });

  it("refuses a new round labelled like one the document has, whatever the case", () => {
    const result = startRound(
      budgetFollowUp2017,
      { ...round4("2017-11-30"), label: " 3. Budgetopfølgning 2017" },
      finance,
    );
    expect(result.document).toBe(budgetFollowUp2017);
    expect(codes(result)).toEqual(["assessment.duplicate-round-label"]);
    expect(diagnosticMessage(result.diagnostics[0]!, "da")).toBe(
      'Betegnelsen " 3. Budgetopfølgning 2017" bruges allerede af opfølgningen 2017-3; giv den nye opfølgning sin egen.',
    );
  });
});

describe("the time of an entry", () => {
  it("keeps an entry dated before the history's latest event, and warns that the order is broken", () => {
    const backdated = assessEconomy(opened, "green", "Budgettet holder.", "2017-09-30T12:00:00+02:00");
    expect(codes(backdated)).toContain("assessment.time-before-history");
    expect(backdated.event).not.toBeNull();
    expect(
      diagnosticMessage(
        backdated.diagnostics.find((d) => d.code === "assessment.time-before-history")!,
        "en",
      ),
    ).toBe(
      "The time 2017-09-30T12:00:00+02:00 is before the history's latest event (2017-10-01T08:00:00Z); the event is kept, but the history is no longer in time order.",
    );
    // Later, or the same time written in another zone: no warning.
    const sameTime = assessEconomy(opened, "green", undefined, "2017-10-01T10:00:00+02:00");
    expect(codes(sameTime)).not.toContain("assessment.time-before-history");
  });
});

describe("assess: the reading guide at the point of entry", () => {
  it("sets a milestone's status and note and records from → to with who and when", () => {
    const { document, diagnostics, event } = assess(opened, {
      initiativeId: "6.01",
      milestone: 2,
      status: "yellow",
      note: "Udbuddet er forsinket en måned.",
      ...anne,
    });
    expect(diagnostics).toEqual([]);
    expect(document.sections[1]!.initiatives[0]!.milestones[2]).toMatchObject({
      status: "yellow",
      statusNote: "Udbuddet er forsinket en måned.",
    });
    expect(event).toEqual({
      type: "assessed",
      round: "2017-3",
      initiativeId: "6.01",
      target: 2,
      from: "not-assessed",
      to: "yellow",
      note: "Udbuddet er forsinket en måned.",
      ...anne,
    });
    expect(document.history?.at(-1)).toEqual(event);
  });

  it("refuses yellow on the economy line, saying which levels the guide allows", () => {
    const result = assessEconomy(opened, "yellow", "x");
    expect(result.document).toBe(opened);
    expect(result.event).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({
      level: "error",
      code: "assessment.level-not-on-scale",
      path: ["sections", 2, "initiatives", 3, "economy", "status"],
    });
    expect(diagnosticMessage(result.diagnostics[0]!, "da")).toBe(
      "Økonomi kan ikke være gul; læsevejledningen tillader grøn eller rød.",
    );
    expect(diagnosticMessage(result.diagnostics[0]!, "en")).toBe(
      "The economy cannot be yellow; the reading guide allows green or red.",
    );
  });

  it("takes yellow on the economy line when the document's own guide defines it", () => {
    const threeLevels = {
      ...opened,
      readingGuide: { economyLevels: ["green" as const, "yellow" as const, "red" as const] },
    };
    const result = assessEconomy(threeLevels, "yellow", "x");
    expect(result.diagnostics).toEqual([]);
    expect(result.document.sections[2]!.initiatives[3]!.economy).toMatchObject({
      status: "yellow",
      round: "2017-3",
    });
  });

  it("asks for a new economy note in a new round, and records the economy again even when it stays the same", () => {
    const round3 = assessEconomy(opened, "red", "Overskredet.");
    const published = publishRound(round3.document, "2017-3", finance).document;
    const yearEnd = startRound(published, "2017-year-end", finance).document;
    const stale = assessEconomy(yearEnd, "red");
    expect(codes(stale)).toEqual(["assessment.note-required"]);
    const again = assessEconomy(yearEnd, "red", "Stadig.");
    expect(again.event).toMatchObject({
      round: "2017-year-end",
      fromRound: "2017-3",
      from: "red",
      to: "red",
    });
  });

  it("refuses red without a status note, and takes it with one", () => {
    const input = { initiativeId: "6.01", milestone: 2, status: "red" as const, ...anne };
    const refused = assess(opened, input);
    expect(codes(refused)).toEqual(["assessment.note-required"]);
    expect(diagnosticMessage(refused.diagnostics[0]!, "en")).toBe(
      "A red assessment needs a status note that says why.",
    );
    expect(codes(assess(opened, { ...input, note: "Ingen tilbud." }))).toEqual([]);
  });

  it("asks for a new note when a milestone goes from red to green in one round", () => {
    const input = { initiativeId: "7.02", milestone: 2, status: "green" as const, ...anne };
    expect(codes(assess(opened, input))).toEqual(["assessment.note-required-for-jump"]);
    const oldNote = opened.sections[2]!.initiatives[1]!.milestones[2]!.statusNote;
    expect(codes(assess(opened, { ...input, note: oldNote }))).toEqual(["assessment.note-required-for-jump"]);
    expect(codes(assess(opened, { ...input, note: "Byggeriet er færdigt." }))).toEqual([]);
  });

  it("asks for a note when an initiative red at the previous round turns green", () => {
    // 7.03 was red at 2017-3; its year-end milestone is not assessed yet.
    const published = publishRound(opened, "2017-3", finance).document;
    const yearEnd = startRound(published, "2017-year-end", finance).document;
    const input = { initiativeId: "7.03", milestone: 3, status: "green" as const, ...anne };
    expect(codes(assess(yearEnd, input))).toEqual(["assessment.note-required-for-jump"]);
    expect(diagnosticMessage(validateAssessment(yearEnd, input)[0]!, "da")).toBe(
      "Fra rød til grøn på én opfølgning kræver en ny statusnote, der forklarer ændringen.",
    );
    expect(codes(assess(yearEnd, { ...input, note: "Bygningerne er klar." }))).toEqual([]);
    expect(codes(assess(yearEnd, { ...input, initiativeId: "7.04" }))).toEqual([]);
  });

  it("warns, but accepts, a milestone due in a later round", () => {
    const result = assess(opened, { initiativeId: "6.12", milestone: 3, status: "green", ...anne });
    expect(result.diagnostics).toMatchObject([{ level: "warning", code: "assessment.early" }]);
    expect(result.event).not.toBeNull();
  });

  it("refuses any change to a round that is published", () => {
    const result = assess(opened, { initiativeId: "6.01", milestone: 1, status: "green", ...anne });
    expect(codes(result)).toEqual(["assessment.round-published"]);
    expect(result.document).toBe(opened);
  });

  it("refuses everything when no round is open", () => {
    expect(
      codes(assess(budgetFollowUp2017, { initiativeId: "6.01", milestone: 2, status: "green", ...anne })),
    ).toEqual(["assessment.no-open-round"]);
  });

  it("names unknown initiatives and milestones, and a missing author or time", () => {
    expect(codes(assess(opened, { initiativeId: "9.99", milestone: 0, status: "green", ...anne }))).toEqual([
      "assessment.unknown-initiative",
    ]);
    expect(codes(assess(opened, { initiativeId: "6.01", milestone: 7, status: "green", ...anne }))).toEqual([
      "assessment.unknown-milestone",
    ]);
    expect(
      codes(assess(opened, { initiativeId: "6.01", milestone: 2, status: "green", by: " ", at: "i går" })),
    ).toEqual(["assessment.invalid-entry", "assessment.invalid-entry"]);
  });

  it("tells a form what is wrong with a pending edit without changing anything", () => {
    const pending = { initiativeId: "6.01", milestone: 2, status: "yellow" as const, ...anne };
    expect(validateAssessment(opened, pending)).toMatchObject([
      {
        code: "assessment.note-required",
        path: ["sections", 1, "initiatives", 0, "milestones", 2, "status"],
      },
    ]);
    expect(opened.history).toHaveLength(1);
  });

  it("records nothing when the status and note stay the same", () => {
    const result = assess(opened, { initiativeId: "6.12", milestone: 2, status: "green", ...anne });
    expect(result.event).toBeNull();
    expect(result.document).toBe(opened);
  });

  it("undoes an assessment by assessing the earlier status again, keeping both in the history", () => {
    const done = assess(opened, { initiativeId: "6.01", milestone: 2, status: "green", ...anne });
    const undone = assess(done.document, {
      ...undoAssessment(done.event as never),
      ...anne,
      at: "2017-10-02T09:01:00Z",
    });
    expect(undone.document.sections[1]!.initiatives[0]!.milestones[2]!.status).toBe("not-assessed");
    expect(undone.document.history).toHaveLength(3);
  });
});

describe("publishRound and reopenRound", () => {
  it("publishes with a warning listing what was not assessed, and freezes the round", () => {
    const result = publishRound(opened, "2017-3", { by: "Økonomi", at: "2017-10-27T12:00:00Z" });
    expect(result.diagnostics).toMatchObject([
      {
        level: "warning",
        code: "assessment.not-assessed-at-publish",
        params: { count: 2, milestones: "6.01 (3), 6.20 (3)" },
      },
    ]);
    expect(diagnosticMessage(result.diagnostics[0]!, "da")).toBe(
      "2 milepæle til 3. budgetopfølgning 2017 er ikke vurderet: 6.01 (3), 6.20 (3).",
    );
    expect(result.document.rounds[2]?.state).toBe("published");
    expect(
      codes(
        assess(result.document, { initiativeId: "6.12", milestone: 2, status: "red", note: "x", ...anne }),
      ),
    ).toContain("assessment.round-published");
  });

  it("refuses publishing when the document's guide requires every milestone assessed", () => {
    const strict = { ...opened, readingGuide: { notAssessedAtPublish: "error" as const } };
    const result = publishRound(strict, "2017-3", finance);
    expect(result.document).toBe(strict);
    expect(result.diagnostics[0]?.level).toBe("error");
  });

  it("reopens only the latest published round, and only with a reason", () => {
    const published = publishRound(opened, "2017-3", finance).document;
    expect(codes(reopenRound(published, "2017-2", { reason: "Fejl", ...finance }))).toEqual([
      "assessment.reopen-not-latest",
    ]);
    expect(codes(reopenRound(published, "2017-3", { reason: " ", ...finance }))).toEqual([
      "assessment.reason-required",
    ]);
    const reopened = reopenRound(published, "2017-3", { reason: "5.03 fik forkert status", ...finance });
    expect(reopened.diagnostics).toEqual([]);
    expect(openRound(reopened.document)?.id).toBe("2017-3");
    expect(reopened.document.history?.at(-1)).toMatchObject({
      type: "round-reopened",
      reason: "5.03 fik forkert status",
    });
  });
});

describe("the history", () => {
  it("replays to the same document", () => {
    let document = budgetFollowUp2017;
    for (const operation of [
      { type: "start-round", round: "2017-3", ...finance },
      { type: "assess", initiativeId: "6.01", milestone: 2, status: "red", note: "Forsinket", ...anne },
      { type: "assess", initiativeId: "7.03", milestone: "economy", status: "green", note: "Holdt", ...anne },
      { type: "publish-round", round: "2017-3", ...finance },
      { type: "start-round", round: "2017-year-end", ...finance },
      {
        type: "assess",
        initiativeId: "7.03",
        milestone: "economy",
        status: "red",
        note: "Overskredet",
        ...anne,
      },
    ] as const) {
      document = applyOperation(document, operation).document;
    }
    expect(document.history).toHaveLength(6);
    expect(replayHistory(budgetFollowUp2017, document.history ?? [])).toEqual(document);
    expect(document.history?.[5]).toMatchObject({
      from: "green",
      to: "red",
      fromRound: "2017-3",
      round: "2017-year-end",
    });
  });
});

describe("checkDocument on a hand-edited follow-up", () => {
  it("reports two open rounds and a history that names what the document lacks", () => {
    const edited = {
      ...opened,
      rounds: opened.rounds.map((round) =>
        round.id === "2017-year-end" ? { ...round, state: "open" as const } : round,
      ),
      history: [
        ...(opened.history ?? []),
        { type: "round-published" as const, round: "2016-4", notAssessed: 0, ...finance },
      ],
    };
    const found = checkDocument(edited).filter((entry) => entry.code.startsWith("assessment."));
    expect(found.map((entry) => diagnosticMessage(entry, "en"))).toEqual([
      "Only one round can be open at a time, but these are: 3. budgetopfølgning 2017, 31.12.2017.",
      'The history names "2016-4", which is not in the document.',
    ]);
    expect(checkDocument(opened)).toEqual([]);
  });
});
