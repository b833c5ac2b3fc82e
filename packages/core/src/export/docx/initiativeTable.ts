// An initiative's table on a follow-up's Word pages, as the seed lays it out: the heading row, the
// description beside the responsibility, a row per milestone and one for the economy.

import type { Locale } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { Initiative } from "../../model/budgetFollowUp.schema";
import type { Status, StatusScale } from "../../status/status";
import { statusFaces } from "../../status/vocabulary";
import { initiativeKindWords, unshownFields } from "./pageTags";
import type { DocxParagraph, DocxRun, DocxTable, TagWriter } from "./tagWriter";

/**
 * An initiative's table, every value tagged: kind, description, responsibility, each milestone
 * with its round and smiley, the economy line. The table keeps to one page.
 *
 * @example
 * initiativeTable(writer, initiative, new Map([["2017-3", "3. budgetopfølgning 2017"]]), "da", 9638);
 */
export function initiativeTable(
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
