import type * as z from "zod";
import {
  type HistoryEvent,
  historyEventSchema,
  type ReadingGuide,
  readingGuideSchema,
  roundStates,
} from "../../assessment/history.schema";
import { type Round, roundKinds } from "../../model/budgetFollowUp.schema";
import {
  type Meeting,
  meetingSchema,
  type RelatedDocument,
  relatedDocumentSchema,
} from "../../model/meetings.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { type PlanDocument, planKinds, type Track } from "../../model/plan.schema";
import { storedRichCell, unescapeCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { isoDayOf } from "../shared/dayCell";
import { type DelimitedRow, readDelimited } from "../shared/delimited";
import { readableText } from "../shared/normalize";
import { csvMetadataKeys, csvMetadataMarker } from "./write";

/** What a metadata block says; a field is absent when the block does not name it. */
export interface CsvMetadata {
  /** `true` when the text had a block at all. */
  found: boolean;
  metadata?: DocumentMetadata;
  planKind?: PlanDocument["planKind"];
  introduction?: string;
  tracks?: Track[];
  rounds?: Round[];
  currentRound?: string;
  readingGuide?: ReadingGuide;
  /** The assessment history, one event per row, in file order. */
  history?: HistoryEvent[];
  /** A meetings CSV's meetings without their items (wt-mcsv), in file order. */
  meetings?: Omit<Meeting, "items">[];
  /** A meetings CSV's related documents (wt-mcsv), in file order. */
  relatedDocuments?: RelatedDocument[];
}

// A meeting's block row: every field but the items, which the table's rows carry.
const meetingFieldsSchema = /* @__PURE__ */ meetingSchema.omit({ items: true });

/**
 * A document's metadata: as the options give it, else as the block says, else untitled ("Uden
 * titel" unless the table gave a title) with the year when one is known.
 *
 * @example
 * csvDocumentMetadata(undefined, { found: false }, { year: 2017 }); // { title: "Uden titel", year: 2017 }
 */
export function csvDocumentMetadata(
  given: DocumentMetadata | undefined,
  block: CsvMetadata,
  fallback: { title?: string | undefined; year?: number | undefined },
): DocumentMetadata {
  return (
    given ??
    block.metadata ?? {
      title: fallback.title ?? "Uden titel",
      ...(fallback.year === undefined ? {} : { year: fallback.year }),
    }
  );
}

/**
 * Reads a CSV or TSV text the way both CSV importers start: made readable (BOM, encoding), split
 * into rows with the given or detected delimiter, and the metadata block taken out and read.
 *
 * @example
 * const { table, block } = readCsvTable(exportPlanCsv(plan), undefined, collector);
 * block.metadata?.title; // "Implementeringsplan Vision 2029"
 */
export function readCsvTable(
  text: string,
  delimiter: "," | ";" | "\t" | undefined,
  collector: DiagnosticCollector,
): { table: DelimitedRow[]; block: CsvMetadata } {
  return readCsvMetadataBlock(readDelimited(readableText(text, collector), delimiter, collector), collector);
}

/**
 * Takes the metadata block's rows (first cell `#milepael`, wherever they stand) out of a CSV's
 * rows and reads them, their cells unescaped. What cannot be read is reported as
 * `import.invalid-value` with its line, and left out.
 *
 * @example
 * const { table, block } = readCsvMetadataBlock(rows, collector);
 * block.metadata?.title; // "Implementeringsplan Vision 2029"
 */
export function readCsvMetadataBlock(
  rows: readonly DelimitedRow[],
  collector: DiagnosticCollector,
): { table: DelimitedRow[]; block: CsvMetadata } {
  const table: DelimitedRow[] = [];
  const block: CsvMetadata = { found: false };
  const fields: Partial<Record<(typeof csvMetadataKeys)[number], string>> = {};
  const invalid = (row: DelimitedRow, column: string, value: string) =>
    collector.add("warning", "import.invalid-value", row.line, { column, value }, row.cells.join(";"));
  for (const row of rows) {
    if (row.cells[0]?.trim() !== csvMetadataMarker) {
      table.push(row);
      continue;
    }
    block.found = true;
    const [key = "", ...values] = row.cells.slice(1).map(unescapeCell);
    const value = values[0] ?? "";
    // A value kept as JSON: handed to `use` when the schema reads it, else reported and left out.
    const readJson = <T>(schema: z.ZodType<T>, use: (read: T) => void) => {
      const read = schema.safeParse(parseJson(value));
      if (read.success) use(read.data);
      else invalid(row, key, value);
    };
    switch (key.trim()) {
      case "schemaVersion":
      case "type":
        // Which importer reads the table is decided by its header; these name the block.
        break;
      case "title":
      case "date":
      case "contactPerson":
      case "phone":
      case "email":
      case "caseId":
      case "organisation":
      case "year":
        fields[key.trim() as (typeof csvMetadataKeys)[number]] = value;
        break;
      case "planKind":
        if ((planKinds as readonly string[]).includes(value.trim()))
          block.planKind = value.trim() as PlanDocument["planKind"];
        else invalid(row, key, value);
        break;
      // Rich text in the model: sanitised as `parseDocumentJson` does, what goes reported on the row's line.
      case "introduction":
        block.introduction = storedRichCell(value, row.line, collector);
        break;
      case "track": {
        const [id = "", label = "", title = "", description = ""] = values;
        if (id === "") {
          invalid(row, key, values.join(";"));
          break;
        }
        block.tracks ??= [];
        block.tracks.push({
          id,
          ...(label === "" ? {} : { label }),
          title: title === "" ? id : title,
          ...(description === "" ? {} : { description: storedRichCell(description, row.line, collector) }),
        });
        break;
      }
      case "round": {
        const [id = "", label = "", kind = "", cutOffText = "", meetingText = "", state = ""] = values.map(
          (cell, index) => (index === 0 || index === 1 ? cell : cell.trim()),
        );
        const cutOff = isoDayOf(cutOffText);
        const meetingDate = meetingText === "" ? "" : isoDayOf(meetingText);
        if (
          id === "" ||
          !(roundKinds as readonly string[]).includes(kind) ||
          cutOff === undefined ||
          meetingDate === undefined
        ) {
          invalid(row, key, values.join(";"));
          break;
        }
        // A state that cannot be read is reported and the round kept without one (files written
        // before assessment have no state cell at all).
        const knownState = (roundStates as readonly string[]).includes(state);
        if (state !== "" && !knownState) invalid(row, "state", state);
        block.rounds ??= [];
        block.rounds.push({
          id,
          label: label === "" ? id : label,
          kind: kind as Round["kind"],
          cutOff,
          ...(meetingDate === "" ? {} : { meetingDate }),
          ...(knownState ? { state: state as NonNullable<Round["state"]> } : {}),
        });
        break;
      }
      case "readingGuide":
        readJson(readingGuideSchema, (guide) => {
          block.readingGuide = guide;
        });
        break;
      case "history": {
        // One event per row; a row that is no valid event is reported and left out, the rest kept.
        // A row without a value says the history is there and empty.
        block.history ??= [];
        const history = block.history;
        if (value.trim() !== "") readJson(historyEventSchema, (event) => history.push(event));
        break;
      }
      case "currentRound":
        block.currentRound = value;
        break;
      // Meetings CSV (wt-mcsv): a meeting's fields beside its item rows, a related document.
      case "meeting":
        readJson(meetingFieldsSchema, (meeting) => {
          block.meetings ??= [];
          block.meetings.push(meeting);
        });
        break;
      case "relatedDocument":
        readJson(relatedDocumentSchema, (related) => {
          block.relatedDocuments ??= [];
          block.relatedDocuments.push(related);
        });
        break;
      default:
        invalid(row, csvMetadataMarker, key);
    }
  }
  if (fields.title !== undefined || Object.keys(fields).length > 0) {
    const metadata: DocumentMetadata = { title: fields.title ? fields.title : "Uden titel" };
    for (const key of csvMetadataKeys) {
      const value = fields[key];
      if (key === "title" || value === undefined) continue;
      if (key === "year") {
        const year = Number(value.trim());
        if (Number.isInteger(year) && year >= 1000 && year <= 9999) metadata.year = year;
        else invalidField(collector, rows, key, value);
      } else if (key === "date") {
        const date = isoDayOf(value.trim());
        if (date !== undefined) metadata.date = date;
        else invalidField(collector, rows, key, value);
      } else metadata[key] = value;
    }
    block.metadata = metadata;
  }
  return { table, block };
}

/** The value JSON holds, `undefined` for text that is no JSON (the schema then refuses it). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reports a document field of the block that is not valid, on the line of its row. */
function invalidField(
  collector: DiagnosticCollector,
  rows: readonly DelimitedRow[],
  key: string,
  value: string,
) {
  const row = rows.find(
    (candidate) => candidate.cells[0]?.trim() === csvMetadataMarker && candidate.cells[1]?.trim() === key,
  );
  collector.add("warning", "import.invalid-value", row?.line, { column: key, value }, value);
}
