import type { DateExpression } from "../model/common.schema";
import { toDateExpression } from "../model/dateExpression";
import type { DocumentMetadata } from "../model/metadata.schema";
import {
  type Activity,
  type PlanDocument,
  planDocumentSchema,
  type planKinds,
  type Track,
} from "../model/plan.schema";
import { sanitizeRichText } from "../richText/richText";
import {
  type CommonImportOptions,
  checkInputSize,
  DiagnosticCollector,
  guardImport,
  type ImportResult,
  reportIfInvalid,
} from "./common";
import { readDelimited } from "./delimited";
import { type PlanColumn, planColumnNames } from "./importPlanText";
import { readCsvMetadataBlock } from "./readCsvMetadataBlock";

export interface PlanCsvImportOptions extends CommonImportOptions {
  /** Column delimiter; detected from the header when not given. */
  delimiter?: "," | ";" | "\t";
  /** Which column holds what, by header text, for headers milepael does not know. */
  columns?: Record<string, CsvColumn>;
  /**
   * The document's metadata. Default: what the CSV's metadata block says (milepael's export
   * writes one), else title "Uden titel". The same holds for the options below.
   */
  metadata?: DocumentMetadata;
  planKind?: (typeof planKinds)[number];
  /** Tracks by id; tracks named in the table but not here are made from their id. */
  tracks?: readonly Track[];
  introduction?: string;
}

type CsvColumn = PlanColumn | "id" | "tags" | "start" | "end" | "ignore";

// What milepael's own CSV export writes besides the usual names, Danish and English.
const extraColumns: Record<string, CsvColumn> = {
  id: "id",
  tags: "tags",
  emneord: "tags",
  start: "start",
  slut: "end",
  end: "end",
};

/**
 * A cell Excel would read as a formula was written with a leading apostrophe; remove it.
 *
 * @example
 * unescapeCell("'=SUM(A1)"); // "=SUM(A1)"
 */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

/**
 * Reads a plan's activity table kept in Excel (CSV or TSV: comma, semicolon or tab, quoted
 * fields with line breaks, UTF-8 with or without BOM, CRLF) into a `plan` document. Columns are
 * found by Danish or English names ("Dato", "Aktivitet", "Målgruppe" / "Date", "Activity") or an
 * explicit mapping. Never throws.
 *
 * @example
 * const { document } = importPlanCsv("Dato;Aktivitet;Målgruppe\r\n8. maj 2017;Kick-off;Alle\r\n");
 * document?.activities[0]?.title; // "Kick-off"
 */
export function importPlanCsv(text: string, options: PlanCsvImportOptions = {}): ImportResult<PlanDocument> {
  const refused = checkInputSize(text, options);
  if (refused) return { document: null, diagnostics: [refused] };
  const collector = new DiagnosticCollector();
  const activities: Activity[] = [];
  let block: ReturnType<typeof readCsvMetadataBlock>["block"] = { found: false };
  const build = (): PlanDocument => {
    const known = new Map((options.tracks ?? block.tracks ?? []).map((track) => [track.id, track]));
    for (const activity of activities) {
      if (activity.track !== undefined && !known.has(activity.track))
        known.set(activity.track, { id: activity.track, title: activity.track });
    }
    const document: PlanDocument = {
      schemaVersion: 1,
      type: "plan",
      planKind: options.planKind ?? block.planKind ?? "other",
      metadata: options.metadata ??
        block.metadata ?? {
          title: "Uden titel",
          ...(options.year === undefined ? {} : { year: options.year }),
        },
      ...((options.introduction ?? block.introduction) === undefined
        ? {}
        : { introduction: options.introduction ?? block.introduction }),
      tracks: [...known.values()],
      activities,
    };
    reportIfInvalid(planDocumentSchema, document, collector);
    return document;
  };
  return guardImport(
    collector,
    () => {
      const read = readCsvMetadataBlock(
        readDelimited(text, options.delimiter, collector),
        unescapeCell,
        collector,
      );
      block = read.block;
      const [header, ...body] = read.table;
      if (header === undefined) return build();
      const columns = header.cells.map((cell): CsvColumn | null => {
        const name = cell.trim();
        return (
          options.columns?.[name] ??
          planColumnNames[name.toLowerCase()] ??
          extraColumns[name.toLowerCase()] ??
          null
        );
      });
      header.cells.forEach((cell, index) => {
        if (columns[index] === null && cell.trim() !== "")
          collector.add("info", "import.unknown-column", header.line, { column: cell.trim() });
      });
      for (const name of ["date", "title"] as const) {
        if (!columns.includes(name))
          collector.add("error", "import.missing-column", header.line, { column: name });
      }
      const year = options.metadata?.year ?? block.metadata?.year ?? options.year;
      const ids = new Set<string>();
      for (const row of body) {
        const value = (column: CsvColumn) => {
          const index = columns.indexOf(column);
          return index < 0 ? undefined : unescapeCell(row.cells[index] ?? "");
        };
        const extra = row.cells.length - header.cells.length;
        if (extra > 0 && row.cells.slice(header.cells.length).some((cell) => cell.trim() !== "")) {
          collector.add(
            "warning",
            "import.extra-cells",
            row.line,
            { count: extra },
            row.cells.slice(header.cells.length).join(";"),
          );
        }
        const dateText = value("date") ?? "";
        const date = readDate(dateText, value("start"), value("end"), year);
        if (date === null) {
          collector.add(
            "warning",
            "import.date-columns-disagree",
            row.line,
            { text: dateText, start: value("start") ?? "", end: value("end") ?? "" },
            dateText,
          );
        }
        const understood = date ?? toDateExpression(dateText, year === undefined ? {} : { year });
        if (dateText.trim() !== "" && understood.kind === null) {
          collector.add(
            "warning",
            "import.date-not-understood",
            row.line,
            { text: dateText, reason: understood.reason ?? "" },
            dateText,
          );
        }
        const unknownTags = header.cells.flatMap((name, index) =>
          columns[index] === null && (row.cells[index] ?? "").trim() !== ""
            ? [`${name.trim()}: ${unescapeCell(row.cells[index] ?? "")}`]
            : [],
        );
        const tags = readTags(value("tags") ?? "");
        // Ids are kept as written; trimming only decides whether there is one.
        let id = value("id")?.trim() ? (value("id") as string) : `a${activities.length + 1}`;
        while (ids.has(id)) id = `${id}-2`;
        ids.add(id);
        const optional = (column: CsvColumn, key: keyof Activity) => {
          const found = value(column);
          return found === undefined || found === "" ? {} : { [key]: found };
        };
        const description = sanitizeRichText(value("description") ?? "").html;
        activities.push({
          id,
          date: understood,
          ...optional("theme", "theme"),
          title: value("title") ?? "",
          ...(description === "" ? {} : { description }),
          ...optional("participants", "participants"),
          ...optional("responsible", "responsible"),
          ...optional("track", "track"),
          tags: [...tags, ...unknownTags],
        });
      }
      return build();
    },
    build,
  );
}

/**
 * The date of a row: its text read in the document's year, unless the Start and Slut columns
 * (what milepael's export writes beside the text) show it was read in another: then in the year
 * that gives that interval ("8. maj" of a plan spanning two years, "uge 1" starting in December).
 * `null` when no year gives the columns' interval: the text and the columns disagree.
 */
function readDate(
  text: string,
  startCell: string | undefined,
  endCell: string | undefined,
  year: number | undefined,
): DateExpression | null {
  const read = (inYear: number | undefined) =>
    toDateExpression(text, inYear === undefined ? {} : { year: inYear });
  const parsed = read(year);
  if (startCell === undefined && endCell === undefined) return parsed;
  const start = (startCell ?? "").trim();
  const end = (endCell ?? "").trim();
  const fits = (date: DateExpression) => (date.start ?? "") === start && (date.end ?? "") === end;
  // Empty columns (a row added by hand in Excel, or a date with no interval): the text decides.
  if (fits(parsed) || (start === "" && end === "")) return parsed;
  const years = [start, end]
    .filter((iso) => /^\d{4}-/.test(iso))
    .flatMap((iso) => {
      const found = Number(iso.slice(0, 4));
      return [found, found + 1, found - 1];
    });
  for (const candidate of years) {
    const date = read(candidate);
    if (fits(date)) return date;
  }
  return null;
}

/** Tags as `tagsCell` writes them: "a; b", or a JSON array when a tag holds a semicolon. */
function readTags(cell: string): string[] {
  if (cell.trimStart().startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(cell);
      if (Array.isArray(parsed) && parsed.every((tag) => typeof tag === "string")) return parsed;
    } catch {
      // Not milepael's array: read it as people write tags.
    }
  }
  return cell.split(/;\s*/).filter((tag) => tag !== "");
}
