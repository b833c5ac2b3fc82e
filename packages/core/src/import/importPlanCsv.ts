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
  inferYear,
  ownValue,
  readableText,
  reportDuplicateRows,
  reportIfInvalid,
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
  let title: string | undefined;
  let year = options.metadata?.year ?? options.year;
  const build = (): PlanDocument => {
    const known = new Map((options.tracks ?? []).map((track) => [track.id, track]));
    for (const activity of activities) {
      if (activity.track !== undefined && !known.has(activity.track))
        known.set(activity.track, { id: activity.track, title: activity.track });
    }
    const document: PlanDocument = {
      schemaVersion: 2,
      type: "plan",
      planKind: options.planKind ?? "other",
      metadata: options.metadata ?? {
        title: title ?? "Uden titel",
        ...(year === undefined ? {} : { year }),
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
      const rows = readDelimited(readableText(text, collector), options.delimiter, collector);
      const columnOf = (cell: string): CsvColumn | null => {
        const name = cell.trim();
        return (
          ownValue(options.columns, name) ??
          ownValue(planColumnNames, name.toLowerCase()) ??
          ownValue(extraColumns, name.toLowerCase()) ??
          null
        );
      };
      // A sheet saved from Excel may carry its title (and year) in rows above the table's header.
      const headerIndex = Math.max(
        0,
        rows.slice(0, 10).findIndex((row) => {
          const found = row.cells.map(columnOf);
          return found.includes("date") && found.includes("title");
        }),
      );
      const preamble = rows
        .slice(0, headerIndex)
        .map((row) => row.cells.filter((cell) => cell.trim() !== ""));
      if (options.metadata === undefined) title = preamble.find((cells) => cells.length > 0)?.[0]?.trim();
      const [header, ...body] = rows.slice(headerIndex);
      if (header === undefined) return nothingUnderstood(collector);
      reportDuplicateRows(body, collector);
      const columns = header.cells.map(columnOf);
      header.cells.forEach((cell, index) => {
        if (columns[index] === null && cell.trim() !== "")
          collector.add("info", "import.unknown-column", header.line, { column: cell.trim() });
      });
      for (const name of ["date", "title"] as const) {
        if (!columns.includes(name))
          collector.add("error", "import.missing-column", header.line, { column: name });
      }
      const dateIndex = columns.indexOf("date");
      const lacksYear = (row: { cells: string[] }) =>
        toDateExpression(unescapeCell(row.cells[dateIndex] ?? "")).reason === "missing-year";
      // Only when some date needs it: a table whose dates all name their year stays as it is.
      if (year === undefined && dateIndex >= 0 && body.some(lacksYear)) {
        year = yearOfTable(
          preamble.map((cells) => cells.join(" ")),
          body.map((row) => (dateIndex < 0 ? "" : (row.cells[dateIndex] ?? ""))),
          body.map((row) => row.cells.filter((_, index) => index !== dateIndex).join(" ")),
          collector,
        );
      }
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
        const unknownTags = header.cells.flatMap((name, index) =>
          columns[index] === null && (row.cells[index] ?? "").trim() !== ""
            ? [`${name.trim()}: ${unescapeCell(row.cells[index] ?? "")}`]
            : [],
        );
        const tags = (value("tags") ?? "").split(/;\s*/).filter((tag) => tag !== "");
        let id = value("id")?.trim() || `a${activities.length + 1}`;
        while (ids.has(id)) id = `${id}-2`;
        ids.add(id);
        const optional = (column: CsvColumn, key: keyof Activity) => {
          const found = value(column);
          return found === undefined || found === "" ? {} : { [key]: found };
        };
        const description = sanitizeRichText(value("description") ?? "").html;
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
      if (activities.length === 0) return nothingUnderstood(collector);
      return build();
    },
    build,
  );
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
