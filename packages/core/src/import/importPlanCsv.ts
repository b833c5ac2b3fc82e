import { toDateExpression } from "../model/dateExpression";
import type { DocumentMetadata } from "../model/metadata.schema";
import {
  type Activity,
  type PlanDocument,
  planDocumentSchema,
  type planKinds,
  type Track,
} from "../model/plan.schema";
import {
  type CommonImportOptions,
  checkInputSize,
  DiagnosticCollector,
  guardImport,
  IdAllocator,
  type ImportResult,
  reportIfInvalid,
  sanitizeCell,
} from "./common";
import { readDelimited } from "./delimited";
import { type PlanColumn, planColumnNames } from "./importPlanText";

export interface PlanCsvImportOptions extends CommonImportOptions {
  /** Column delimiter; detected from the header when not given. */
  delimiter?: "," | ";" | "\t";
  /** Which column holds what, by header text, for headers milepael does not know. */
  columns?: Record<string, PlanColumn | "id" | "tags" | "ignore">;
  /** The document's metadata, which a table does not hold. Default: title "Uden titel". */
  metadata?: DocumentMetadata;
  planKind?: (typeof planKinds)[number];
  /** Tracks by id; tracks named in the table but not here are made from their id. */
  tracks?: readonly Track[];
  introduction?: string;
}

type CsvColumn = PlanColumn | "id" | "tags" | "ignore";

// What milepael's own CSV export writes besides the usual names, Danish and English.
const extraColumns: Record<string, CsvColumn> = {
  id: "id",
  tags: "tags",
  emneord: "tags",
  start: "ignore",
  slut: "ignore",
  end: "ignore",
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
  const build = (): PlanDocument => {
    const known = new Map((options.tracks ?? []).map((track) => [track.id, track]));
    for (const activity of activities) {
      if (activity.track !== undefined && !known.has(activity.track))
        known.set(activity.track, { id: activity.track, title: activity.track });
    }
    const document: PlanDocument = {
      schemaVersion: 1,
      type: "plan",
      planKind: options.planKind ?? "other",
      metadata: options.metadata ?? {
        title: "Uden titel",
        ...(options.year === undefined ? {} : { year: options.year }),
      },
      ...(options.introduction === undefined ? {} : { introduction: options.introduction }),
      tracks: [...known.values()],
      activities,
    };
    reportIfInvalid(planDocumentSchema, document, collector);
    return document;
  };
  return guardImport(
    collector,
    () => {
      const rows = readDelimited(text, options.delimiter, collector);
      const [header, ...body] = rows;
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
      const year = options.metadata?.year ?? options.year;
      // The first column of each name, looked up once rather than searched on every cell of every row.
      const columnIndex = new Map<CsvColumn, number>();
      columns.forEach((column, index) => {
        if (column !== null && !columnIndex.has(column)) columnIndex.set(column, index);
      });
      const ids = new IdAllocator();
      for (const row of body) {
        const value = (column: CsvColumn) => {
          const index = columnIndex.get(column) ?? -1;
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
        const date = toDateExpression(dateText, year === undefined ? {} : { year });
        if (dateText.trim() !== "" && date.kind === null) {
          collector.add(
            "warning",
            "import.date-not-understood",
            row.line,
            { text: dateText, reason: date.reason ?? "" },
            dateText,
          );
        }
        // Over the row's cells, not the header's: a short row under a wide header costs its own length.
        const unknownTags = row.cells
          .slice(0, header.cells.length)
          .flatMap((cell, index) =>
            columns[index] === null && cell.trim() !== ""
              ? [`${(header.cells[index] ?? "").trim()}: ${unescapeCell(cell)}`]
              : [],
          );
        const tags = (value("tags") ?? "").split(/;\s*/).filter((tag) => tag !== "");
        const id = ids.take(value("id")?.trim() || `a${activities.length + 1}`);
        const optional = (column: CsvColumn, key: keyof Activity) => {
          const found = value(column);
          return found === undefined || found === "" ? {} : { [key]: found };
        };
        const description = sanitizeCell(value("description") ?? "", row.line, collector).html;
        activities.push({
          id,
          date,
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
