import { toDateExpression } from "../../model/dateExpression";
import type { DocumentMetadata } from "../../model/metadata.schema";
import type { Activity, PlanDocument, planKinds, Track } from "../../model/plan.schema";
import { csvDocumentMetadata } from "../csvMetadata/read";
import { type CsvSheet, importCsv } from "../csvMetadata/sheet";
import { columnName, type PlanColumn, planColumnOf } from "../planText/columns";
import { ownValue, richCell, typedLinesAsRichText, unescapeCell } from "../shared/cells";
import { type DiagnosticCollector, reportDuplicateRows } from "../shared/collector";
import { firstColumnIndexes, rowCell } from "../shared/csvColumns";
import { inferYear } from "../shared/header";
import { IdAllocator } from "../shared/ids";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { reportExtraCells, reportUnknownColumns } from "../shared/rowReports";
import { readRowDate } from "./rowDate";

export interface PlanCsvImportOptions extends CommonImportOptions {
  /** Column delimiter; detected from the header when not given. */
  delimiter?: "," | ";" | "\t";
  /** Which column holds what, by header text, for headers milepael does not know. */
  columns?: Record<string, CsvColumn>;
  /**
   * The document's metadata. Default: what the CSV's metadata block says (milepael's export
   * writes one), else the sheet's title above the header, else title "Uden titel". The same holds
   * for the options below.
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
  const columnOf = (cell: string): CsvColumn | null => {
    const fromOptions = ownValue(options.columns, cell.trim());
    if (fromOptions !== undefined) return fromOptions;
    // "Dato:", "**Dato**", "<strong>Dato</strong>" name the date column too.
    const name = columnName(cell);
    if (name === null) return null;
    return (
      ownValue(options.columns, name) ??
      planColumnOf(name) ??
      ownValue(extraColumns, name.toLowerCase()) ??
      null
    );
  };
  const isHeader = (cells: readonly string[]) => {
    const found = cells.map(columnOf);
    return found.includes("date") && found.includes("title");
  };
  return importCsv(text, options, isHeader, (collector) => {
    const activities: Activity[] = [];
    let year = options.metadata?.year ?? options.year;
    const build = ({ block, sheetTitle }: CsvSheet): PlanDocument => {
      const known = new Map((options.tracks ?? block.tracks ?? []).map((track) => [track.id, track]));
      for (const activity of activities) {
        if (activity.track !== undefined && !known.has(activity.track))
          known.set(activity.track, { id: activity.track, title: activity.track });
      }
      const document: PlanDocument = {
        schemaVersion: 2,
        type: "plan",
        planKind: options.planKind ?? block.planKind ?? "other",
        metadata: csvDocumentMetadata(options.metadata, block, { title: sheetTitle, year }),
        ...((options.introduction ?? block.introduction) === undefined
          ? {}
          : { introduction: options.introduction ?? block.introduction }),
        tracks: [...known.values()],
        activities,
      };
      return document;
    };
    return {
      read: (sheet) => {
        const { header, body, block, preamble } = sheet;
        if (header === undefined) return nothingUnderstood(collector);
        reportDuplicateRows(body, collector);
        const columns = header.cells.map(columnOf);
        // The names unknown columns' tags carry, without bold or a trailing colon.
        const labels = header.cells.map((cell) => columnName(cell) ?? cell.trim());
        reportUnknownColumns(
          labels,
          columns.map((column) => column !== null),
          header.line,
          collector,
        );
        for (const name of ["date", "title"] as const) {
          if (!columns.includes(name))
            collector.add("error", "import.missing-column", header.line, { column: name });
        }
        year ??= block.metadata?.year;
        const dateIndex = columns.indexOf("date");
        const lacksYear = (row: { cells: string[] }) =>
          toDateExpression(unescapeCell(row.cells[dateIndex] ?? "")).reason === "missing-year";
        // Only when some date needs it: a table whose dates all name their year stays as it is. A
        // metadata block (milepael's own export) says the document's year, or that it has none.
        if (year === undefined && !block.found && dateIndex >= 0 && body.some(lacksYear)) {
          year = yearOfTable(
            preamble.map((cells) => cells.join(" ")),
            body.map((row) => (dateIndex < 0 ? "" : (row.cells[dateIndex] ?? ""))),
            body.map((row) => row.cells.filter((_, index) => index !== dateIndex).join(" ")),
            collector,
          );
        }
        const columnIndex = firstColumnIndexes(columns);
        // A column's name as the file writes it, for the messages about its cells.
        const labelOf = (column: CsvColumn) => labels[columnIndex.get(column) ?? -1] ?? column;
        const descriptionLabel = labelOf("description");
        const ids = new IdAllocator();
        for (const row of body) {
          const value = rowCell(row, columnIndex, undefined);
          if (row.cells.length > header.cells.length)
            reportExtraCells(row.cells, header.cells.length, row.cells.join(";"), row.line, collector);
          const understood = readRowDate(value, labelOf, year, row.line, collector);
          // Over the row's cells, not the header's: a short row under a wide header costs its own length.
          const unknownTags = row.cells
            .slice(0, header.cells.length)
            .flatMap((cell, index) =>
              columns[index] === null && cell.trim() !== ""
                ? [`${labels[index] ?? ""}: ${unescapeCell(cell)}`]
                : [],
            );
          const tags = readTags(value("tags") ?? "");
          // Ids are kept as written; trimming only decides whether there is one.
          const id = ids.take(value("id")?.trim() ? (value("id") as string) : `a${activities.length + 1}`);
          const optional = (column: CsvColumn, key: keyof Activity) => {
            const found = value(column);
            return found === undefined || found === "" ? {} : { [key]: found };
          };
          const description = richCell(
            typedLinesAsRichText(value("description") ?? ""),
            row.line,
            collector,
            false,
            descriptionLabel,
          );
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
        if (activities.length === 0) return nothingUnderstood(collector);
        return build(sheet);
      },
      build,
    };
  });
}

function nothingUnderstood(collector: DiagnosticCollector): null {
  collector.add("error", "import.nothing-understood", undefined, { kind: "activities" });
  return null;
}

/**
 * The year of dates written without one, when none is given: the year most date cells write
 * ("8. maj 2017"), else the year the title rows or other cells name ("aktiviteter i 2017"), the
 * way the text importers read a document's year. Reported as `import.year-inferred`.
 */
function yearOfTable(
  titleRows: readonly string[],
  dateCells: readonly string[],
  otherCells: readonly string[],
  collector: DiagnosticCollector,
): number | undefined {
  const counts = new Map<number, { count: number; cell: string }>();
  for (const cell of dateCells) {
    for (const match of cell.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)) {
      const year = Number(match[1]);
      const found = counts.get(year) ?? { count: 0, cell: cell.trim() };
      found.count += 1;
      counts.set(year, found);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1].count - a[1].count);
  if (best !== undefined) {
    collector.add("info", "import.year-inferred", undefined, { year: best[0], source: `"${best[1].cell}"` });
    return best[0];
  }
  const inTitle = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(titleRows.join("\n"));
  if (inTitle !== null) {
    const year = Number(inTitle[1]);
    collector.add("info", "import.year-inferred", undefined, {
      year,
      source: `"${titleRows.join(" ").trim()}"`,
    });
    return year;
  }
  return inferYear(otherCells.join("\n"), undefined, undefined, collector);
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
