// A follow-up's section headings ("5. Erhverv") and initiatives' header rows ("5.03. Title\tKort
// beskrivelse af indsatsen (drift)\tTid\tSmiley"): the document's sections and initiatives, in order.

import type { Initiative, InitiativeKind, Section } from "../../model/budgetFollowUp.schema";
import { cellText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { IdAllocator, slugify } from "../shared/ids";
import type { SourceLine } from "../shared/lines";
import { reportIgnoredCells } from "./ignoredCells";
import { initiativeKind, initiativeNumber } from "./patterns";

/** No header cells kept: an initiative table of the four usual columns. */
export const noColumns: readonly string[] = [];

/**
 * The sections read so far and their initiatives: a section heading starts a section, an
 * initiative's header row an initiative in the last section (an untitled one before any heading).
 * Initiatives' ids are their numbers, or their titles' slugs, each taken once.
 *
 * @example
 * const sections = new FollowUpSections(collector);
 * sections.startSection({ number: "5", title: "Erhverv" });
 * sections.startInitiative("5.03. Iværksætteri", "drift", line); // { id: "5.03", number: "5.03", kind: "drift", ... }
 */
export class FollowUpSections {
  readonly list: Section[] = [];
  private readonly ids = new IdAllocator();
  /** The kind each "(…)" text names, read once per distinct text. */
  private readonly kindByText = new Map<string, InitiativeKind | undefined>();

  constructor(private readonly collector: DiagnosticCollector) {}

  startSection(heading: { number: string; title: string }): void {
    this.list.push({ ...heading, initiatives: [] });
  }

  /**
   * The initiative a header row starts: `heading` its first cell ("5.03. Title"), `kindText` the
   * text in parentheses after "Kort beskrivelse af indsatsen", when there is one.
   */
  startInitiative(heading: string, kindText: string | undefined, line: SourceLine): Initiative {
    const numbered = initiativeNumber.exec(heading);
    const number = numbered?.[1];
    const title = (numbered?.[2] ?? heading).trim() || "Uden titel";
    const id = this.ids.take(number ?? slugify(title));
    const kind = this.readKind(kindText, line);
    // Written out, in the schema's order: spreads of the optional fields made every initiative
    // through a generic copy of two temporary objects.
    const initiative: Initiative =
      number === undefined
        ? kind === undefined
          ? { id, title, description: "", keyContributors: [], milestones: [] }
          : { id, title, kind, description: "", keyContributors: [], milestones: [] }
        : kind === undefined
          ? { id, number, title, description: "", keyContributors: [], milestones: [] }
          : { id, number, title, kind, description: "", keyContributors: [], milestones: [] };
    this.currentSection().initiatives.push(initiative);
    return initiative;
  }

  private currentSection(): Section {
    let section = this.list[this.list.length - 1];
    if (section === undefined) {
      // Initiatives before any section header still belong somewhere: an untitled section.
      section = { title: "Uden afsnit", initiatives: [] };
      this.list.push(section);
    }
    return section;
  }

  private readKind(text: string | undefined, line: SourceLine): InitiativeKind | undefined {
    if (text === undefined) return undefined;
    const kind = initiativeKind(text, this.kindByText);
    if (kind === undefined) this.collector.add("warning", "import.unknown-kind", line.number, { text }, text);
    return kind;
  }
}

/**
 * The names of a header row's columns when it has columns right of Smiley ("Kommentar"), which no
 * field takes: the cells of its rows in them are reported by these names, and so is the header's
 * own text there. `noColumns` for the usual four.
 *
 * @example
 * headerColumns(["5.03. Titel", "Kort beskrivelse af indsatsen", "Tid", "Smiley", "Kommentar"], line, true, collector);
 * // ["5.03. Titel", "Kort beskrivelse af indsatsen", "Tid", "Smiley", "Kommentar"], and "Kommentar" reported
 */
export function headerColumns(
  cells: readonly string[],
  line: SourceLine,
  plainSpace: boolean,
  collector: DiagnosticCollector,
): readonly string[] {
  if (cells.length <= 4) return noColumns;
  const names = cells.map((cell) => cellText(cell, plainSpace));
  reportIgnoredCells(cells, 4, line, names, plainSpace, collector);
  return names;
}
