// A bullet under a track's heading ("Ad 2) …") as an activity: its title, its text, and the date in
// brackets at its end.

import { parseDanishDate } from "../../date/parseDanishDate";
import type { Activity } from "../../model/plan.schema";
import { sanitizeRichText } from "../../richText/richText";
import type { SourceLine } from "../shared/lines";
import { activityDate } from "./activityRow";
import { inlineMarkup, stripBold } from "./cells";
import type { PlanReading } from "./tableRows";

const trailingBrackets = /\(([^()]*)\)\s*\.?$/;
// A numbered item's number ("a.", "2)", "iv."), as Word's numbered lists give it.
const itemNumber = /^(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]\s+/i;
// What a day or an ordinal goes on with ("8. maj:", "1. kvartal", "2. behandling"): no item number.
const dateWord =
  /^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|kvartal|kvt|halvår|uge)\p{L}*\.?(?=[\s:;,)]|$)/iu;
const lowercaseWord = /^\p{Ll}/u;
// "A. P. Møller", "I. C. Modewegs Fond": a capital and a dot before another initial is a name's initial.
const nameInitials = /^\p{Lu}\.\s+$/u;
const initial = /^\p{Lu}\.\s/u;
const boldTitle = /^\*\*(.+?)\*\*\s*(.*)$/;
const labelledTitle = /^([^:]{3,80}):\s+(.*)$/;

/**
 * The activity a track's bullet states, with id `id` in track `track`, and the lead of its
 * description as HTML (the nested bullets that follow are added to it once the item is complete).
 * The title is the bold text or the text before a colon; a date in brackets at the end is the
 * activity's date (reported like every activity's date when it is missing or not understood).
 *
 * @example
 * trackItemActivity("**Kattegatkursus:** Omhandler … (15.-17. marts 2018)", line, "a3", "ad-2", reading);
 * // { activity: { id: "a3", date: { text: "15.-17. marts 2018", ... }, title: "Kattegatkursus", track: "ad-2", ... }, lead: "Omhandler …" }
 */
export function trackItemActivity(
  raw: string,
  line: SourceLine,
  id: string,
  track: string,
  reading: PlanReading,
): { activity: Activity; lead: string } {
  const { year, collector } = reading;
  let text = raw.trim();
  let dateText = "";
  const trailing = trailingBrackets.exec(text);
  if (trailing && parseDanishDate(trailing[1] ?? "", { year }).ok) {
    dateText = (trailing[1] ?? "").trim();
    text = text.slice(0, trailing.index).trim();
  }
  text = withoutItemNumber(text);
  let title: string;
  let rest: string;
  const bold = boldTitle.exec(text);
  const labelled = labelledTitle.exec(text);
  if (bold) {
    title = (bold[1] ?? "").trim().replace(/[:.]$/, "").trim();
    rest = bold[2] ?? "";
  } else if (labelled) {
    title = (labelled[1] ?? "").trim();
    rest = labelled[2] ?? "";
  } else {
    title = text;
    rest = "";
  }
  const activity: Activity = {
    id,
    date: activityDate(dateText, line, year, collector),
    title: stripBold(title),
    track,
    tags: [],
  };
  const lead = inlineMarkup(rest.trim());
  const description = sanitizeRichText(lead).html;
  if (description !== "") activity.description = description;
  return { activity, lead };
}

/**
 * The text without the number a numbered list gives it. A day ("1. maj: Kick-off") or an ordinal
 * ("2. behandling af budgettet", "1. fase") is the text's own: a list item's text starts with a
 * capital after its number, as Word's lists and staff write them. A capital letter before another
 * initial ("A. P. Møller Fonden") is the first initial of a name.
 */
function withoutItemNumber(text: string): string {
  const number = itemNumber.exec(text);
  if (number === null) return text;
  const rest = text.slice(number[0].length);
  if (dateWord.test(rest) || (/^\d/.test(number[0]) && lowercaseWord.test(rest))) return text;
  if (nameInitials.test(number[0]) && initial.test(rest)) return text;
  return rest;
}
