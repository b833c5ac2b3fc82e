import {
  initiativeKindWords,
  keyOfWord,
  type PageTag,
  paragraphsToRich,
  parsePageDate,
  parsePageStatus,
  readTag,
  richToParagraphs,
  roundKindWords,
  shownText,
  type TagParagraph,
  type TagRun,
  unshownFields,
} from "../../export/docx/pageTags";
import type { CopyEntry } from "../../export/docx/tagWriter";
import type {
  BudgetFollowUp,
  Economy,
  Initiative,
  Milestone,
  Round,
  Section,
} from "../../model/budgetFollowUp.schema";
import { validateDocument } from "../../model/document.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import type { WordStyles } from "./readWordXml";
import { child, childElements, textOf, type XmlElement } from "./xml";

/** A run as read inside a control: a lone CR (`w:cr`) kept apart from a line break. */
type ReadRun = TagRun | { kind: "cr" };

interface Capture {
  tag: PageTag;
  runs: ReadRun[];
  list: TagParagraph["list"];
}

/** Rich text being read: its paragraphs, where it goes, and the tag of its first paragraph. */
interface PendingRich {
  name: string;
  tag: PageTag;
  paragraphs: TagParagraph[];
  set: (value: string) => void;
}

class Unreadable extends Error {}

const textMetadata = ["contactPerson", "phone", "email", "caseId", "organisation"] as const;

/**
 * A follow-up read from the tagged content controls of milepael's Word export: `undefined` when
 * the file has none (any other Word file), `null` when it has them but they do not make a valid
 * follow-up (a date or status edited into something unreadable). `entries` are the file's copy of
 * what a page cannot hold: an exact value is taken only where the page shows what it shows as.
 *
 * @example
 * readTaggedFollowUp(documentXml, styles, entries)?.sections.length; // 2
 */
export function readTaggedFollowUp(
  body: XmlElement,
  styles: WordStyles,
  entries: readonly CopyEntry[] | undefined,
): BudgetFollowUp | null | undefined {
  const reader = new TaggedReader(styles, entries ?? []);
  try {
    reader.visit(body);
    return reader.finish();
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

class TaggedReader {
  private seen = false;
  private type: string | undefined;
  private readonly metadata: Partial<DocumentMetadata> = {};
  private readonly rounds: Round[] = [];
  private currentRound: string | undefined;
  private readonly sections: Section[] = [];
  private readonly extras: { target: object; entry: string; keys: readonly string[] }[] = [];
  private readonly rich: PendingRich[] = [];
  private section: Section | undefined;
  private initiative: Initiative | undefined;
  private item: Milestone | Economy | undefined;
  private capture: Capture | undefined;
  private list: TagParagraph["list"];

  constructor(
    private readonly styles: WordStyles,
    private readonly entries: readonly CopyEntry[],
  ) {}

  visit(element: XmlElement): void {
    switch (element.name) {
      case "w:p": {
        const outer = this.list;
        this.list = this.listOf(element);
        for (const node of childElements(element)) this.visit(node);
        this.list = outer;
        return;
      }
      case "w:sdt": {
        const tag = readTag(child(child(element, "w:sdtPr"), "w:tag")?.attributes["w:val"]);
        const content = child(element, "w:sdtContent");
        if (tag !== null) this.open(tag);
        if (content !== undefined) this.visit(content);
        if (tag !== null) this.close(tag);
        return;
      }
      case "w:r":
        if (this.capture !== undefined) this.readRun(element, this.capture.runs);
        return;
      case "w:pPr":
      case "w:rPr":
      case "w:sdtPr":
      case "w:del":
      case "w:moveFrom":
      case "w:tblPr":
      case "w:tcPr":
      case "w:trPr":
      case "w:tblGrid":
      case "w:sectPr":
        return;
      default:
        for (const node of childElements(element)) this.visit(node);
    }
  }

  private listOf(paragraph: XmlElement): TagParagraph["list"] {
    const numPr = child(child(paragraph, "w:pPr"), "w:numPr");
    const numId = child(numPr, "w:numId")?.attributes["w:val"];
    if (numId === undefined || numId === "0") return undefined;
    return {
      ordered: !this.styles.bulletLists.has(numId),
      level: Number(child(numPr, "w:ilvl")?.attributes["w:val"] ?? 0),
      group: numId,
    };
  }

  private readRun(run: XmlElement, out: ReadRun[]): void {
    const properties = child(run, "w:rPr");
    const bold = isOn(child(properties, "w:b"));
    const italic = isOn(child(properties, "w:i"));
    for (const element of childElements(run)) {
      switch (element.name) {
        case "w:t":
          out.push({ kind: "text", text: textOf(element), bold, italic });
          break;
        case "w:tab":
          out.push({ kind: "text", text: "\t", bold, italic });
          break;
        case "w:br":
          out.push({ kind: "break" });
          break;
        case "w:cr":
          out.push({ kind: "cr" });
          break;
        default:
      }
    }
  }

  private open(tag: PageTag): void {
    this.seen = true;
    switch (tag.name) {
      case "section":
        this.section = { title: "", initiatives: [] };
        this.sections.push(this.section);
        this.initiative = undefined;
        return;
      case "initiative": {
        if (this.section === undefined || tag.args.id === undefined) throw new Unreadable();
        this.initiative = {
          id: tag.args.id,
          title: "",
          description: "",
          keyContributors: [],
          milestones: [],
        };
        this.section.initiatives.push(this.initiative);
        this.item = undefined;
        this.extrasOf(tag, this.initiative, unshownFields.initiative);
        return;
      }
      case "milestone": {
        const milestone: Milestone = { round: "", text: "", status: "not-assessed" };
        this.need(this.initiative).milestones.push(milestone);
        this.item = milestone;
        this.extrasOf(tag, milestone, unshownFields.milestone);
        return;
      }
      case "economy": {
        const economy: Economy = { text: "", status: "not-assessed" };
        this.need(this.initiative).economy = economy;
        this.item = economy;
        this.extrasOf(tag, economy, unshownFields.economy);
        return;
      }
      default:
        // Every other tag is a value: its runs are read until it closes.
        this.capture = { tag, runs: [], list: this.list };
    }
  }

  private close(tag: PageTag): void {
    const capture = this.capture;
    if (capture === undefined || capture.tag !== tag) return;
    this.capture = undefined;
    const rich = (set: (value: string) => void) => this.addRich(capture, set);
    const text = () => this.exact(tag, plainText(capture.runs), shownText);
    const date = () => parsePageDate(plainText(capture.runs)) ?? unreadable();
    switch (tag.name) {
      case "title":
        this.type = tag.args.type;
        this.metadata.title = text();
        this.extrasOf(tag, this, unshownFields.document);
        return;
      case "meta.date":
        this.metadata.date = date();
        return;
      case "meta.year": {
        const year = plainText(capture.runs).trim();
        if (!/^\d{1,4}$/.test(year)) unreadable();
        this.metadata.year = Number(year);
        return;
      }
      case "current":
        this.currentRound = this.roundId(tag, text());
        return;
      case "round": {
        const round: Round = { id: tag.args.id ?? text(), label: text(), kind: "follow-up", cutOff: "" };
        this.rounds.push(round);
        this.extrasOf(tag, round, unshownFields.round);
        return;
      }
      case "round.kind":
        this.lastRound().kind =
          keyOfWord(roundKindWords.da, plainText(capture.runs)) ??
          keyOfWord(roundKindWords.en, plainText(capture.runs)) ??
          unreadable();
        return;
      case "round.cutOff":
        this.lastRound().cutOff = date();
        return;
      case "round.meetingDate":
        this.lastRound().meetingDate = date();
        return;
      case "section.number":
        this.need(this.section).number = text();
        return;
      case "section.title":
        this.need(this.section).title = text();
        return;
      case "initiative.number":
        this.need(this.initiative).number = text();
        return;
      case "initiative.title":
        this.need(this.initiative).title = text();
        return;
      case "initiative.kind":
        this.need(this.initiative).kind =
          keyOfWord(initiativeKindWords, plainText(capture.runs)) ?? unreadable();
        return;
      case "initiative.center":
        this.need(this.initiative).responsibleCenter = text();
        return;
      case "initiative.committee":
        this.need(this.initiative).responsibleCommittee = text();
        return;
      case "initiative.contributor":
        this.need(this.initiative).keyContributors.push(text());
        return;
      case "initiative.description": {
        const initiative = this.need(this.initiative);
        rich((value) => {
          initiative.description = value;
        });
        return;
      }
      case "initiative.notes": {
        const initiative = this.need(this.initiative);
        rich((value) => {
          initiative.notes = value;
        });
        return;
      }
      case "milestone.text":
      case "economy.text": {
        const item = this.need(this.item);
        rich((value) => {
          item.text = value;
        });
        return;
      }
      case "milestone.statusNote":
      case "economy.statusNote":
        this.need(this.item).statusNote = text();
        return;
      case "milestone.round":
        (this.need(this.item) as Milestone).round = this.roundId(tag, text());
        return;
      case "milestone.status":
      case "economy.status":
        this.need(this.item).status = parsePageStatus(plainText(capture.runs)) ?? unreadable();
        return;
      default:
        if (tag.name.startsWith("meta.")) {
          const key = textMetadata.find((name) => `meta.${name}` === tag.name);
          if (key !== undefined) this.metadata[key] = text();
        }
    }
  }

  /** A paragraph of rich text: a new value, or with `more=1` the next paragraph of the last. */
  private addRich(capture: Capture, set: (value: string) => void): void {
    const paragraph: TagParagraph = {
      ...(capture.list === undefined ? {} : { list: capture.list }),
      runs: capture.runs.map((run) => (run.kind === "cr" ? { kind: "break" } : run)),
    };
    const last = this.rich[this.rich.length - 1];
    if (capture.tag.args.more !== undefined && last?.name === capture.tag.name) {
      last.paragraphs.push(paragraph);
      return;
    }
    this.rich.push({ name: capture.tag.name, tag: capture.tag, paragraphs: [paragraph], set });
  }

  /**
   * The copy's exact value for a tag with `c=`, when the page shows what that value shows as;
   * otherwise what the page shows.
   */
  private exact(tag: PageTag, shown: string, show: (value: string) => string): string {
    const value = tag.args.c === undefined ? undefined : this.entries[Number(tag.args.c)]?.value;
    return typeof value === "string" && show(value) === shown ? value : shown;
  }

  private extrasOf(tag: PageTag, target: object, keys: readonly string[]): void {
    if (tag.args.x !== undefined) this.extras.push({ target, entry: tag.args.x, keys });
  }

  /** The round id a shown label stands for: the tag's id while the label is that round's. */
  private roundId(tag: PageTag, shown: string): string {
    const id = tag.args.id;
    const tagged = this.rounds.find((round) => round.id === id);
    if (id !== undefined && (tagged === undefined ? shown === id : tagged.label === shown)) return id;
    const labelled = this.rounds.filter((round) => round.label === shown);
    return labelled.length === 1 ? (labelled[0] as Round).id : shown;
  }

  private lastRound(): Round {
    return this.need(this.rounds[this.rounds.length - 1]);
  }

  private need<T>(value: T | undefined): T {
    if (value === undefined) throw new Unreadable();
    return value;
  }

  finish(): BudgetFollowUp | null | undefined {
    if (!this.seen) return undefined;
    if (this.type !== "budget-follow-up") return null;
    for (const pending of this.rich) {
      const shown = paragraphsToRich(pending.paragraphs);
      pending.set(this.exact(pending.tag, shown, showRich));
    }
    const document: Record<string, unknown> = {
      schemaVersion: 2,
      type: "budget-follow-up",
      metadata: this.metadata,
      rounds: this.rounds,
      ...(this.currentRound === undefined ? {} : { currentRound: this.currentRound }),
      sections: this.sections,
    };
    for (const { target, entry, keys } of this.extras) {
      const extras = this.entries[Number(entry)]?.extras;
      if (typeof extras !== "object" || extras === null) continue;
      const into = (target === this ? document : target) as Record<string, unknown>;
      // Only the fields no page shows, whatever else a crafted copy holds.
      for (const key of keys)
        if (Object.hasOwn(extras, key) && !Object.hasOwn(into, key))
          into[key] = (extras as Record<string, unknown>)[key];
    }
    const valid = validateDocument(document);
    return valid.document?.type === "budget-follow-up" ? valid.document : null;
  }
}

/** What a page shows for rich text: the same conversion the exporter checks its values with. */
function showRich(html: string): string {
  return paragraphsToRich(
    richToParagraphs(html).map((paragraph) =>
      paragraph.list === undefined
        ? paragraph
        : { ...paragraph, list: { ...paragraph.list, level: Math.min(paragraph.list.level, 2) } },
    ),
  );
}

function plainText(runs: readonly ReadRun[]): string {
  return runs.map((run) => (run.kind === "text" ? run.text : run.kind === "cr" ? "\r" : "\n")).join("");
}

function unreadable(): never {
  throw new Unreadable();
}

/** `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"`, `"false"` and `"off"` are off. */
function isOn(element: XmlElement | undefined): boolean {
  if (element === undefined) return false;
  const value = element.attributes["w:val"];
  return value === undefined || !/^(0|false|off)$/i.test(value);
}
