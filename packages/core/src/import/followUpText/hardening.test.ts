import { describe, expect, it } from "vitest";
import { hasErrors } from "../../diagnostics/diagnostic";
import { checkDocument } from "../../rules/checkDocument";
import { exportFollowUpCsv } from "../followUpCsv/write";
import { detectFormat, importDocument } from "../importDocument";
import { importFollowUpText } from "./read";

/** A follow-up of one initiative with the given rows under its description row (line 5 on). */
const followUp = (
  rows: readonly string[],
  header = "5.10. Init\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
) => ["Test på budget 2017", "", "5. Erhverv", header, "Beskr\tAnsvarligt center: X\t\t", ...rows].join("\n");

/** The import, and whether its document is one `validate` accepts. */
const read = (text: string) => {
  const result = importFollowUpText(text, { year: 2017 });
  const valid =
    result.document !== null && !hasErrors(checkDocument(result.document, { today: "2017-10-27" }));
  return { ...result, valid, initiative: result.document?.sections[0]?.initiatives[0] };
};

describe("importFollowUpText milestones without a round", () => {
  it("reports a milestone with an empty Tid cell at its line, with its text, and gives a valid document", () => {
    for (const row of ["Milepæl\tm2\t\t☺", "Milepæl\tm2\t \t☺\t", "milepæl\tm2\t\t☺"]) {
      const { valid, initiative, diagnostics } = read(
        followUp(["Milepæl\tm1\t1. budgetopfølgning 2017\t☺", row, "Økonomi\tok\t\t☺"]),
      );
      expect(valid).toBe(true);
      expect(initiative?.milestones.map((m) => m.text)).toEqual(["m1"]);
      const reported = diagnostics.find((d) => d.code === "import.milestone-without-round");
      expect(reported).toMatchObject({ level: "warning", line: 7, raw: row });
    }
  });
});

describe("importFollowUpText initiatives with two economy rows", () => {
  const drift = "Økonomi\tDrift: besparelse opnået på 2 mio. kr.\t\t☺";
  const anlaeg = "Økonomi\tAnlæg: budget overskredet. Status: Udbuddet blev dyrere.\t\t☹";

  it("keeps both rows' text, takes the worse smiley and reports the merge with both rows", () => {
    const header = "5.10. Init\tKort beskrivelse af indsatsen (drift og anlæg)\tTid\tSmiley";
    // Read in place (Word's exact rows) and through the general reading (a fifth, empty cell).
    for (const [first, second] of [
      [drift, anlaeg],
      [`${drift}\t`, `${anlaeg}\t`],
    ] as const) {
      const { valid, initiative, diagnostics } = read(
        followUp(["Milepæl\tm\t1. budgetopfølgning 2017\t☺", first, second], header),
      );
      expect(valid).toBe(true);
      expect(initiative?.economy).toEqual({
        text: "Drift: besparelse opnået på 2 mio. kr.\nAnlæg: budget overskredet.",
        statusNote: "Udbuddet blev dyrere.",
        amount: 2_000_000,
        amountType: "saving",
        status: "red",
      });
      const merged = diagnostics.filter((d) => d.code === "import.economy-rows-merged");
      expect(merged).toEqual([
        expect.objectContaining({
          level: "warning",
          line: 8,
          params: {
            above: "Drift: besparelse opnået på 2 mio. kr.",
            rowsAbove: 1,
            status: "red",
            droppedStatus: "green",
            amountAbove: 2_000_000,
          },
          raw: `${first}\n${second}`,
        }),
      ]);
    }
  });

  it("keeps a green first row's smiley when the second row is not assessed", () => {
    const { initiative } = read(followUp([drift, "Økonomi\tAnlæg: afventer\t\t"]));
    expect(initiative?.economy?.status).toBe("green");
    expect(initiative?.economy?.text).toBe("Drift: besparelse opnået på 2 mio. kr.\nAnlæg: afventer");
  });
});

describe("importFollowUpText cells no field takes", () => {
  it("reports extra cells on milestone, economy and header rows, and an economy row's Tid text, with line and text", () => {
    const header = "5.10. Init\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley\tKommentar";
    const { valid, initiative, diagnostics } = read(
      followUp(
        [
          "Milepæl\tm1\t1. budgetopfølgning 2017\t☺\tEKSTRA",
          "Milepæl\tm2\t2. budgetopfølgning 2017\t☺\t\t",
          "Økonomi\tok\t3. budgetopfølgning 2017\t☺",
        ],
        header,
      ),
    );
    expect(valid).toBe(true);
    expect(initiative?.milestones.map((m) => m.text)).toEqual(["m1", "m2"]);
    expect(initiative?.economy).toEqual({ text: "ok", status: "green" });
    const ignored = diagnostics.filter((d) => d.code === "import.cell-ignored");
    expect(ignored.map((d) => [d.line, d.params.column, d.raw])).toEqual([
      [4, "Kommentar", "Kommentar"],
      [6, "Kommentar", "EKSTRA"],
      [8, "Tid", "3. budgetopfølgning 2017"],
    ]);
  });

  it("reports an economy row's Tid text also when the row has a fifth cell", () => {
    const { diagnostics } = read(followUp(["Økonomi\tok\t31.12.2017\t☺\tNote", "Milepæl\tm\t\t☺\t"]));
    const ignored = diagnostics.filter((d) => d.code === "import.cell-ignored");
    expect(ignored.map((d) => [d.line, d.params.column, d.raw])).toEqual([
      [6, "Tid", "31.12.2017"],
      [6, "#5", "Note"],
    ]);
  });

  it("reports a row of many extra cells once, with all their text", () => {
    const extra = Array.from({ length: 1000 }, (_, index) => `c${index}`);
    const { diagnostics } = read(followUp([`Milepæl\tm\t1. budgetopfølgning 2017\t☺\t${extra.join("\t")}`]));
    const ignored = diagnostics.filter((d) => d.code === "import.cell-ignored");
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ line: 6, params: { column: "#5–#1004" }, raw: extra.join("\t") });
  });
});

describe("importFollowUpText and importDocument on a text quoting the header's words", () => {
  it("reads a milestone whose text quotes the header as a milestone, not as a new initiative", () => {
    const row = "Milepæl\tSe Kort beskrivelse af indsatsen ovenfor.\t1. budgetopfølgning 2017\t☺";
    for (const rows of [
      [row, "Økonomi\tok\t\t☺"],
      [`${row}\t`, "Økonomi\tok\t\t☺"],
    ]) {
      const { valid, document, diagnostics } = read(followUp(rows));
      expect(valid).toBe(true);
      expect(document?.sections[0]?.initiatives.map((initiative) => initiative.title)).toEqual(["Init"]);
      expect(document?.sections[0]?.initiatives[0]?.milestones).toEqual([
        { round: "2017-1", text: "Se Kort beskrivelse af indsatsen ovenfor.", status: "green" },
      ]);
      expect(
        diagnostics.filter((d) => d.level === "warning" && d.code !== "import.round-cut-off-assumed"),
      ).toEqual([]);
    }
  });

  it("still reads a header cell in markup or capitals", () => {
    for (const cell of [
      "<p><strong>Kort beskrivelse af indsatsen (anlæg)</strong></p>",
      "KORT BESKRIVELSE AF INDSATSEN (ANLÆG)",
      // Bold around the words only, a footnote mark, a remark after the kind.
      "**Kort beskrivelse af indsatsen** (anlæg)",
      "Kort beskrivelse af indsatsen (anlæg)¹",
      "Kort beskrivelse af indsatsen (anlæg) - se bilag 2",
    ]) {
      const { initiative } = read(
        followUp(["Milepæl\tm\t1. budgetopfølgning 2017\t☺"], `5.10. Init\t${cell}\tTid\tSmiley`),
      );
      expect(initiative).toMatchObject({ title: "Init", kind: "anlaeg", milestones: [{ text: "m" }] });
    }
  });

  it("reads milepael's CSV of a follow-up whose description quotes the header's words as that CSV", () => {
    const text = followUp(["Milepæl\tm\t1. budgetopfølgning 2017\t☺", "Økonomi\tok\t\t☺"]).replace(
      "Beskr\t",
      "Den ønskedeKort beskrivelse af indsatsen (drift) udvikling.\t",
    );
    const original = importFollowUpText(text, { year: 2017 }).document;
    if (original === null) throw new Error("no document");
    expect(original.sections[0]?.initiatives[0]?.description).toContain("ønskedeKort beskrivelse");
    const csv = exportFollowUpCsv(original);
    expect(detectFormat(csv)).toBe("csv");
    const again = importDocument(csv, { metadata: original.metadata, rounds: original.rounds });
    expect(again.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    expect(again.document).toEqual(original);
  });
});
