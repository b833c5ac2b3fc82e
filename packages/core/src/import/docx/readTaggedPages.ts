import {
  initiativeKindWords,
  keyOfWord,
  type PageTag,
  parsePageDate,
  parsePageStatus,
  readTag,
  shownText,
  unshownFields,
} from "../../export/docx/pageTags";
import type { TagParagraph } from "../../export/docx/tagParagraphs";
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
import { readAmount } from "../followUpText/economy";
import { ownValue } from "../shared/cells";
import { ControlCounts, type RemovedControls } from "./controlCounts";
import { addUnshownFields, exactValue, roundIdOf } from "./copyValues";
import { LooseText } from "./looseText";
import { ParagraphNumbers } from "./paragraphNumbers";
import type { WordStyles } from "./readStyles";
import { plainFields, richFields, textMetadata } from "./tagFields";
import { TaggedRichValues } from "./taggedRich";
import { TaggedRounds } from "./taggedRounds";
import { TaggedRows, Unreadable, unreadable } from "./taggedRows";
import { type Capture, paragraphList, plainText, readRun, unreadParts } from "./taggedRuns";
import { type TypedInParagraph, TypedParagraphs } from "./typedParagraphs";
import { child, childElements, type XmlElement } from "./xml";

/** What the tagged controls of a Word file make, and the parts of its pages that lost one. */
export interface TaggedReading {
  followUp: BudgetFollowUp | null | undefined;
  removed: RemovedControls[];
  /**
   * The paragraphs outside tables (numbered from 1 as the Word reader's locations are) that hold a
   * control: their text is the tags', so the text reading's findings there are no typed note.
   */
  taggedParagraphs: ReadonlySet<number>;
  /** Text typed into paragraphs outside the tables, by paragraph. */
  typedInParagraphs: readonly TypedInParagraph[];
}

/**
 * A follow-up read from the tagged content controls of milepael's Word export: `undefined` when
 * the file has none (any other Word file), `null` when it has them but they do not make a valid
 * follow-up (a date or status edited into something unreadable, a control Word removed: `removed`
 * names where). `entries` are the file's copy of what a page cannot hold: an exact value is taken
 * only where the page shows what it shows as. Without them (no copy in the file), an economy's
 * amount is read from its text.
 *
 * @example
 * readTaggedFollowUp(documentXml, styles, entries).followUp?.sections.length; // 2
 */
export function readTaggedFollowUp(
  body: XmlElement,
  styles: WordStyles,
  entries: readonly CopyEntry[] | undefined,
): TaggedReading {
  const reader = new TaggedReader(styles, entries ?? [], entries === undefined);
  try {
    reader.visit(body);
    return {
      followUp: reader.finish(),
      removed: reader.counts.removed(),
      taggedParagraphs: reader.paragraphNumbers.tagged,
      typedInParagraphs: reader.typed.found,
    };
  } catch (error) {
    if (error instanceof Unreadable)
      return { followUp: null, removed: [], taggedParagraphs: new Set(), typedInParagraphs: [] };
    throw error;
  }
}

class TaggedReader {
  private seen = false;
  private type: string | undefined;
  private readonly metadata: Partial<DocumentMetadata> = {};
  private readonly rounds = new TaggedRounds();
  private readonly sections: Section[] = [];
  private readonly extras: { target: object; entry: string; keys: readonly string[] }[] = [];
  private readonly rich = new TaggedRichValues();
  private section: Section | undefined;
  private initiative: Initiative | undefined;
  private item: Milestone | Economy | undefined;
  private capture: Capture | undefined;
  private list: TagParagraph["list"];
  private readonly economies: Economy[] = [];
  private readonly rows = new TaggedRows();
  private readonly loose = new LooseText();
  readonly counts = new ControlCounts(this);
  readonly paragraphNumbers = new ParagraphNumbers();
  /** Text typed into paragraphs outside the tables: reported, the tags kept. */
  readonly typed = new TypedParagraphs(this.paragraphNumbers, this.loose);

  constructor(
    private readonly styles: WordStyles,
    private readonly entries: readonly CopyEntry[],
    /** The file has no copy of its document: what the copy would add is read from the pages. */
    private readonly withoutCopy: boolean,
  ) {}

  visit(element: XmlElement): void {
    switch (element.name) {
      case "w:p": {
        const outer = this.list;
        this.list = paragraphList(element, this.styles);
        this.typed.read(() => this.visitChildren(element), this.sections.length > 0);
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
        if (this.capture !== undefined) readRun(element, this.capture.runs);
        else this.loose.add(plainText(readRun(element, [])));
        return;
      case "w:tbl":
      case "w:tr":
      case "w:tc":
        this.paragraphNumbers.tablePart(element.name, () =>
          this.loose.visit(element.name, this.initiative !== undefined, () => this.visitChildren(element)),
        );
        return;
      default:
        if (!unreadParts.has(element.name)) this.visitChildren(element);
    }
  }

  private visitChildren(element: XmlElement): void {
    for (const node of childElements(element)) this.visit(node);
  }

  private open(tag: PageTag): void {
    this.seen = true;
    this.loose.control();
    this.paragraphNumbers.markTagged();
    switch (tag.name) {
      case "section":
        this.section = { title: "", initiatives: [] };
        this.sections.push(this.section);
        this.initiative = undefined;
        this.counts.expect(this.section, "section", tag, this.section);
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
        this.loose.initiativeOpened();
        this.counts.expect(this.initiative, "initiative", tag, this.initiative);
        this.item = undefined;
        this.rows.leave();
        this.extrasOf(tag, this.initiative, unshownFields.initiative);
        return;
      }
      case "milestone": {
        const milestone: Milestone = { round: "", text: "", status: "not-assessed" };
        this.need(this.initiative).milestones.push(milestone);
        this.counts.expect(milestone, "milestone", tag, this.need(this.initiative));
        this.item = milestone;
        this.rows.open("milestone", milestone);
        this.extrasOf(tag, milestone, unshownFields.milestone);
        return;
      }
      case "economy": {
        const economy: Economy = { text: "", status: "not-assessed" };
        this.need(this.initiative).economy = economy;
        this.counts.expect(economy, "economy", tag, this.need(this.initiative));
        this.economies.push(economy);
        this.item = economy;
        this.rows.open("economy", economy);
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
    if (!this.rows.accepts(tag.name, this.item)) unreadable();
    this.counts.count(tag);
    const rich = (set: (value: string) => void) =>
      this.rich.add(capture.tag, capture.runs, capture.list, set);
    const text = () => exactValue(this.entries, tag, plainText(capture.runs), shownText);
    const plain = ownValue(plainFields, tag.name);
    if (plain !== undefined) {
      Object.assign(this.need(this[plain[0]]), { [plain[1]]: text() });
      return;
    }
    const richField = ownValue(richFields, tag.name);
    if (richField !== undefined) {
      const target = this.need(this[richField[0]]);
      rich((value) => Object.assign(target, { [richField[1]]: value }));
      return;
    }
    const opened = (round: Round) => {
      this.counts.expect(round, "round", tag, round);
      this.extrasOf(tag, round, unshownFields.round);
    };
    if (this.rounds.read(tag, plainText(capture.runs), text, opened)) return;
    switch (tag.name) {
      case "title":
        this.type = tag.args.type;
        this.metadata.title = text();
        this.extrasOf(tag, this, unshownFields.document);
        this.counts.expect(this, "title", tag, this.metadata);
        return;
      case "meta.date":
        this.metadata.date = parsePageDate(plainText(capture.runs)) ?? unreadable();
        return;
      case "meta.year": {
        const year = plainText(capture.runs).trim();
        if (!/^\d{1,4}$/.test(year)) unreadable();
        this.metadata.year = Number(year);
        return;
      }
      case "initiative.kind":
        this.need(this.initiative).kind =
          keyOfWord(initiativeKindWords, plainText(capture.runs)) ?? unreadable();
        return;
      case "initiative.contributor":
        this.need(this.initiative).keyContributors.push(text());
        return;
      case "milestone.round":
        (this.need(this.item) as Milestone).round = roundIdOf(this.rounds.rounds, tag, text());
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

  private extrasOf(tag: PageTag, target: object, keys: readonly string[]): void {
    if (tag.args.x !== undefined) this.extras.push({ target, entry: tag.args.x, keys });
  }

  private need<T>(value: T | undefined): T {
    if (value === undefined) throw new Unreadable();
    return value;
  }

  finish(): BudgetFollowUp | null | undefined {
    if (!this.seen) return undefined;
    // A row edited outside its controls shows values the tags do not hold: read as text instead.
    // So does a part whose value's control Word removed, and a cell with text typed beside them:
    // on the page, but in no tag.
    const edited = !this.rows.allRead() || this.counts.removed().length > 0 || this.loose.typedInCells;
    if (this.type !== "budget-follow-up" || edited) return null;
    this.rich.setAll(this.entries);
    const document: Record<string, unknown> = {
      schemaVersion: 2,
      type: "budget-follow-up",
      metadata: this.metadata,
      rounds: this.rounds.rounds,
      ...(this.rounds.current === undefined ? {} : { currentRound: this.rounds.current }),
      sections: this.sections,
    };
    for (const { target, entry, keys } of this.extras)
      addUnshownFields(target === this ? document : target, this.entries[Number(entry)]?.extras, keys);
    // The amount is no field of its own on the page, but the economy's text names it ("Der afsættes
    // 0,5 mio. kr."): without the copy it is read from there, as the text importer reads it.
    if (this.withoutCopy)
      for (const economy of this.economies) Object.assign(economy, readAmount(economy.text));
    const valid = validateDocument(document);
    return valid.document?.type === "budget-follow-up" ? valid.document : null;
  }
}
