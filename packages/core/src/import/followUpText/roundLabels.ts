import { normalizeDateText } from "../../date/tokenize";
import type { Round, Section } from "../../model/budgetFollowUp.schema";
import { roundKey } from "../shared/roundKey";
import type { StatedRound } from "./statedRounds";

/**
 * The round labels of a follow-up's milestone rows, each kept once in the order first read (labels
 * that differ only in case and white space as one, spelt as the first). A milestone holds its label
 * as first read until the rounds are resolved, so thousands of rows share a handful of strings
 * (each row's own copy would be kept and copied through V8's young generation), and compare with
 * them at once.
 *
 * @example
 * const labels = new RoundLabels();
 * labels.place("3. opf.", 12); // "3. opf."
 * labels.idsFrom([{ id: "r3", label: "3. opf.", kind: "follow-up" }])("3. opf."); // "r3"
 */
export class RoundLabels {
  /**
   * Each label with the line it was first read on, and what the document's table of rounds states
   * of it (`state`): what `resolveRounds` makes rounds of.
   */
  readonly read: StatedRound[] = [];
  /** Each label's place in `read`, for labels past the first few. */
  private readonly places = new Map<string, number>();
  /** Each label's place in `read` by its `roundKey`, for a label spelt otherwise. */
  private readonly byKey = new Map<string, number>();
  /** Whether the milestones name their rounds' ids yet (`nameMilestones`). */
  private named = false;

  /**
   * The label as first read, registering it when new; an empty label stays empty. A label that
   * differs from one read before only in case and white space is that label's round (`roundKey`).
   */
  place(label: string, line: number): string {
    if (label === "") return label;
    let at = this.indexOf(label);
    if (at === undefined) {
      // Keyed only once a label is not found as written: most rows repeat a spelling read before.
      const key = roundKey(label);
      at = this.byKey.get(key);
      if (at === undefined) {
        at = this.read.push({ label, line }) - 1;
        this.places.set(label, at);
        this.byKey.set(key, at);
      }
    }
    return (this.read[at] as { label: string }).label;
  }

  /**
   * Places a round the document's table of rounds states (each label once), before the milestones
   * name it: its label is then the one milestones spelt otherwise are read as.
   */
  state(round: StatedRound): void {
    const at = this.indexOf(this.place(round.label, round.line));
    if (at !== undefined) this.read[at] = round;
  }

  /**
   * From a label as read to its round's id: "ukendt" for an empty label or one never placed. A
   * round from the municipality's calendar may be spelt otherwise than the document spells it
   * ("3. Budgetopfølgning 2017"): it is found the way `resolveRounds` found it, by
   * `normalizeDateText`.
   */
  idsFrom(rounds: readonly Round[]): (label: string) => string {
    const idByLabel = new Map(rounds.map((round) => [round.label, round.id]));
    const idByNormalized = new Map<string, string>();
    for (const round of rounds) {
      const key = normalizeDateText(round.label);
      if (!idByNormalized.has(key)) idByNormalized.set(key, round.id);
    }
    // Looked up once per label, not once per milestone.
    const ids = this.read.map(
      ({ label }) => idByLabel.get(label) ?? idByNormalized.get(normalizeDateText(label)) ?? label,
    );
    return (label) => (label === "" ? undefined : ids[this.indexOf(label) ?? -1]) ?? "ukendt";
  }

  /**
   * Points each milestone of `sections` at its round's id instead of its label as first read, once:
   * a second assembly (of what was read before an error) finds ids in place already. Each milestone
   * holds its label as first read, so the few labels compare at once; no list of every milestone
   * and its label's place is kept while reading.
   */
  nameMilestones(sections: readonly Section[], rounds: readonly Round[]): void {
    if (this.named) return;
    this.named = true;
    const idOf = this.idsFrom(rounds);
    for (const section of sections)
      for (const initiative of section.initiatives)
        for (const milestone of initiative.milestones) milestone.round = idOf(milestone.round);
  }

  /**
   * The place of a label already seen. A document has a handful of labels: comparing with the
   * first few is cheaper than hashing every milestone's new label string; the rest are looked up.
   */
  private indexOf(label: string): number | undefined {
    const labels = this.read;
    const few = Math.min(labels.length, 8);
    for (let index = 0; index < few; index += 1)
      if ((labels[index] as { label: string }).label === label) return index;
    return few < labels.length ? this.places.get(label) : undefined;
  }
}
