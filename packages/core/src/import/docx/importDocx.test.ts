import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { diagnosticMessage } from "../../diagnostics/messages";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { PlanDocument } from "../../model/plan.schema";
import { importDocx } from "./importDocx";
import { paragraph, row, wordFile } from "./testing";

const cell = (inner: string, properties = "") => `<w:tc>${properties}<w:p>${inner}</w:p></w:tc>`;
const run = (text: string, properties = "") =>
  `<w:r>${properties === "" ? "" : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A follow-up with one initiative whose milestones carry the given smiley cells. */
function followUp(smileyCells: string[], extra: Record<string, string> = {}) {
  const milestones = smileyCells
    .map(
      (smiley, index) =>
        `<w:tr>${cell(run("Milepæl"))}${cell(run(`Milepæl nummer ${index + 1}`))}${cell(run(`${(index % 3) + 1}. budgetopfølgning 2017`))}${cell(smiley)}</w:tr>`,
    )
    .join("");
  return wordFile(
    `${paragraph("Tredje opfølgning på Aftale om budget 2017")}${paragraph("5. Erhverv")}<w:tbl>${row("5.03. Kildedal", "Kort beskrivelse af indsatsen (drift)", "Tid", "Smiley")}${row("Beskrivelse", "Ansvarligt center: By")}${milestones}</w:tbl>`,
    extra,
  );
}

function statuses(bytes: Uint8Array) {
  const { document, diagnostics } = importDocx(bytes);
  const initiative = (document as BudgetFollowUp).sections[0]?.initiatives[0];
  return { milestones: initiative?.milestones ?? [], diagnostics };
}

const sym = (char: string, font = "Wingdings") => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
const drawing = (attributes: string, embed = "rId9") =>
  `<w:r><w:drawing><wp:inline><wp:docPr id="1" ${attributes}/><a:graphic><a:graphicData><a:blip r:embed="${embed}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

describe("importDocx: smileys as Word stores them", () => {
  it("reads Wingdings symbols with and without the F0 prefix as green, yellow and red", () => {
    const { milestones } = statuses(
      followUp([sym("F04A"), sym("F04B"), sym("F04C"), sym("4A"), sym("004C")]),
    );
    expect(milestones.map((milestone) => milestone.status)).toEqual([
      "green",
      "yellow",
      "red",
      "green",
      "red",
    ]);
    expect(milestones.some((milestone) => milestone.statusGuessed)).toBe(false);
  });

  it("reads J, K and L in a Wingdings run as faces, not letters", () => {
    const wingdings = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>';
    const { milestones } = statuses(
      followUp([run("J", wingdings), run("K", wingdings), run("L", wingdings)]),
    );
    expect(milestones.map((milestone) => milestone.status)).toEqual(["green", "yellow", "red"]);
  });

  it("reads Unicode faces and emoji, with or without a variation selector, and a sad face as red without guessing", () => {
    const emoji = '<w:rFonts w:ascii="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/>';
    const { milestones, diagnostics } = statuses(
      followUp([run("☺"), run("☹"), run("😐"), run("🙂\uFE0F", emoji), run("🙁", emoji), run("😊")]),
    );
    expect(milestones.map((milestone) => milestone.status)).toEqual([
      "green",
      "red",
      "yellow",
      "green",
      "red",
      "green",
    ]);
    expect(diagnostics.some((found) => found.code === "import.smiley-guessed")).toBe(false);
  });

  it("reads a sad face coloured amber as yellow", () => {
    const { milestones, diagnostics } = statuses(
      followUp([run("L", '<w:rFonts w:ascii="Wingdings"/><w:color w:val="FFC000"/>')]),
    );
    expect(milestones[0]?.status).toBe("yellow");
    expect(diagnostics.find((found) => found.code === "import.smiley-read")?.params.source).toBe(
      "Wingdings F04C, farve FFC000",
    );
  });

  it("reads pictures by their alt text or file name, and says which picture it could not read", () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Target="media/smiley_roed.png"/><Relationship Id="rId8" Target="media/image1.png"/></Relationships>`;
    const { milestones, diagnostics } = statuses(
      followUp(
        [
          drawing('name="Billede 1" descr="Grøn smiley"'),
          drawing('name="Billede 2" descr="glad smiley"'),
          drawing('name="Billede 3" title="rød"'),
          drawing('name="Billede 4"'),
          drawing('name="Billede 5"', "rId8"),
        ],
        { "word/_rels/document.xml.rels": rels },
      ),
    );
    expect(milestones.map((milestone) => milestone.status)).toEqual([
      "green",
      "green",
      "red",
      "red",
      "not-assessed",
    ]);
    const unknown = diagnostics.find((found) => found.code === "import.docx-unknown-picture");
    expect(unknown?.params.name).toBe("Billede 5, image1.png");
    expect(unknown?.location).toEqual({ table: 1, row: 7, cell: 4 });
    expect(diagnosticMessage(unknown as NonNullable<typeof unknown>, "da")).toContain(
      '"Billede 5, image1.png"',
    );
  });
});

describe("importDocx: what Word holds", () => {
  const planHeader = row("Dato", "Tema", "Aktivitet", "Deltagerkreds");

  it("repeats a theme merged over rows into each row, and keeps columns after a cell spanning two", () => {
    const bytes = wordFile(
      `${paragraph("Implementeringsplan 2017")}<w:tbl>${planHeader}<w:tr>${cell(run("8. maj"))}${cell(run("Formidling"), '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>')}${cell(run("Møde"))}${cell(run("Chefgruppen"))}</w:tr><w:tr>${cell(run("9. maj"))}${cell("", "<w:tcPr><w:vMerge/></w:tcPr>")}${cell(run("Workshop"))}${cell(run("Ledere"))}</w:tr><w:tr>${cell(run("10. maj"), '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>')}${cell(run("Fest"))}${cell(run("Alle"))}</w:tr></w:tbl>`,
    );
    const plan = importDocx(bytes).document as PlanDocument;
    expect(
      plan.activities.map((activity) => [activity.theme, activity.title, activity.participants]),
    ).toEqual([
      ["Formidling", "Møde", "Chefgruppen"],
      ["Formidling", "Workshop", "Ledere"],
      [undefined, "Fest", "Alle"],
    ]);
  });

  it("reads a Word row without a date as an activity of its own, not as more text of the row above, and skips an empty row", () => {
    const bytes = wordFile(
      `${paragraph("Implementeringsplan 2017")}<w:tbl>${planHeader}${row("8. maj", "Formidling", "Møde", "Chefgruppen")}${row("", "Formidling", "Workshop", "Ledere")}${row("", "", "", "")}${row("9. maj", "Fest", "Sommerfest", "Alle")}</w:tbl>`,
    );
    const { document, diagnostics } = importDocx(bytes);
    expect(
      (document as PlanDocument).activities.map((activity) => [
        activity.date.text,
        activity.title,
        activity.participants,
      ]),
    ).toEqual([
      ["8. maj", "Møde", "Chefgruppen"],
      ["", "Workshop", "Ledere"],
      ["9. maj", "Sommerfest", "Alle"],
    ]);
    expect(diagnostics.find((d) => d.code === "import.activity-without-date")?.location).toEqual({
      table: 1,
      row: 3,
    });
  });

  it("reads a newline written inside a cell's text as the space Word shows, not as a new row", () => {
    const bytes = wordFile(
      `${paragraph("Implementeringsplan 2017")}<w:tbl>${planHeader}${row("8. maj", "Formidling\nDialog", "Møde\r\nom visionen", "Chefgruppen")}</w:tbl>`,
    );
    const { document, diagnostics } = importDocx(bytes);
    const activities = (document as PlanDocument).activities;
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      date: { text: "8. maj" },
      theme: "Formidling Dialog",
      title: "Møde om visionen",
      participants: "Chefgruppen",
    });
    expect(diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  it("recognises a plan's header row whose cells are bold (wt-plan-text)", () => {
    const bold = (...names: string[]) =>
      `<w:tr>${names.map((name) => cell(run(name, "<w:b/>"))).join("")}</w:tr>`;
    const bytes = wordFile(
      `${paragraph("Implementeringsplan 2017")}<w:tbl>${bold("Dato", "Tema", "Aktivitet", "Deltagerkreds")}${row("8. maj", "Formidling", "Møde", "Chefgruppen")}</w:tbl>`,
    );
    const { document, diagnostics } = importDocx(bytes);
    expect((document as PlanDocument).activities).toMatchObject([
      { date: { start: "2017-05-08" }, theme: "Formidling", title: "Møde", participants: "Chefgruppen" },
    ]);
    expect(diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  it("keeps &, < and > in cells as text", () => {
    const bytes = wordFile(
      `${paragraph("Implementeringsplan 2017")}<w:tbl>${planHeader}${row("8. maj", "Tema", "Møde om a &lt; b", "Børne- &amp; Ungeudvalget")}<w:tr>${cell(run("9. maj"))}${cell(run("Tema"))}${cell(`${run("Fed", "<w:b/>")}${run(" &amp; mere")}`)}${cell(run("Alle"))}</w:tr></w:tbl>`,
    );
    const plan = importDocx(bytes).document as PlanDocument;
    expect(plan.activities.map((activity) => [activity.title, activity.participants])).toEqual([
      ["Møde om a < b", "Børne- & Ungeudvalget"],
      ["Fed & mere", "Alle"],
    ]);
  });

  it("accepts tracked changes: insertions kept, deletions and deleted rows dropped", () => {
    const changed = `${run("Møde ")}<w:del w:id="1" w:author="a"><w:r><w:delText>gammel </w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${run("ny")}</w:ins>`;
    const bytes = wordFile(
      `${paragraph("Implementeringsplan 2017")}<w:tbl>${planHeader}<w:tr>${cell(run("8. maj"))}${cell(run("Tema"))}${cell(changed)}</w:tr><w:tr><w:trPr><w:del w:id="3" w:author="a"/></w:trPr>${cell(run("9. maj"))}${cell(run("Slettet"))}</w:tr></w:tbl>`,
    );
    const plan = importDocx(bytes).document as PlanDocument;
    expect(plan.activities.map((activity) => activity.title)).toEqual(["Møde ny"]);
  });

  it("keeps bold, italic, line breaks and lists of a follow-up's description as rich text", () => {
    const description = `<w:tc><w:p>${run("Fed", "<w:b/>")}${run(" og ")}${run("kursiv", "<w:i/>")}<w:r><w:br/></w:r>${run("linje to")}</w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run("punkt")}</w:p></w:tc>${cell(run("Ansvarligt center: By"))}`;
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const bytes = wordFile(
      `${paragraph("Tredje opfølgning på Aftale om budget 2017")}<w:tbl>${row("5.03. Kildedal", "Kort beskrivelse af indsatsen (drift)", "Tid", "Smiley")}<w:tr>${description}</w:tr></w:tbl>`,
      { "word/numbering.xml": numbering },
    );
    const initiative = (importDocx(bytes).document as BudgetFollowUp).sections[0]?.initiatives[0];
    expect(initiative?.description).toBe(
      "<p><strong>Fed</strong> og <em>kursiv</em><br>linje to</p><ul><li>punkt</li></ul>",
    );
  });

  it("reads headings and bullet lists outside tables, and ignores headers, footers and comments", () => {
    const bytes = wordFile(
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run("Implementeringsplan 2017")}</w:p><w:p>${run("Indledning")}<w:commentRangeStart w:id="0"/>${run(" med kommentar")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p><w:tbl>${planHeader}${row("8. maj", "Tema", "Møde", "Alle")}</w:tbl>`,
      {
        "word/comments.xml": `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>HEMMELIG KOMMENTAR</w:t></w:r></w:p></w:comment></w:comments>`,
        "word/header1.xml": `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>SIDEHOVED</w:t></w:r></w:p></w:hdr>`,
      },
    );
    const plan = importDocx(bytes).document as PlanDocument;
    expect(plan.metadata.title).toBe("Implementeringsplan 2017");
    expect(plan.introduction).toContain("Indledning med kommentar");
    expect(JSON.stringify(plan)).not.toMatch(/HEMMELIG|SIDEHOVED/);
  });
});

describe("importDocx: hostile and wrong files get a clear error, never a hang or a crash", () => {
  const code = (bytes: Uint8Array) => {
    const result = importDocx(bytes);
    expect(result.document).toBeNull();
    return result.diagnostics.map((found) => `${found.level} ${found.code}`);
  };

  it("refuses a zip bomb before unpacking it", () => {
    // 4 MiB of zeros packs to about 4 kB: a ratio no document has.
    const bomb = wordFile(paragraph("x"), { "word/styles.xml": new Uint8Array(4 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(code(bomb)).toEqual(["error import.zip-bomb"]);
  });

  it("refuses an archive above the size limits, however it is packed", () => {
    const big = wordFile(paragraph("x".repeat(200_000)));
    expect(importDocx(big, { maxEntrySize: 100_000 }).diagnostics[0]?.code).toBe("import.zip-bomb");
    expect(importDocx(big, { maxTotalSize: 100_000 }).diagnostics[0]?.code).toBe("import.zip-bomb");
  });

  it("refuses a zip whose header lies about the unpacked size", () => {
    const honest = wordFile(paragraph("x".repeat(100_000)));
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at += 1) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 100, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 100, true);
    }
    expect(code(lying)).toEqual(["error import.docx-damaged"]);
  });

  it("refuses a DTD, so no entity expands (billion laughs)", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ "word/document.xml": strToU8(laughs) });
    expect(code(bytes)).toEqual(["error import.xml-dtd"]);
  });

  it("refuses an XML nested deeper than any document", () => {
    const deep = `${"<w:sdt><w:sdtContent>".repeat(5000)}${"</w:sdtContent></w:sdt>".repeat(5000)}`;
    expect(code(wordFile(deep))).toEqual(["error import.docx-damaged"]);
  });

  it("says a password-protected file is encrypted", () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Array.from("EncryptionInfo", (character) => [character.charCodeAt(0), 0]).flat(), 1024);
    expect(code(ole)).toEqual(["error import.encrypted"]);
  });

  it("says a zip with an encrypted entry is encrypted", () => {
    const bytes = wordFile(paragraph("x"));
    const view = new DataView(bytes.buffer);
    for (let at = 0; at < bytes.length - 4; at += 1)
      if (view.getUint32(at, true) === 0x02014b50)
        view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    expect(code(bytes)).toEqual(["error import.encrypted"]);
  });

  it("says an old Word document (.doc) must be saved as .docx", () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(code(doc)).toEqual(["error import.docx-old-word"]);
  });

  it("says an Excel workbook given as .docx is a workbook", () => {
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    const result = importDocx(xlsx);
    expect(result.diagnostics[0]?.code).toBe("import.docx-not-word");
    expect(
      diagnosticMessage(result.diagnostics[0] as NonNullable<(typeof result.diagnostics)[0]>, "en"),
    ).toContain("Excel workbook");
  });

  it("says a truncated file is damaged", () => {
    const whole = readFileSync(new URL("../../../test/office/kommunikationsplan-2017.docx", import.meta.url));
    for (const length of [10, 100, Math.floor(whole.length / 2), whole.length - 10])
      expect(code(new Uint8Array(whole.subarray(0, length)))).toEqual(["error import.docx-damaged"]);
  });

  it("says broken XML is damaged", () => {
    expect(code(zipSync({ "word/document.xml": strToU8("<w:document><w:body>") }))).toEqual([
      "error import.docx-damaged",
    ]);
  });
});
