import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MeetingsDocument } from "../../model/meetings.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import type { PlanDocument } from "../../model/plan.schema";

/**
 * The first cell of every row of the metadata block: what a table cannot hold (the document's
 * title, date, contacts, plan kind, tracks, rounds ...) travels below it in rows that start
 * with this marker, after one empty row. The header row stays the first line, so Excel,
 * delimiter detection and format detection see a plain table; the empty row keeps Excel's
 * sorting and filtering of the table away from the block.
 */
export const csvMetadataMarker = "#milepael";

/** The document fields the block carries, one row each. */
export const csvMetadataKeys = [
  "title",
  "date",
  "contactPerson",
  "phone",
  "email",
  "caseId",
  "organisation",
  "year",
] as const satisfies readonly (keyof DocumentMetadata)[];

/** Rows of the block for the fields every document has. */
function metadataRows(type: string, metadata: DocumentMetadata): string[][] {
  const rows = [
    [csvMetadataMarker, "schemaVersion", "1"],
    [csvMetadataMarker, "type", type],
  ];
  for (const key of csvMetadataKeys) {
    const value = metadata[key];
    // A row per field that is there, so that an empty text stays an empty text.
    if (value !== undefined) rows.push([csvMetadataMarker, key, String(value)]);
  }
  return rows;
}

/**
 * The metadata block of a plan's CSV: an empty row, then the document's fields, plan kind,
 * introduction and tracks (`#milepael;track;id;label;title;description`).
 *
 * @example
 * planMetadataRows(plan)[1]; // ["#milepael", "schemaVersion", "1"]
 */
export function planMetadataRows(document: PlanDocument): string[][] {
  return [
    [],
    ...metadataRows("plan", document.metadata),
    [csvMetadataMarker, "planKind", document.planKind],
    ...(document.introduction === undefined
      ? []
      : [[csvMetadataMarker, "introduction", document.introduction]]),
    ...document.tracks.map((track) => [
      csvMetadataMarker,
      "track",
      track.id,
      track.label ?? "",
      track.title,
      track.description ?? "",
    ]),
  ];
}

/**
 * The metadata block of a follow-up's CSV: an empty row, then the document's fields, its rounds
 * (`#milepael;round;id;label;kind;cutOff;meetingDate;state`, the state cell only for a round
 * milepael opened), the current round, the reading guide as JSON
 * (`#milepael;readingGuide;{...}`) and the assessment history, one event per row as JSON
 * (`#milepael;history;{...}`, oldest first; an empty history is one `#milepael;history` row).
 *
 * @example
 * followUpMetadataRows(followUp).find((row) => row[1] === "round"); // ["#milepael", "round", "2017-1", ...]
 */
export function followUpMetadataRows(document: BudgetFollowUp): string[][] {
  return [
    [],
    ...metadataRows("budget-follow-up", document.metadata),
    ...document.rounds.map((round) => [
      csvMetadataMarker,
      "round",
      round.id,
      round.label,
      round.kind,
      round.cutOff,
      round.meetingDate ?? "",
      // Only when set, so that a file without assessment reads as it did before assessment.
      ...(round.state === undefined ? [] : [round.state]),
    ]),
    ...(document.currentRound === undefined
      ? []
      : [[csvMetadataMarker, "currentRound", document.currentRound]]),
    ...(document.readingGuide === undefined
      ? []
      : [[csvMetadataMarker, "readingGuide", JSON.stringify(document.readingGuide)]]),
    // An empty history (a migrated file that was never assessed) is one row with no event.
    ...(document.history?.length === 0
      ? [[csvMetadataMarker, "history"]]
      : (document.history ?? []).map((event) => [csvMetadataMarker, "history", JSON.stringify(event)])),
  ];
}

/**
 * The metadata block of a meetings CSV (wt-mcsv): an empty row, then the document's fields, each
 * meeting's fields the item rows do not carry as JSON (`#milepael;meeting;{"id":…,"body":…,
 * "kind":…,"date":…,"start":…,"place":…,"absent":[…]}`, in document order) and each related
 * document as JSON (`#milepael;relatedDocument;{...}`).
 *
 * @example
 * meetingsMetadataRows(meetings).find((row) => row[1] === "meeting"); // ["#milepael", "meeting", "{\"id\":…}"]
 */
export function meetingsMetadataRows(document: MeetingsDocument): string[][] {
  return [
    [],
    ...metadataRows("meetings", document.metadata),
    ...document.meetings.map(({ items: _items, ...meeting }) => [
      csvMetadataMarker,
      "meeting",
      JSON.stringify(meeting),
    ]),
    ...document.relatedDocuments.map((related) => [
      csvMetadataMarker,
      "relatedDocument",
      JSON.stringify(related),
    ]),
  ];
}
