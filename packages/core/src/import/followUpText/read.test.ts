import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../diagnostics/messages";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import { importFollowUpText } from "./read";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/seeds");
const seed = readFileSync(path.join(seeds, "budgetopfoelgning-2017-3-del1.txt"), "utf8");

describe("importFollowUpText on the seed", () => {
  it("gives exactly the hand-checked document", () => {
    const { document } = importFollowUpText(seed);
    expect(document).toEqual(budgetFollowUp2017);
  });

  it("warns on every milestone whose sad face lost its colour", () => {
    const guessed = importFollowUpText(seed).diagnostics.filter((d) => d.code === "import.smiley-guessed");
    // 5.03 (rounds 2, 3), 6.11 (rounds 1, 2), 7.02 (round 3), 7.03 (rounds 2, 3).
    expect(guessed.map((d) => d.line)).toEqual([45, 46, 72, 73, 125, 132, 134]);
    expect(formatDiagnostic(guessed[0]!, "da")).toBe(
      "45: advarsel: Smileyen ☹ har mistet sin farve (den bruges til både gul og rød); den er læst som rød.",
    );
  });

  it("reads the sad face as yellow when asked", () => {
    const { document } = importFollowUpText(seed, { sadFace: "yellow" });
    const milestone = document?.sections[0]?.initiatives[0]?.milestones[1];
    expect(milestone).toMatchObject({ status: "yellow", statusGuessed: true });
    // On the economy line a sad face can only be red.
    expect(document?.sections[2]?.initiatives[2]?.economy?.status).toBe("red");
  });

  it("says which cut-offs it assumed and where the year came from", () => {
    const { diagnostics } = importFollowUpText(seed);
    expect(
      diagnostics.filter((d) => d.code === "import.round-cut-off-assumed").map((d) => d.params.cutOff),
    ).toEqual(["2017-03-31", "2017-06-30", "2017-09-30"]);
    expect(diagnostics.find((d) => d.code === "import.year-inferred")?.params.year).toBe(2017);
  });

  it("uses the municipality's own round calendar when given one", () => {
    const rounds = [
      { id: "bo1", label: "1. budgetopfølgning 2017", kind: "follow-up" as const, cutOff: "2017-03-31" },
      { id: "bo2", label: "2. budgetopfølgning 2017", kind: "follow-up" as const, cutOff: "2017-05-31" },
      {
        id: "bo3",
        label: "3. budgetopfølgning 2017",
        kind: "follow-up" as const,
        cutOff: "2017-08-31",
        meetingDate: "2017-10-30",
      },
    ];
    const { document, diagnostics } = importFollowUpText(seed, { rounds });
    expect(document?.rounds.map((round) => [round.id, round.cutOff])).toEqual([
      ["bo1", "2017-03-31"],
      ["bo2", "2017-05-31"],
      ["bo3", "2017-08-31"],
      ["2017-year-end", "2017-12-31"],
    ]);
    expect(document?.currentRound).toBe("bo3");
    expect(document?.sections[0]?.initiatives[0]?.milestones[2]?.round).toBe("bo3");
    expect(diagnostics.some((d) => d.code === "import.round-cut-off-assumed")).toBe(false);
  });

  it("reports the responsibility sentences it read as notes", () => {
    const notes = importFollowUpText(seed).diagnostics.filter((d) => d.code === "import.note-split");
    expect(notes.map((d) => d.params.text)).toEqual([
      "Justeringen af indgangsforhold skal koordineres med de mulige fremtidige brugere.",
      "Indsatsen mod socialt bedrageri er forankret i Kontrolgruppen i Center for Arbejdsmarked.",
    ]);
  });
});

describe("importFollowUpText row labels", () => {
  it("reads milestone and economy rows whatever the case of their label", () => {
    const rows = (milestone: string, economy: string) =>
      [
        "1. Afsnit",
        "1.01. Skoler\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
        "Beskrivelse\tAnsvarligt center: Skole",
        `${milestone}\tSkolen er bygget\t1. budgetopfølgning 2017\t☺`,
        `${economy}\tBesparelse på 2 mio. kr.\t\t☺`,
      ].join("\n");
    const expected = importFollowUpText(rows("Milepæl", "Økonomi"), { year: 2017 });
    for (const [milestone, economy] of [
      ["milepæl", "økonomi"],
      ["MILEPÆL", "ØKONOMI"],
      ["Milepæle", "ØKONOMI"],
      ["<p>Milepæl</p>", " Økonomi "],
    ] as const) {
      const { document } = importFollowUpText(rows(milestone, economy), { year: 2017 });
      expect(document?.sections[0]?.initiatives[0]).toEqual(expected.document?.sections[0]?.initiatives[0]);
    }
    expect(expected.document?.sections[0]?.initiatives[0]?.milestones).toHaveLength(1);
    expect(expected.document?.sections[0]?.initiatives[0]?.economy?.amount).toBe(2_000_000);
  });
});

describe("importFollowUpText round labels", () => {
  it("points each milestone at its own round, also with many distinct labels", () => {
    const dates = Array.from({ length: 12 }, (_, index) => `${index + 1}.${index + 1}.2017`);
    const text = [
      "1. Afsnit",
      "1.01. Skoler\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Beskrivelse\tAnsvarligt center: Skole",
      ...[...dates, ...dates.slice().reverse()].map((date) => `Milepæl\tTrin ${date}\t${date}\t☺`),
    ].join("\n");
    const { document } = importFollowUpText(text, { year: 2017 });
    const roundOf = new Map(document?.rounds.map((round) => [round.id, round.label]));
    const milestones = document?.sections[0]?.initiatives[0]?.milestones ?? [];
    expect(milestones).toHaveLength(24);
    for (const milestone of milestones) expect(`Trin ${roundOf.get(milestone.round)}`).toBe(milestone.text);
    expect(document?.rounds).toHaveLength(12);
  });
});

describe("importFollowUpText smileys", () => {
  it("reports every guessed, Wingdings or unknown smiley at its own line, however often it repeats", () => {
    const faces = ["J", "☹", "?", "☺", "J", "☹", "?", "😐", "J", "☹", "?"];
    const text = [
      "1. Afsnit",
      "1.01. Skoler\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Beskrivelse\tAnsvarligt center: Skole",
      ...faces.map((face, index) => `Milepæl\tTrin ${index}\t1. budgetopfølgning 2017\t${face}`),
    ].join("\n");
    const { document, diagnostics } = importFollowUpText(text, { year: 2017 });
    const linesOf = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.line);
    expect(linesOf("import.wingdings-smiley")).toEqual([4, 8, 12]);
    expect(linesOf("import.smiley-guessed")).toEqual([5, 9, 13]);
    expect(linesOf("import.unknown-smiley")).toEqual([6, 10, 14]);
    // Each face gives the same status wherever it stands (J is Wingdings' ☺; "?" is not assessed).
    const statusOf: Record<string, string> = {
      J: "green",
      "☹": "red",
      "?": "not-assessed",
      "☺": "green",
      "😐": "yellow",
    };
    expect(document?.sections[0]?.initiatives[0]?.milestones.map((m) => m.status)).toEqual(
      faces.map((face) => statusOf[face]),
    );
  });
});

describe("importFollowUpText responsibility labels", () => {
  it("reads centre, committee and contributor whatever the case of their labels", () => {
    const read = (cell: string) =>
      importFollowUpText(
        [
          "1. Afsnit",
          "1.01. Skoler\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
          `Beskrivelse\t${cell}`,
          "Milepæl\tSkolen er bygget\t1. budgetopfølgning 2017\t☺",
        ].join("\n"),
        { year: 2017 },
      ).document?.sections[0]?.initiatives[0];
    for (const cell of [
      "Ansvarligt center: Skole Ansvarligt udvalg: Børneudvalget Væsentlig bidragsyder: Kultur",
      "ANSVARLIGT CENTER: Skole ansvarligt UDVALG: Børneudvalget VÆSENTLIGE BIDRAGSYDERE: Kultur",
    ])
      expect(read(cell)).toMatchObject({
        responsibleCenter: "Skole",
        responsibleCommittee: "Børneudvalget",
        keyContributors: ["Kultur"],
      });
  });

  it("keeps the responsibility cell of a description row that goes on below with its description alone, as a PDF's row does after a page break", () => {
    // LibreOffice's print of 7.02: the responsibility cell and its list end on the first page, the
    // description goes on alone on the next; read by the last line's one cell, the centre,
    // committee, contributors and notes were gone without a word.
    const header = "1.01. Skoler\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley";
    const responsibility =
      "Ansvarligt center: Ejendomme Ansvarligt udvalg: Økonomiudvalget Væsentlig bidragsyder: Kultur Arbejdet tager udgangspunkt i Masterplanen:";
    const list = ["\t1. Alle egnede lokaler udpeges", "\t2. Bedre systemunderstøttelse af udlån."];
    const milestone = "Milepæl\tSkolen er bygget\t1. budgetopfølgning 2017\t☺";
    const text = `1. Afsnit\n${header}\nSkolerne skal bruges mere af\t${responsibility}\n${list.join("\n")}\nforeninger og borgere.\n${milestone}`;
    const { document, diagnostics } = importFollowUpText(text, { year: 2017 });
    expect(document?.sections[0]?.initiatives[0]).toMatchObject({
      description: "Skolerne skal bruges mere af foreninger og borgere.",
      responsibleCenter: "Ejendomme",
      responsibleCommittee: "Økonomiudvalget",
      keyContributors: ["Kultur"],
      notes:
        "Arbejdet tager udgangspunkt i Masterplanen: 1. Alle egnede lokaler udpeges 2. Bedre systemunderstøttelse af udlån.",
    });
    // No warning about a line of the row: every cell has its place.
    expect(diagnostics.filter((found) => found.level !== "info" && found.line !== undefined)).toEqual([]);
  });

  it("keeps a responsibility cell's first lines when a line of the description alone stands between them and the rest", () => {
    // The responsibility cell goes on after a line that holds only the description (a paragraph
    // of its own, or a page break): its centre and committee were dropped, and only the lines
    // after the short one were read as the cell.
    const text = [
      "1. Afsnit",
      "1.01. Skoler\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Skolerne skal bruges\tAnsvarligt center: Ejendomme Ansvarligt udvalg: Økonomiudvalget",
      "mere af",
      "foreninger og borgere.\tVæsentlig bidragsyder: Kultur",
      "Milepæl\tSkolen er bygget\t1. budgetopfølgning 2017\t☺",
    ].join("\n");
    const { document } = importFollowUpText(text, { year: 2017 });
    expect(document?.sections[0]?.initiatives[0]).toMatchObject({
      description: "Skolerne skal bruges mere af foreninger og borgere.",
      responsibleCenter: "Ejendomme",
      responsibleCommittee: "Økonomiudvalget",
      keyContributors: ["Kultur"],
    });
  });
});
