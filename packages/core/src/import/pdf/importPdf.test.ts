import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnosticMessage } from "../../diagnostics/messages";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MeetingsDocument } from "../../model/meetings.schema";
import type { PlanDocument } from "../../model/plan.schema";
import { withoutGuesses } from "../docx/testing";
import { importMeetingsText } from "../meetings/importMeetingsText";
import { importPlanText } from "../planText/read";
import { importPdf } from "./importPdf";

const office = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/office/${name}`, import.meta.url)));

describe("importPdf: hostile and wrong files get a clear error, never a hang or a crash", () => {
  it("says a PDF without a text layer is scanned, instead of returning an empty document", async () => {
    const { document, diagnostics } = await importPdf(office("hostile/scanned.pdf"));
    expect(document).toBeNull();
    expect(diagnostics.map((found) => found.code)).toEqual(["import.scanned-pdf"]);
    expect(diagnosticMessage(diagnostics[0] as (typeof diagnostics)[number], "en")).toContain(
      "no text layer",
    );
  });

  it("refuses CSV or JSON as the format of a PDF, naming the kind and format, as importFile does", async () => {
    for (const format of ["csv", "json"] as const) {
      const { document, diagnostics } = await importPdf(office("kommunikationsplan-2017.pdf"), { format });
      expect(document).toBeNull();
      expect(diagnostics.map((found) => [found.level, found.code, found.params])).toEqual([
        ["error", "import.format-not-for-file", { kind: "pdf", format }],
      ]);
    }
    const asPlan = await importPdf(office("kommunikationsplan-2017.pdf"), { format: "plan" });
    expect(asPlan.document?.type).toBe("plan");
  });

  it("refuses a PDF with JavaScript, run on opening or hidden in a form field's action", async () => {
    for (const name of ["hostile/javascript-and-form.pdf", "hostile/field-javascript.pdf"]) {
      const { document, diagnostics } = await importPdf(office(name));
      expect(document).toBeNull();
      expect(diagnostics.map((found) => [found.level, found.code, found.params.content])).toEqual([
        ["error", "import.pdf-active-content", "javascript"],
      ]);
      expect(diagnosticMessage(diagnostics[0] as (typeof diagnostics)[number], "da")).toContain(
        "indeholder JavaScript og læses ikke",
      );
    }
  });

  it("reads the text of a PDF with a form field and warns that the field was not read", async () => {
    const { document, diagnostics } = await importPdf(office("hostile/form.pdf"));
    expect((document as PlanDocument).activities.map((activity) => activity.title)).toEqual(["Workshop"]);
    // The title two lines below the date line is its own paragraph: the plan's title, and its year
    // places "8. maj".
    expect(document?.metadata).toMatchObject({ title: "Implementeringsplan 2017", date: "2017-05-04" });
    expect((document as PlanDocument).activities[0]?.date.start).toBe("2017-05-08");
    const active = diagnostics.filter((found) => found.code === "import.pdf-active-content");
    expect(active.map((found) => [found.level, found.params.content])).toEqual([["warning", "forms"]]);
    expect(diagnosticMessage(active[0] as (typeof active)[number], "en")).toContain("form fields");
  });

  it("reads a PDF that prints on opening: a named action is not JavaScript", async () => {
    const { document, diagnostics } = await importPdf(office("hostile/print-on-open.pdf"));
    expect((document as PlanDocument).activities.map((activity) => activity.title)).toEqual(["Workshop"]);
    expect(diagnostics.filter((found) => found.code === "import.pdf-active-content")).toEqual([]);
  });

  it("says a password-protected PDF is encrypted", async () => {
    const { document, diagnostics } = await importPdf(office("hostile/password.pdf"));
    expect(document).toBeNull();
    expect(diagnostics.map((found) => found.code)).toEqual(["import.encrypted"]);
  });

  it("says a truncated or garbled PDF is damaged", async () => {
    const whole = office("kommunikationsplan-2017.pdf");
    for (const bytes of [whole.subarray(0, 400), new TextEncoder().encode("%PDF-1.7\nnonsense")]) {
      const { document, diagnostics } = await importPdf(bytes);
      expect(document).toBeNull();
      expect(["import.pdf-damaged", "import.scanned-pdf"]).toContain(diagnostics[0]?.code);
    }
  });

  it("reports progress page by page", async () => {
    const seen: string[] = [];
    await importPdf(office("implementeringsplan-vision-2029.pdf"), {
      onProgress: (read, pages) => seen.push(`${read}/${pages}`),
    });
    expect(seen).toEqual(["1/2", "2/2"]);
  });
});

describe("importPdf: smileys that are pictures", () => {
  it("reads a picture by its alt text in a tagged PDF, and says which picture has none", async () => {
    const { document, diagnostics } = await importPdf(office("picture-smileys.pdf"));
    const milestones = (document as BudgetFollowUp).sections[0]?.initiatives[0]?.milestones ?? [];
    expect(milestones.map((milestone) => milestone.status)).toEqual(["green", "not-assessed"]);
    expect(diagnostics.find((found) => found.code === "import.smiley-read")?.params.source).toBe(
      "billede: Grøn smiley",
    );
    const unknown = diagnostics.find((found) => found.code === "import.docx-unknown-picture");
    expect(unknown?.location).toEqual({ page: 1, line: 6, cell: 4 });
  });

  it("warns about each picture smiley of the seed PDF, which LibreOffice saves without alt text", async () => {
    const { diagnostics } = await importPdf(office("budgetopfoelgning-2017-3-del1.pdf"));
    const pictures = diagnostics.filter((found) => found.code === "import.docx-unknown-picture");
    // make-fixtures.mjs stores every sixth smiley of the tables as a picture: 6 of the 39.
    expect(pictures).toHaveLength(6);
    expect(pictures.every((found) => found.location?.cell === 4)).toBe(true);
  });
});

/** The communication plan seed, and its report printed by Chromium read back (test/office/make-report-pdfs.mjs). */
async function planAndReportPdf(): Promise<{ plan: PlanDocument; read: PlanDocument }> {
  const seed = readFileSync(
    new URL("../../../test/seeds/kommunikationsplan-2017.txt", import.meta.url),
    "utf8",
  );
  const { document } = await importPdf(office("report-kommunikationsplan-2017.pdf"));
  return { plan: importPlanText(seed).document as PlanDocument, read: document as PlanDocument };
}

describe("importPdf on milepael's own report, printed to PDF by Chromium", () => {
  it("reads a plan's report back as the plan: each activity's cells in their columns, also past an empty column, and a description's list as a list", async () => {
    const { plan, read } = await planAndReportPdf();
    const cells = (document: PlanDocument) =>
      document.activities.map(({ date, theme, title, description, participants, responsible }) => ({
        date: date.text,
        theme,
        title,
        description,
        participants,
        responsible,
      }));
    expect(cells(read)).toEqual(cells(plan));
  });

  it("reads the report's introduction back as the plan's, without the table's caption that the heading above it repeats", async () => {
    const { plan, read } = await planAndReportPdf();
    expect(read.introduction).toBe(plan.introduction);
  });
});

describe("importPdf on milepael's meetings paper, printed to PDF by Chromium", () => {
  /** The Lejre minutes seed read as meetings, and its report printed by Chromium read back (make-report-pdfs.mjs). */
  async function meetingsAndReportPdf() {
    const seed = readFileSync(
      new URL("../../../test/seeds/referater-lejre-2017.txt", import.meta.url),
      "utf8",
    );
    const read = await importPdf(office("report-referater-lejre-2017.pdf"));
    return { meetings: importMeetingsText(seed).document as MeetingsDocument, read };
  }

  it("reads the paper by its layout, every field it prints as it was: summary, authority, case, attachments, outcome, absentees, related documents, year and organisation", async () => {
    const { meetings, read } = await meetingsAndReportPdf();
    expect(read.diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(read.diagnostics.map((found) => found.code)).toContain("meetings.paper-read");
    expect(read.document).toEqual(meetings);
  });
});

describe("importPdf on milepael's follow-up report, printed to PDF by Chromium", () => {
  /** The follow-up seed with its municipality's calendar of rounds and its organisation, as printed (make-report-pdfs.mjs). */
  function printedFollowUp(): BudgetFollowUp {
    const calendar = JSON.parse(
      readFileSync(
        new URL("../../../test/office/report-budgetopfoelgning-2017.calendar.json", import.meta.url),
        "utf8",
      ),
    ) as { organisation: string; rounds: BudgetFollowUp["rounds"] };
    return {
      ...budgetFollowUp2017,
      metadata: { ...budgetFollowUp2017.metadata, organisation: calendar.organisation },
      rounds: calendar.rounds,
    };
  }

  it("reads the report back as the follow-up: no header line read as a row, no note run into the committee, every paragraph and numbered list of a cell, every round's kind, cut-off and meeting date", async () => {
    const { document, diagnostics } = await importPdf(office("report-budgetopfoelgning-2017.pdf"));
    // The paper prints each face with its status word, so no colour is guessed.
    expect(document).toEqual(withoutGuesses(printedFollowUp()));
    // The table under "Om dokumentet" states every cut-off: none is assumed.
    expect(diagnostics.map((found) => found.code)).toEqual(["import.reading-guide-standard"]);
  });
});

describe("importPdf on rows longer than a page (test/office/make-long-rows-pdfs.mjs)", () => {
  const printed = <T>(name: string): T =>
    JSON.parse(
      readFileSync(new URL(`../../../test/office/long-rows-${name}.json`, import.meta.url), "utf8"),
    ) as T;
  /** Text as words: where a PDF does not show a paragraph's end, it is guessed from the lines' lengths. */
  const words = (html: string | undefined) =>
    (html ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const papers = ["da.chromium", "en.chromium", "da.libreoffice", "en.libreoffice"];

  it.each(papers)(
    "reads a follow-up printed as %s back with its description and milestone longer than a page and its many milestones whole, each row once",
    async (paper) => {
      const followUp = printed<BudgetFollowUp>("followup");
      const { document, diagnostics } = await importPdf(office(`long-rows-followup-${paper}.pdf`));
      const [long, many] = (document as BudgetFollowUp).sections[0]?.initiatives ?? [];
      const [printedLong, printedMany] = followUp.sections[0]?.initiatives ?? [];
      const milestones = (initiative: typeof long) =>
        initiative?.milestones.map(({ round, text, statusNote }) => ({ round, text, statusNote }));
      expect(milestones(long)).toEqual(milestones(printedLong));
      expect(milestones(many)).toEqual(milestones(printedMany));
      expect(words(long?.description)).toBe(words(printedLong?.description));
      // Chromium sets a cell's paragraphs apart: each is read as printed, also across the breaks.
      if (paper.endsWith("chromium")) expect(long?.description).toBe(printedLong?.description);
      expect(long).toMatchObject({
        responsibleCenter: printedLong?.responsibleCenter,
        notes: printedLong?.notes,
      });
      const lost = ["import.unrecognized-line", "import.milestone-without-round", "import.cell-ignored"];
      expect(diagnostics.filter((found) => lost.includes(found.code))).toEqual([]);
      // The title page's fields, the English paper's "27 October 2017" too.
      expect(document?.metadata).toEqual(followUp.metadata);
    },
  );

  it.each(papers)(
    "reads a follow-up printed as %s back with each round once and whole, its label wrapped in the table of rounds across a page break or broken inside a word, and the round it reports on",
    async (paper) => {
      const followUp = printed<BudgetFollowUp>("followup");
      const { document } = await importPdf(office(`long-rows-followup-${paper}.pdf`));
      expect((document as BudgetFollowUp).rounds).toEqual(followUp.rounds);
      expect((document as BudgetFollowUp).currentRound).toBe(followUp.currentRound);
    },
  );

  it.each(["da.chromium", "en.chromium"])(
    "reads a follow-up printed as %s back as printed when an initiative's header row, its \"Kort beskrivelse af indsatsen\" cell wrapped, stands alone at a page's foot: the description row on the next page is a row of its own, not the rest of the title",
    async (paper) => {
      const { document, diagnostics } = await importPdf(office(`long-rows-followup-header-${paper}.pdf`));
      expect(document).toEqual(withoutGuesses(printed<BudgetFollowUp>("followup-header")));
      expect(diagnostics.map((found) => found.code)).toEqual(["import.reading-guide-standard"]);
    },
  );

  it.each(papers)(
    "reads a plan printed as %s back with the activity longer than two pages whole, and the short ones after it as rows of their own",
    async (paper) => {
      const plan = printed<PlanDocument>("plan");
      const { document } = await importPdf(office(`long-rows-plan-${paper}.pdf`));
      const fields = (read: PlanDocument, exact: boolean) =>
        read.activities.map(({ date, title, description, participants }) => ({
          date: date.text,
          title,
          description: exact ? description : words(description),
          participants,
        }));
      expect(fields(document as PlanDocument, paper.endsWith("chromium"))).toEqual(
        fields(plan, paper.endsWith("chromium")),
      );
    },
  );
});
