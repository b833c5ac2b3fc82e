import { dayNumber, toIsoDate } from "../../date/calendar";
import type { RelatedDocument } from "../../model/meetings.schema";
import type { DiagnosticCollector } from "../shared/collector";
import { findDates } from "./headerGrammar";
import { tidy } from "./itemFields";
import { municipalityOf, relatedKind } from "./meetingParts";
import type { Unit } from "./pageUnits";

// An item's excerpt is a snippet: its heading ("Økonomiudvalget 12-03-2019 Side 4 Title Sagsnr.:")
// stands at the start.
const itemExcerpt =
  /(\p{Lu}[\p{L}-]*(?:udvalg(?:et)?|bestyrelsen|rådet))\s+(\d{2})-(\d{2})-(\d{4})\s+(?:Side\s+\d+\s+)?(.{3,200}?)\s+Sagsnr\.?\s*:/u;

/**
 * Reads a text beside the meetings (no meeting header, or one without a date): a meeting item
 * published without its meeting, or a related document of a kind told by its title and text.
 * Each is reported as an info with its line; `null` for an empty unit.
 *
 * @example
 * readRelatedDocument(unit, collector); // { title: "Sundhedspolitik 2018", kind: "politik", date: "2017-10-05" }
 */
export function readRelatedDocument(unit: Unit, collector: DiagnosticCollector): RelatedDocument | null {
  const first = unit.chunks[0];
  if (first === undefined) return null;
  const text = unit.chunks.map((chunk) => chunk.text).join("\n");
  const title = tidy(first.text.slice(0, 400)).slice(0, 200);
  const municipality =
    unit.chunks.find((chunk) => chunk.municipality !== undefined)?.municipality ??
    municipalityOf(text.slice(0, 2000));
  const excerpt = itemExcerpt.exec(text.slice(0, 3000));
  if (excerpt) {
    const related: RelatedDocument = {
      title: tidy(excerpt[5] ?? title),
      kind: "mødepunkt",
      date: `${excerpt[4]}-${excerpt[3]}-${excerpt[2]}`,
      ...(municipality ? { municipality } : {}),
    };
    collector.add("info", "meetings.item-without-meeting", first.line, {
      body: excerpt[1] ?? "",
      title: related.title,
    });
    return related;
  }
  const date = findDates(text.slice(0, 2000)).find((found) => found.year !== undefined);
  const related: RelatedDocument = {
    title,
    kind: relatedKind(title, text.slice(0, 2000)),
    ...(municipality ? { municipality } : {}),
    ...(date?.year === undefined ? {} : { date: toIsoDate(dayNumber(date.year, date.month, date.day)) }),
  };
  collector.add("info", "meetings.related-document", first.line, {
    title: related.title,
    kind: related.kind,
  });
  return related;
}
