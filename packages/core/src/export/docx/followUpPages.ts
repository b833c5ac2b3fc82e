// A follow-up's title page fields, rounds, sections and initiatives as Word pages whose every value
// is a tagged content control (see pageTags.ts), laid out as `buildReport` lays them out.

import type { Locale } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { BudgetFollowUp, Initiative } from "../../model/budgetFollowUp.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { formatReportDate } from "../../report/buildReport";
import type { Status, StatusScale } from "../../status/status";
import { statusFaces } from "../../status/vocabulary";
import {
  initiativeKindWords,
  marks,
  markText,
  type PageTag,
  paragraphsToRich,
  richToParagraphs,
  roundKindWords,
  shownText,
  type TagParagraph,
  unshownFields,
  writeTag,
} from "./pageTags";

type Docx = typeof import("docx");
type DocxParagraph = InstanceType<Docx["Paragraph"]>;
type DocxTable = InstanceType<Docx["Table"]>;
type DocxRun = InstanceType<Docx["TextRun"]>;

/** What the file's copy keeps for a tag: the exact value, or the fields the pages do not show. */
export interface CopyEntry {
  value?: string;
  extras?: Record<string, unknown>;
}

/** Writes tagged runs; collects the tags and the copy's entries as it goes. */
export class TagWriter {
  readonly tags: string[] = [];
  readonly entries: CopyEntry[] = [];
  /** Numbering instances used so far: each list its own, so an ordered list starts at 1. */
  private lists = 0;

  constructor(readonly docx: Docx) {}

  /** `runs` inside a content control tagged `name`. */
  tagged(name: string, args: Record<string, string>, runs: readonly DocxRun[]): DocxRun[] {
    this.tags.push(writeTag({ name, args } satisfies PageTag));
    const id = this.tags.length - 1;
    return [
      new this.docx.TextRun(`${marks.open}${id}${marks.openEnd}`),
      ...runs,
      new this.docx.TextRun(marks.close),
    ];
  }

  /** Plain text in a control; what the page cannot hold exactly goes to the copy. */
  text(name: string, value: string, args: Record<string, string> = {}, bold = false): DocxRun[] {
    const exact = shownText(value) === value ? args : { ...args, c: this.entry({ value }) };
    this.tags.push(writeTag({ name, args: exact }));
    // One run with the marks around its text, split into the control after packing: a third of
    // the runs a control of its own would take, and the docx package's time goes by the run.
    const text = `${marks.open}${this.tags.length - 1}${marks.openEnd}${markText(value)}${marks.close}`;
    return [new this.docx.TextRun({ text, bold })];
  }

  /** Sanitised rich text as paragraphs, each in a control (`more=1` after the first). */
  rich(name: string, html: string): DocxParagraph[] {
    // Word's lists here have three levels; deeper items are drawn at the third.
    const paragraphs: TagParagraph[] = richToParagraphs(html).map((paragraph) =>
      paragraph.list === undefined
        ? paragraph
        : { ...paragraph, list: { ...paragraph.list, level: Math.min(paragraph.list.level, 2) } },
    );
    const args = paragraphsToRich(paragraphs) === html ? {} : { c: this.entry({ value: html }) };
    const first = this.lists + 1;
    this.lists += new Set(paragraphs.map((paragraph) => paragraph.list?.group).filter(Boolean)).size;
    return paragraphs.map(
      (paragraph, index) =>
        new this.docx.Paragraph({
          ...(paragraph.list === undefined
            ? {}
            : {
                numbering: {
                  reference: paragraph.list.ordered ? "mp-numbers" : "mp-bullets",
                  level: paragraph.list.level,
                  instance: first + Number(paragraph.list.group ?? 0),
                },
              }),
          children: this.tagged(
            name,
            index === 0 ? args : { more: "1" },
            paragraph.runs.map((run) =>
              run.kind === "break"
                ? new this.docx.TextRun({ text: "", break: 1 })
                : new this.docx.TextRun({ text: markText(run.text), bold: run.bold, italics: run.italic }),
            ),
          ),
        }),
    );
  }

  /** The copy's entry for extras, as the argument `x`, when there are any. */
  extras(source: object, keys: readonly string[]): Record<string, string> {
    const extras = Object.fromEntries(
      Object.entries(source).filter(([key, value]) => keys.includes(key) && value !== undefined),
    );
    return Object.keys(extras).length === 0 ? {} : { x: this.entry({ extras }) };
  }

  private entry(entry: CopyEntry): string {
    this.entries.push(entry);
    return String(this.entries.length - 1);
  }
}

/**
 * Replaces the marks in a packed `word/document.xml` by content controls, tabs and line breaks.
 * Returns null if a mark is left, which would be a bug of the writer.
 *
 * @example
 * applyMarks(xml, writer.tags); // "<w:document …><w:sdt>…"
 */
export function applyMarks(xml: string, tags: readonly string[]): string | null {
  const run = (inner: string) => `<w:r><w:t xml:space="preserve">${inner}</w:t></w:r>`;
  const text = '<w:t xml:space="preserve">';
  const open = (id: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="${escapeAttribute(tags[Number(id)] ?? "")}"/></w:sdtPr><w:sdtContent>`;
  const replaced = xml
    // A value's run: the marks around its text.
    .replace(
      new RegExp(
        `<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?${text}${marks.open}(\\d+)${marks.openEnd}([^<${marks.close}]*)${marks.close}</w:t></w:r>`,
        "g",
      ),
      (_all, properties: string | undefined, id: string, value: string) =>
        `${open(id)}<w:r>${properties ?? ""}${text}${value}</w:t></w:r></w:sdtContent></w:sdt>`,
    )
    // A control around other runs: a run of its own opens it, another closes it.
    .replace(new RegExp(run(`${marks.open}(\\d+)${marks.openEnd}`), "g"), (_all, id: string) => open(id))
    .replaceAll(run(marks.close), "</w:sdtContent></w:sdt>")
    .replaceAll(marks.tab, `</w:t><w:tab/>${text}`)
    .replaceAll(marks.lineBreak, `</w:t><w:br/>${text}`)
    .replaceAll(marks.carriageReturn, `</w:t><w:cr/>${text}`);
  return /[\uFDD0-\uFDD5]/.test(replaced) ? null : replaced;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const metadataLabels: { key: keyof DocumentMetadata; label: string }[] = [
  { key: "date", label: "Dato" },
  { key: "phone", label: "Tlf. dir." },
  { key: "email", label: "E-mail" },
  { key: "contactPerson", label: "Kontakt" },
  { key: "caseId", label: "Sagsid" },
];

/** The fields the seed's title page does not have, shown under "Om dokumentet". */
const otherMetadataLabels: { key: keyof DocumentMetadata; label: string }[] = [
  { key: "organisation", label: "Organisation" },
  { key: "year", label: "År" },
];

/**
 * The title page fields in the seed's words and order, a present but empty field too (`other`:
 * organisation and year, which the title page does not show).
 *
 * @example
 * metadataParagraphs(writer, followUp.metadata, "da"); // "Dato: 27. oktober 2017", "Tlf. dir.: …", …
 */
export function metadataParagraphs(
  writer: TagWriter,
  metadata: DocumentMetadata,
  locale: Locale,
  other = false,
): DocxParagraph[] {
  const { docx } = writer;
  return (other ? otherMetadataLabels : metadataLabels).flatMap(({ key, label }) => {
    const value = metadata[key];
    if (value === undefined) return [];
    const shown =
      key === "date"
        ? writer.tagged("meta.date", {}, [new docx.TextRun(formatReportDate(String(value), locale))])
        : key === "year"
          ? writer.tagged("meta.year", {}, [new docx.TextRun(String(value))])
          : writer.text(`meta.${key}`, String(value));
    return [new docx.Paragraph({ children: [new docx.TextRun(`${label}: `), ...shown] })];
  });
}

/**
 * The document's title as its Word heading 1, tagged with the document's type and schema version.
 *
 * @example
 * titleParagraph(writer, followUp); // <w:sdt> tagged "mp:title type=budget-follow-up v=2"
 */
export function titleParagraph(writer: TagWriter, document: BudgetFollowUp): DocxParagraph {
  const { docx } = writer;
  return new docx.Paragraph({
    heading: docx.HeadingLevel.HEADING_1,
    keepNext: true,
    children: writer.text("title", document.metadata.title, {
      type: document.type,
      v: String(document.schemaVersion),
      ...writer.extras(document, unshownFields.document),
    }),
  });
}

const words = {
  da: {
    rounds: "Om dokumentet",
    current: "Dokumentet rapporterer på",
    columns: ["Opfølgning", "Art", "Opgjort pr.", "Behandles på møde"],
  },
  en: {
    rounds: "About the document",
    current: "The document reports on",
    columns: ["Round", "Kind", "Cut-off", "Meeting"],
  },
} as const;

/**
 * About the document: its organisation and year, the rounds with their kind, cut-off and meeting
 * date, and the round the document reports on.
 *
 * @example
 * roundsBlocks(writer, followUp, "da", 9638); // heading "Om dokumentet", "År: 2017", the rounds' table
 */
export function roundsBlocks(
  writer: TagWriter,
  document: BudgetFollowUp,
  locale: Locale,
  width: number,
): (DocxParagraph | DocxTable)[] {
  const { docx } = writer;
  const t = words[locale];
  const other = metadataParagraphs(writer, document.metadata, locale, true);
  if (document.rounds.length === 0 && document.currentRound === undefined && other.length === 0) return [];
  const blocks: (DocxParagraph | DocxTable)[] = [
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_2,
      keepNext: true,
      children: [new docx.TextRun(t.rounds)],
    }),
    ...other,
  ];
  if (document.rounds.length > 0) {
    const paragraph = (children: DocxRun[]) => new docx.Paragraph({ children });
    blocks.push(
      table(writer, width, [
        t.columns.map((column) => [paragraph([new docx.TextRun({ text: column, bold: true })])]),
        ...document.rounds.map((round) => [
          [
            paragraph(
              writer.text("round", round.label, {
                id: round.id,
                ...writer.extras(round, unshownFields.round),
              }),
            ),
          ],
          [
            paragraph(
              writer.tagged("round.kind", {}, [new docx.TextRun(roundKindWords[locale][round.kind])]),
            ),
          ],
          [
            paragraph(
              writer.tagged("round.cutOff", {}, [new docx.TextRun(formatReportDate(round.cutOff, locale))]),
            ),
          ],
          [
            paragraph(
              round.meetingDate === undefined
                ? []
                : writer.tagged("round.meetingDate", {}, [
                    new docx.TextRun(formatReportDate(round.meetingDate, locale)),
                  ]),
            ),
          ],
        ]),
      ]),
    );
  }
  if (document.currentRound !== undefined) {
    const label =
      document.rounds.find((round) => round.id === document.currentRound)?.label ?? document.currentRound;
    blocks.push(
      new docx.Paragraph({
        children: [
          new docx.TextRun(`${t.current}: `),
          ...writer.text("current", label, { id: document.currentRound }),
        ],
      }),
    );
  }
  return blocks;
}

/**
 * Every section as a heading, every initiative as a heading and its table.
 *
 * @example
 * sectionBlocks(writer, followUp, "da", 9638); // "5. Erhverv og Beskæftigelse", "5.03 …", its table, …
 */
export function sectionBlocks(
  writer: TagWriter,
  document: BudgetFollowUp,
  locale: Locale,
  width: number,
): (DocxParagraph | DocxTable)[] {
  const { docx } = writer;
  const roundLabel = new Map(document.rounds.map((round) => [round.id, round.label]));
  const blocks: (DocxParagraph | DocxTable)[] = [];
  for (const section of document.sections) {
    const number =
      section.number === undefined
        ? []
        : [
            ...writer.text("section.number", section.number),
            new docx.TextRun(section.number === "" ? "" : ". "),
          ];
    blocks.push(
      new docx.Paragraph({
        heading: docx.HeadingLevel.HEADING_2,
        keepNext: true,
        children: writer.tagged("section", {}, [...number, ...writer.text("section.title", section.title)]),
      }),
    );
    for (const initiative of section.initiatives) {
      const title = (bold: boolean) => [
        ...(initiative.number === undefined
          ? []
          : [...writer.text("initiative.number", initiative.number, {}, bold), new docx.TextRun(" ")]),
        ...writer.text("initiative.title", initiative.title, {}, bold),
      ];
      blocks.push(
        new docx.Paragraph({
          heading: docx.HeadingLevel.HEADING_3,
          keepNext: true,
          children: writer.tagged(
            "initiative",
            { id: initiative.id, ...writer.extras(initiative, unshownFields.initiative) },
            title(false),
          ),
        }),
      );
      blocks.push(initiativeTable(writer, initiative, roundLabel, locale, width));
    }
  }
  return blocks;
}

function initiativeTable(
  writer: TagWriter,
  initiative: Initiative,
  roundLabel: ReadonlyMap<string, string>,
  locale: Locale,
  width: number,
): DocxTable {
  const { docx } = writer;
  const paragraph = (children: DocxRun[]) => new docx.Paragraph({ children });
  const bold = (text: string) => new docx.TextRun({ text, bold: true });
  const heading = (initiative.number === undefined ? "" : `${initiative.number} `) + initiative.title;
  const kind =
    initiative.kind === undefined
      ? [bold("Kort beskrivelse af indsatsen")]
      : [
          bold("Kort beskrivelse af indsatsen ("),
          ...writer.tagged("initiative.kind", {}, [bold(initiativeKindWords[initiative.kind])]),
          bold(")"),
        ];
  const status = (name: string, value: Status, scale: StatusScale) => {
    const word = statusLabel(value, scale, locale).name;
    const face = statusFaces[value];
    return paragraph(
      writer.tagged(name, {}, [
        ...(face === "" ? [] : [new docx.TextRun({ text: face, font: "Segoe UI Symbol" })]),
        new docx.TextRun(face === "" ? word : ` ${word}`),
      ]),
    );
  };
  const withNote = (name: string, html: string, note: string | undefined) => [
    ...writer.rich(`${name}.text`, html),
    ...(note === undefined
      ? []
      : [paragraph([new docx.TextRun("Status: "), ...writer.text(`${name}.statusNote`, note)])]),
  ];
  const lead: DocxRun[] = [];
  const part = (label: string, runs: DocxRun[]) => {
    lead.push(new docx.TextRun(`${lead.length === 0 ? "" : " "}${label}: `), ...runs);
  };
  if (initiative.responsibleCenter !== undefined)
    part("Ansvarligt center", writer.text("initiative.center", initiative.responsibleCenter));
  if (initiative.responsibleCommittee !== undefined)
    part("Ansvarligt udvalg", writer.text("initiative.committee", initiative.responsibleCommittee));
  if (initiative.keyContributors.length > 0)
    part(
      "Væsentlig bidragsyder",
      initiative.keyContributors.flatMap((name, index) => [
        ...(index === 0 ? [] : [new docx.TextRun(", ")]),
        ...writer.text("initiative.contributor", name),
      ]),
    );
  const responsibility = [
    ...(lead.length === 0 ? [] : [paragraph(lead)]),
    ...(initiative.notes === undefined ? [] : writer.rich("initiative.notes", initiative.notes)),
  ];
  const rows: { cells: DocxParagraph[][]; span?: number }[] = [
    {
      cells: [
        [paragraph([bold(heading)])],
        [paragraph(kind)],
        [paragraph([bold("Tid")])],
        [paragraph([bold("Smiley")])],
      ],
    },
    {
      cells: [
        writer.rich("initiative.description", initiative.description),
        responsibility.length === 0 ? [paragraph([])] : responsibility,
      ],
      span: 3,
    },
    ...initiative.milestones.map((milestone) => ({
      cells: [
        [
          paragraph(
            writer.tagged("milestone", writer.extras(milestone, unshownFields.milestone), [
              new docx.TextRun("Milepæl"),
            ]),
          ),
        ],
        withNote("milestone", milestone.text, milestone.statusNote),
        [
          paragraph(
            writer.text("milestone.round", roundLabel.get(milestone.round) ?? milestone.round, {
              id: milestone.round,
            }),
          ),
        ],
        [status("milestone.status", milestone.status, "milestone")],
      ],
    })),
    ...(initiative.economy === undefined
      ? []
      : [
          {
            cells: [
              [
                paragraph(
                  writer.tagged("economy", writer.extras(initiative.economy, unshownFields.economy), [
                    new docx.TextRun("Økonomi"),
                  ]),
                ),
              ],
              withNote("economy", initiative.economy.text, initiative.economy.statusNote),
              [paragraph([])],
              [status("economy.status", initiative.economy.status, "economy")],
            ],
          },
        ]),
  ];
  const [first, third, fourth] = [0.22, 0.2, 0.16].map((share) => Math.round(width * share)) as [
    number,
    number,
    number,
  ];
  return new docx.Table({
    width: { size: width, type: docx.WidthType.DXA },
    columnWidths: [first, width - first - third - fourth, third, fourth],
    rows: rows.map(
      (row, index) =>
        new docx.TableRow({
          ...(index === 0 ? { tableHeader: true } : {}),
          cantSplit: true,
          // An initiative's table stays on one page: every row kept with the next.
          ...(index < rows.length - 1 ? { keepNext: true } : {}),
          children: row.cells.map(
            (children, cell) =>
              new docx.TableCell({
                ...(row.span !== undefined && cell === 1 ? { columnSpan: row.span } : {}),
                children,
              }),
          ),
        }),
    ),
  });
}

function table(writer: TagWriter, width: number, rows: DocxParagraph[][][]): DocxTable {
  const { docx } = writer;
  const columns = Math.max(...rows.map((row) => row.length));
  return new docx.Table({
    width: { size: width, type: docx.WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
    rows: rows.map(
      (row, index) =>
        new docx.TableRow({
          ...(index === 0 ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.map((children) => new docx.TableCell({ children })),
        }),
    ),
  });
}
