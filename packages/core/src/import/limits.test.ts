// What the importers do with input built to freeze or crash them (issue #15): every row is still
// read, repeated ids are numbered with a counter, and markup too deep or too long is kept as text
// with a diagnostic on its line.
import { describe, expect, it } from "vitest";
import { maxRichTextCellLength } from "../limits";
import { maxRichTextDepth } from "../richText/richText";
import { importFollowUpCsv } from "./followUpCsv/read";
import { importFollowUpText } from "./followUpText/read";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";

const nested = (depth: number) => `${"<b>".repeat(depth)}dybt${"</b>".repeat(depth)}`;

describe("repeated ids", () => {
  it("numbers a plan CSV's repeated id 1, 1-2, 1-3", () => {
    const csv = `Id;Dato;Aktivitet\n${"1;8. maj 2017;Møde N\n".repeat(4)}`;
    const { document } = importPlanCsv(csv);
    expect(document?.activities.map((activity) => activity.id)).toEqual(["1", "1-2", "1-3", "1-4"]);
  });

  it("numbers a follow-up CSV's repeated initiative number 5.01, 5.01-2, 5.01-3", () => {
    const rows = ["A", "B", "C"].map((title) => `Afsnit;5.01;${title};2017-1;Milepæl;Grøn`);
    const csv = ["Afsnit;Nr.;Indsats;Runde;Milepæl;Milepæl: status", ...rows].join("\n");
    const initiatives = importFollowUpCsv(csv).document?.sections[0]?.initiatives;
    expect(initiatives?.map((initiative) => initiative.id)).toEqual(["5.01", "5.01-2", "5.01-3"]);
  });

  it("numbers 2,000 repeated initiative numbers in a follow-up's text", () => {
    const text = `Opfølgning\n\n5. Afsnit\n${"5.01. Indsats\tKort beskrivelse af indsatsen (drift)\n".repeat(2000)}`;
    const initiatives = importFollowUpText(text, { year: 2017 }).document?.sections[0]?.initiatives ?? [];
    expect(initiatives).toHaveLength(2000);
    expect(initiatives.slice(0, 3).map((initiative) => initiative.id)).toEqual(["5.01", "5.01-2", "5.01-3"]);
    expect(initiatives[1999]?.id).toBe("5.01-2000");
  });
});

describe("markup nested too deep", () => {
  it("keeps a CSV description of 2,517 nested <b> as text, with a warning on its line", () => {
    const { document, diagnostics } = importPlanCsv(
      `Dato;Aktivitet;Beskrivelse\n8. maj 2017;Møde;${nested(2517)}\n`,
      { year: 2017 },
    );
    expect(document?.activities[0]?.description).toContain("dybt");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "import.markup-too-deep",
        line: 2,
        params: { depth: maxRichTextDepth },
      }),
    );
  });

  it("keeps a follow-up's description, and the rest of the document, when its markup is too deep", () => {
    const text = [
      "Opfølgning",
      "",
      "5. Afsnit",
      "5.01. Indsats\tKort beskrivelse af indsatsen (drift)",
      `${nested(2517)}\tAnsvarligt center: Økonomi`,
      "Milepæl\tAnalyse\t1. budgetopfølgning 2017\t☺",
    ].join("\n");
    const { document, diagnostics } = importFollowUpText(text, { year: 2017 });
    const initiative = document?.sections[0]?.initiatives[0];
    expect(initiative?.description).toContain("dybt");
    expect(initiative?.milestones).toHaveLength(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "import.markup-too-deep", line: 5 }));
    expect(diagnostics).not.toContainEqual(expect.objectContaining({ code: "import.internal-error" }));
  });

  it("reports nesting in a follow-up's milestone and responsibility cells on their lines", () => {
    const text = [
      "Opfølgning",
      "",
      "5. Afsnit",
      "5.01. Indsats\tKort beskrivelse af indsatsen (drift)",
      `Beskrivelse\tAnsvarligt center: ${nested(100)}`,
      `Milepæl\t${nested(100)}\t1. budgetopfølgning 2017\t☺`,
    ].join("\n");
    const { document, diagnostics } = importFollowUpText(text, { year: 2017 });
    expect(document?.sections[0]?.initiatives[0]?.milestones[0]?.text).toBe("dybt");
    const lines = diagnostics
      .filter((found) => found.code === "import.markup-too-deep")
      .map((found) => found.line);
    expect(lines).toEqual([5, 6]);
  });

  it("reports nesting in a plan's table cell on its line", () => {
    const text = `Plan\n\nDato\tAktivitet\tBeskrivelse\n8. maj 2017\tMøde\t${nested(100)}`;
    const { diagnostics } = importPlanText(text);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "import.markup-too-deep", line: 4 }));
  });

  it("reads markup nested as deep as the limit without a word", () => {
    const { diagnostics } = importPlanCsv(`Dato;Aktivitet;Beskrivelse\n8. maj 2017;Møde;${nested(20)}\n`, {
      year: 2017,
    });
    expect(diagnostics).toEqual([]);
  });
});

describe("cells too long to read as markup", () => {
  it("keeps a description over the limit as plain text, with a warning on its line", () => {
    const long = `<b>${"x".repeat(maxRichTextCellLength)}</b>`;
    const { document, diagnostics } = importPlanCsv(
      `Dato;Aktivitet;Beskrivelse\n8. maj 2017;Møde;${long}\n`,
      {
        year: 2017,
      },
    );
    expect(document?.activities[0]?.description).toBe(
      `&lt;b&gt;${"x".repeat(maxRichTextCellLength)}&lt;/b&gt;`,
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "import.cell-too-long",
        line: 2,
        params: { length: long.length, limit: maxRichTextCellLength },
      }),
    );
  });

  it("does not read a date cell of thousands of characters as a date", () => {
    const { document, diagnostics } = importPlanCsv(`Dato;Aktivitet\n8. maj${",".repeat(5000)}x;Møde\n`, {
      year: 2017,
    });
    expect(document?.activities[0]?.date.reason).toBe("too-long");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "import.date-not-understood", line: 2 }),
    );
  });
});
