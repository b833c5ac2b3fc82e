import { normalizeDateText } from "../../date/tokenize";
import type { Round } from "../../model/budgetFollowUp.schema";
import type { DiagnosticCollector } from "../shared/collector";
import { IdAllocator, slugify } from "../shared/ids";
import { inferCutOff } from "../shared/roundCutOff";
import type { StatedRound } from "./statedRounds";

/**
 * The rounds the milestones name and the document's table of rounds states, in the order of their
 * cut-offs: taken from the municipality's calendar where a label matches, else as the table states
 * them, what it does not state inferred from the label (assumed cut-offs reported). A round's id
 * is the label's, whether or not the table gives its dates.
 *
 * @example
 * resolveRounds([{ label: "1. budgetopfølgning 2017", line: 9 }], [], 2017, collector)[0]?.id; // "2017-1"
 */
export function resolveRounds(
  labels: readonly StatedRound[],
  calendarRounds: readonly Round[],
  year: number,
  collector: DiagnosticCollector,
): Round[] {
  // The calendar's rounds by normalised label, the first of each, looked up once per label.
  const calendar = new Map<string, Round>();
  for (const round of calendarRounds) {
    const key = normalizeDateText(round.label);
    if (!calendar.has(key)) calendar.set(key, round);
  }
  const rounds = labels.map((stated, order): Round & { order: number } => {
    const { label, line, meetingDate } = stated;
    const known = calendar.get(normalizeDateText(label));
    if (known) return { ...known, order };
    // Without a calendar, the cut-off is inferred from the label as every follow-up importer does.
    const inferred = inferCutOff(label, order, year);
    const cutOff = stated.cutOff ?? inferred.cutOff;
    const kind = stated.kind ?? inferred.kind;
    if (inferred.assumed && stated.cutOff === undefined)
      collector.add("info", "import.round-cut-off-assumed", line, { round: label, cutOff });
    const id =
      inferred.ordinal !== undefined
        ? `${inferred.cutOff.slice(0, 4)}-${inferred.ordinal}`
        : inferred.labelIsDate
          ? kind === "year-end"
            ? `${inferred.cutOff.slice(0, 4)}-year-end`
            : inferred.cutOff
          : slugify(label);
    return { id, label, kind, cutOff, ...(meetingDate === undefined ? {} : { meetingDate }), order };
  });
  const ids = new IdAllocator();
  return rounds
    .sort((a, b) => (a.cutOff === b.cutOff ? a.order - b.order : a.cutOff < b.cutOff ? -1 : 1))
    .map(({ order: _order, ...round }) => ({ ...round, id: ids.take(round.id) }));
}

const ordinals: Readonly<Record<string, number>> = {
  første: 1,
  anden: 2,
  andet: 2,
  tredje: 3,
  fjerde: 4,
  "1.": 1,
  "2.": 2,
  "3.": 3,
  "4.": 4,
};

/**
 * "Tredje opfølgning på …" reports on the third round.
 *
 * @example
 * currentRoundId(rounds, "Tredje budgetopfølgning 2017"); // the id of "3. budgetopfølgning 2017"
 */
export function currentRoundId(rounds: readonly Round[], title: string): string | undefined {
  const match = /\b(første|anden|andet|tredje|fjerde|[1-4]\.)\s*(?:budget)?opfølgning/i.exec(title);
  const number = match ? ordinals[(match[1] ?? "").toLowerCase()] : undefined;
  if (number === undefined) return undefined;
  return rounds.find((round) => new RegExp(`^${number}\\.\\s*budgetopfølgning`, "i").test(round.label))?.id;
}
