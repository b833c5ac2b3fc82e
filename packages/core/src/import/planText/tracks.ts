// A plan's text outside its table: headings, paragraphs and bullet lists, which make its
// introduction, and its tracks ("Ad 2) …"), whose bullets are activities.

import { locales } from "../../i18n/locale";
import type { Activity, Track } from "../../model/plan.schema";
import { reportText } from "../../report/reportText";
import { escapeHtml, sanitizeRichText } from "../../richText/richText";
import { IdAllocator } from "../shared/ids";
import type { SourceLine } from "../shared/lines";
import { inlineMarkup } from "./cells";
import type { PlanReading } from "./tableRows";
import { trackItemActivity } from "./trackItem";

/** A track as read: its paragraphs are joined into its description once the plan is assembled. */
export type TrackInProgress = Track & { paragraphs: string[] };

/** The last track item, with the nested bullets read since its line. */
interface TrackItem {
  activity: Activity;
  /** The HTML of the item's own line after its title, which its nested bullets follow. */
  lead: string;
  nested: string[];
  /** Nested bullets came since the description was last made. */
  pending: boolean;
}

const trackHeading = /^Ad\s+(\w+)\)\s*(.*)$/i;

/**
 * The headings milepael's paper sets above a plan's introduction and its table of activities of
 * no track, in either language: a paper read back has them, and they are none of the plan's text.
 */
const paperHeadings = new Set(
  locales
    .flatMap((locale) => [reportText[locale].introduction, reportText[locale].plan])
    .map((heading) => heading.toLowerCase()),
);

/**
 * The free text of a plan, line by line: a heading "Ad 2) …" starts a track, any other heading
 * ends the tracks and stands in the introduction (milepael's paper's own headings are only said); a paragraph goes to the current track or the
 * introduction; a bullet is an activity of the current track (a nested bullet adds to its
 * description), or outside a track an item of a list in the introduction.
 *
 * @example
 * const prose = new PlanProse(reading);
 * prose.heading("Ad 2) Kurser", line);
 * prose.bullet(0, "**Kattegatkursus:** Omhandler … (15.-17. marts 2018)", line); // an activity of track "ad-2"
 */
export class PlanProse {
  /** The introduction's paragraphs, headings and lists as HTML. */
  readonly introduction: string[] = [];
  readonly tracks: TrackInProgress[] = [];
  private track: TrackInProgress | null = null;
  /**
   * The track whose heading is the last heading read, while it has no items: a table under it holds
   * its activities. A table after a track's items is none of its (a timetable of the whole plan).
   */
  private headedTrack: TrackInProgress | null = null;
  private readonly trackIds = new IdAllocator();
  private lastItem: TrackItem | null = null;
  /** The bullets of a list in the introduction, until a line that is no bullet ends it. */
  private listItems: string[] = [];

  constructor(private readonly reading: PlanReading) {}

  heading(text: string, line: SourceLine): void {
    const track = trackHeading.exec(text);
    if (track) {
      const label = track[1] ?? "";
      // A heading that repeats ("Ad 2) … (fortsat)") starts a track of its own, with an id of its own.
      const entry = {
        id: this.trackIds.take(`ad-${label}`),
        label,
        title: (track[2] ?? "").trim() || text,
        paragraphs: [],
      };
      this.tracks.push(entry);
      this.track = entry;
      this.headedTrack = entry;
      this.finishItem();
      this.lastItem = null;
      return;
    }
    // Any other heading ends the tracks and stands in the free text.
    this.track = null;
    this.headedTrack = null;
    this.finishItem();
    this.lastItem = null;
    if (paperHeadings.has(text.trim().toLowerCase())) {
      // Kept, the paper's headings would be added to the introduction at every round trip.
      this.reading.collector.add("info", "import.paper-heading", line.number, { heading: text }, line.text);
      return;
    }
    this.introduction.push(`<p><strong>${escapeHtml(text)}</strong></p>`);
  }

  /** Ends the current track: what follows (a table, another heading) is not its text. */
  endTrack(): void {
    this.track = null;
  }

  /** The id of the track a table's rows belong to: the one under whose heading the table stands. */
  tableTrack(): string | undefined {
    return this.headedTrack?.id;
  }

  paragraph(html: string): void {
    if (this.track !== null) this.track.paragraphs.push(`<p>${html}</p>`);
    else this.introduction.push(`<p>${html}</p>`);
  }

  bullet(indent: number, text: string, line: SourceLine): void {
    if (this.track === null) {
      this.listItems.push(inlineMarkup(text));
      return;
    }
    if (indent > 0 && this.lastItem !== null) {
      // The description is made once the item is complete: remade at every nested bullet, it
      // took quadratic time.
      this.lastItem.nested.push(inlineMarkup(text));
      this.lastItem.pending = true;
      return;
    }
    const { activities } = this.reading;
    const id = `a${activities.length + 1}`;
    const { activity, lead } = trackItemActivity(text, line, id, this.track.id, this.reading);
    activities.push(activity);
    this.headedTrack = null;
    this.finishItem();
    this.lastItem = { activity, lead, nested: [], pending: false };
  }

  /** Puts the list read so far into the introduction. */
  flushList(): void {
    if (this.listItems.length === 0) return;
    this.introduction.push(`<ul>${this.listItems.map((item) => `<li>${item}</li>`).join("")}</ul>`);
    this.listItems = [];
  }

  /** Gives the last track item the nested bullets read since its line. */
  finishItem(): void {
    const item = this.lastItem;
    if (item === null || !item.pending) return;
    item.pending = false;
    const { lead } = item;
    const list =
      item.nested.length > 0 ? `<ul>${item.nested.map((entry) => `<li>${entry}</li>`).join("")}</ul>` : "";
    item.activity.description = sanitizeRichText(
      lead !== "" && list !== "" ? `<p>${lead}</p>${list}` : `${lead}${list}`,
    ).html;
  }
}
