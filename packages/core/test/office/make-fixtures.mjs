// Builds the Word fixtures in this folder from the text seeds in ../seeds: each seed as Word would
// hold it (tables for table rows, headings, bullet lists, bold), the follow-up's smileys as Word
// stores them (Wingdings symbols with and without the F0 prefix, Wingdings letters, emoji, pictures
// with alt text) with yellow and red told apart, merged theme cells, a date split over lines,
// tracked changes, a header, a footer and a comment. With LibreOffice installed (`soffice`), it
// also saves each as PDF; install an emoji font too (Debian: libreoffice-writer-nogui,
// fonts-noto-color-emoji), or the emoji are drawn without text, as a PDF printer without the font
// would. CI never runs this: the files are committed.
//
//   node packages/core/test/office/make-fixtures.mjs
//
// manifest.json records what the text seeds lost and the Word files say: which sad faces are yellow.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";

const here = dirname(fileURLToPath(import.meta.url));
const seeds = join(here, "..", "seeds");

const seedFiles = {
  "budgetopfoelgning-2017-3-del1": "budgetopfoelgning-2017-3-del1.txt",
  "implementeringsplan-vision-2029": "implementeringsplan-vision-2029.txt",
  "kommunikationsplan-2017": "kommunikationsplan-2017.txt",
  "introduktionsprogram-kb-2018-2021": "introduktionsprogram-kb-2018-2021.txt",
};

// A 1x1 PNG: the pictures stand for smileys; only their alt text matters.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

const isDebris = (text) => /^[\s\-|–—_=]*$/.test(text);

/** "Bal-" + "lerup" is "Ballerup", as the plan importer joins a cell broken by a page break. */
function joinContinued(before, after) {
  const [first, second] = [before.trimEnd(), after.trim()];
  if (second === "") return before;
  if (first === "") return second;
  if (/[a-zæøå]-$/i.test(first) && /^[a-zæøå]/.test(second) && !/^(og|eller|samt)\b/.test(second))
    return `${first.slice(0, -1)}${second}`;
  return `${first} ${second}`;
}

/** The seed as blocks: tables of rows of cells, and paragraphs. Page-break debris is dropped. */
function parseSeed(text) {
  const blocks = [];
  let table = null;
  for (const line of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    if (line.includes("\t")) {
      const cells = line.split("\t");
      if (cells.every(isDebris)) continue;
      if (table === null || /Kort beskrivelse af indsatsen/i.test(cells[1] ?? "")) {
        table = { kind: "table", rows: [] };
        blocks.push(table);
      }
      const last = table.rows[table.rows.length - 1];
      // A row whose first cell is empty is the rest of the row above, split by a page break.
      if ((cells[0] ?? "").trim() === "" && last !== undefined) {
        cells.forEach((cell, index) => {
          last[index] = joinContinued(last[index] ?? "", cell);
        });
      } else table.rows.push(cells);
      continue;
    }
    if (isDebris(line)) continue;
    table = null;
    blocks.push({ kind: "paragraph", text: line });
  }
  return blocks;
}

/** "**bold** plain" as runs. */
function runs(text, options = {}) {
  return text
    .split(/(\*\*.+?\*\*)/)
    .filter((part) => part !== "")
    .map((part) =>
      part.startsWith("**") && part.endsWith("**")
        ? new TextRun({ text: part.slice(2, -2), bold: true, ...options })
        : new TextRun({ text: part, ...options }),
    );
}

function decode(text) {
  return text
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** A cell's text as Word paragraphs: <p> blocks, list items, and line breaks where the text has two spaces. */
function cellParagraphs(cell) {
  const paragraphs = [];
  const html = cell.trim();
  // Lists in the seeds are often left open ("<ul …>• a• b" to the end of the cell).
  const pieces = html.split(/(<(?:ul|ol)\b[^>]*>[\s\S]*?(?:<\/(?:ul|ol)>|$)|<p\b[^>]*>[\s\S]*?<\/p>)/i);
  for (const piece of pieces) {
    if (piece.trim() === "") continue;
    const list = /^<(ul|ol)\b[^>]*>([\s\S]*?)(?:<\/(?:ul|ol)>)?$/i.exec(piece);
    if (list) {
      const body = list[2];
      // Items as Word holds them: one paragraph each, the bullet or number from the list style.
      const items = /<li\b/i.test(body)
        ? body.split(/<li\b[^>]*>/i)
        : body.includes("•")
          ? body.split("•")
          : /(^|\s)\d+\)\s/.test(body)
            ? body.split(/(?:^|\s)\d+\)\s+/)
            : body.split(/(?<=[a-zæøå])(?=[A-ZÆØÅ])/);
      for (const item of items) {
        const text = decode(item.replace(/<[^>]+>/g, "")).trim();
        if (text !== "") paragraphs.push({ text, bullet: true, ordered: list[1].toLowerCase() === "ol" });
      }
      continue;
    }
    const paragraph = /^<p\b[^>]*>([\s\S]*)<\/p>$/i.exec(piece);
    const inner = paragraph ? paragraph[1] : piece;
    const text = decode(inner.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, ""));
    if (paragraph) paragraphs.push({ text: text.trim().replace(/\s+/g, " ") });
    else
      for (const line of text.split(/\s{2,}|\n/))
        if (line.trim() !== "") paragraphs.push({ text: line.trim() });
  }
  return paragraphs;
}

const bulletNumbering = {
  config: [
    {
      reference: "punkter",
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: "•",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
    {
      reference: "tal",
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1)",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};

function toParagraph(text) {
  const heading = /^(#{1,6})\s+(.*)$/.exec(text.trim());
  if (heading) {
    const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
    return new Paragraph({
      heading: levels[Math.min(heading[1].length, 3) - 1],
      children: [new TextRun(heading[2].replace(/\*\*/g, ""))],
    });
  }
  const bullet = /^(\s*)[-*•]\s+(.*)$/.exec(text);
  if (bullet)
    return new Paragraph({
      numbering: { reference: "punkter", level: Math.min(Math.floor(bullet[1].length / 2), 2) },
      children: runs(bullet[2]),
    });
  return new Paragraph({ children: runs(text.trim()) });
}

/** How the n-th smiley of the follow-up is stored: every way Word users store them. */
function smileyRuns(status, index) {
  const wingdings = { green: "J", yellow: "K", red: "L" };
  const emoji = { green: "🙂", yellow: "😐", red: "🙁" };
  const alt = { green: "Grøn smiley", yellow: "Gul smiley", red: "Rød smiley" };
  switch (index % 6) {
    case 0:
      return [
        new SymbolRun({
          char: `F0${wingdings[status].charCodeAt(0).toString(16).toUpperCase()}`,
          symbolfont: "Wingdings",
        }),
      ];
    case 1:
      return [
        new SymbolRun({
          char: `00${wingdings[status].charCodeAt(0).toString(16).toUpperCase()}`,
          symbolfont: "Wingdings",
        }),
      ];
    case 2:
      return [new TextRun({ text: `${emoji[status]}\uFE0F`, font: "Segoe UI Emoji" })];
    case 3:
      return [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width: 16, height: 16 },
          altText: { name: `Billede ${index}`, description: alt[status], title: alt[status] },
        }),
      ];
    case 4:
      return [new TextRun({ text: wingdings[status], font: "Wingdings", size: 28 })];
    default:
      // A sad face coloured amber is Word users' yellow where they have no neutral face.
      return status === "yellow"
        ? [new TextRun({ text: "L", font: "Wingdings", color: "FFC000" })]
        : [new TextRun({ text: status === "green" ? "☺" : "☹", font: "Segoe UI Symbol" })];
  }
}

function buildFollowUp(blocks, manifest) {
  let smileyIndex = 0;
  let sadMilestones = 0;
  let tracked = false;
  const children = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      children.push(toParagraph(block.text));
      continue;
    }
    const rows = block.rows.map((cells) => {
      const label = cells[0]
        .replace(/<[^>]+>/g, "")
        .trim()
        .toLowerCase();
      const isStatusRow = label === "milepæl" || label === "milepæle" || label === "økonomi";
      return new TableRow({
        children: cells.map((cell, index) => {
          const face = cell.replace(/<[^>]+>/g, "").trim();
          if (isStatusRow && index === 3 && (face === "☺" || face === "☹")) {
            let status = face === "☺" ? "green" : "red";
            if (status === "red" && label !== "økonomi") {
              // Every other sad face on a milestone is yellow: the text seed cannot tell them apart.
              if (sadMilestones % 2 === 0) status = "yellow";
              sadMilestones += 1;
              manifest.sadMilestones.push(status);
            }
            const stored = smileyRuns(status, smileyIndex);
            smileyIndex += 1;
            return new TableCell({ children: [new Paragraph({ children: stored })] });
          }
          const paragraphs = cellParagraphs(cell).map((paragraph, at) => {
            // The first description gets a tracked deletion and insertion: read as accepted.
            if (!tracked && index === 0 && at === 0 && cells.length === 2 && paragraph.text.length > 20) {
              tracked = true;
              const cut = paragraph.text.lastIndexOf(" ");
              return new Paragraph({
                children: [
                  new CommentRangeStart(1),
                  new TextRun(paragraph.text.slice(0, cut + 1)),
                  new DeletedTextRun({
                    id: 1,
                    author: "Sagsbehandler",
                    date: "2017-10-20T10:00:00Z",
                    text: "SLETTET TEKST ",
                  }),
                  new InsertedTextRun({
                    id: 2,
                    author: "Sagsbehandler",
                    date: "2017-10-20T10:00:00Z",
                    text: paragraph.text.slice(cut + 1),
                  }),
                  new CommentRangeEnd(1),
                  new TextRun({ children: [new CommentReference(1)] }),
                ],
              });
            }
            return paragraph.bullet
              ? new Paragraph({
                  numbering: { reference: paragraph.ordered ? "tal" : "punkter", level: 0 },
                  children: runs(paragraph.text),
                })
              : new Paragraph({ children: runs(paragraph.text) });
          });
          return new TableCell({ children: paragraphs.length > 0 ? paragraphs : [new Paragraph("")] });
        }),
      });
    });
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    children.push(new Paragraph(""));
  }
  manifest.smileys = smileyIndex;
  return children;
}

function buildPlan(blocks) {
  const children = [];
  let dateSplits = 0;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      children.push(toParagraph(block.text));
      continue;
    }
    const width = Math.max(...block.rows.map((row) => row.length));
    const header = block.rows[0].map((cell) => cell.trim().toLowerCase());
    const themeColumn = header.indexOf("tema");
    const rows = block.rows.map((cells, rowIndex) => {
      const padded = [...cells, ...Array(Math.max(0, width - cells.length)).fill("")];
      const tableCells = [];
      for (let index = 0; index < padded.length; index += 1) {
        const cell = padded[index];
        // Rows with the same theme share one merged theme cell, as planners lay them out.
        const above = block.rows[rowIndex - 1]?.[index];
        const below = block.rows[rowIndex + 1]?.[index];
        const merge =
          index === themeColumn && rowIndex > 0 && cell.trim() !== ""
            ? above !== undefined && rowIndex > 1 && above.trim() === cell.trim()
              ? VerticalMergeType.CONTINUE
              : below !== undefined && below.trim() === cell.trim()
                ? VerticalMergeType.RESTART
                : undefined
            : undefined;
        // An empty last cell merges into the cell before it, as a cell spanning two columns.
        if (
          index === padded.length - 2 &&
          padded[index + 1].trim() === "" &&
          cell.trim() !== "" &&
          rowIndex > 0
        ) {
          tableCells.push(
            new TableCell({
              columnSpan: 2,
              children: cellParagraphs(cell).map((p) => new Paragraph({ children: runs(p.text) })),
            }),
          );
          index += 1;
          continue;
        }
        // A date with its year is broken over two lines, by a line break or as two paragraphs.
        const splitDate = index === 0 && rowIndex > 0 ? /^(.*\S)\s+(\d{4})$/.exec(cell.trim()) : null;
        if (splitDate) {
          dateSplits += 1;
          tableCells.push(
            new TableCell({
              children:
                dateSplits % 2 === 0
                  ? [new Paragraph(splitDate[1]), new Paragraph(splitDate[2])]
                  : [
                      new Paragraph({
                        children: [new TextRun(splitDate[1]), new TextRun({ text: splitDate[2], break: 1 })],
                      }),
                    ],
            }),
          );
          continue;
        }
        const paragraphs =
          merge === VerticalMergeType.CONTINUE
            ? [new Paragraph("")]
            : cellParagraphs(cell).map((paragraph) =>
                paragraph.bullet
                  ? new Paragraph({
                      numbering: { reference: paragraph.ordered ? "tal" : "punkter", level: 0 },
                      children: runs(paragraph.text),
                    })
                  : new Paragraph({ children: runs(paragraph.text) }),
              );
        tableCells.push(
          new TableCell({
            ...(merge === undefined ? {} : { verticalMerge: merge }),
            children: paragraphs.length > 0 ? paragraphs : [new Paragraph("")],
          }),
        );
      }
      return new TableRow({ children: tableCells, tableHeader: rowIndex === 0 });
    });
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  return children;
}

const manifest = { sadMilestones: [], smileys: 0 };
for (const [name, file] of Object.entries(seedFiles)) {
  const blocks = parseSeed(readFileSync(join(seeds, file), "utf8"));
  const children = name.startsWith("budget") ? buildFollowUp(blocks, manifest) : buildPlan(blocks);
  const document = new Document({
    creator: "milepael make-fixtures",
    title: name,
    numbering: bulletNumbering,
    comments: {
      children: [
        {
          id: 1,
          author: "Sagsbehandler",
          date: new Date("2017-10-20T10:00:00Z"),
          children: [new Paragraph("Kommentar: tjek teksten")],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("Ballerup Kommune · sidehoved")] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ children: [new TextRun({ children: ["Side ", PageNumber.CURRENT] })] }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  writeFileSync(join(here, `${name}.docx`), bytes);
  console.log(`${name}.docx ${bytes.length} bytes`);
}
writeFileSync(join(here, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const soffice = ["soffice", "libreoffice"].find((command) => {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
if (soffice === undefined) {
  console.log("LibreOffice not found: PDFs not rebuilt");
} else {
  for (const name of Object.keys(seedFiles)) {
    execFileSync(
      soffice,
      ["--headless", "--convert-to", "pdf", "--outdir", here, join(here, `${name}.docx`)],
      {
        stdio: "inherit",
      },
    );
    if (!existsSync(join(here, `${name}.pdf`))) throw new Error(`${name}.pdf was not made`);
  }
}
