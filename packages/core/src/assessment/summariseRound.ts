import { intlLocale, type Locale } from "../i18n/locale";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { countStatuses } from "../rules/rollUp";
import { diffRounds, economyStatusAt } from "./diffRounds";

/** Words counted in the summary, singular and plural per locale. */
const nouns = {
  milestone: { da: ["milepæl", "milepæle"], en: ["milestone", "milestones"] },
  red: { da: ["rød", "røde"], en: ["red", "red"] },
  yellow: { da: ["gul", "gule"], en: ["yellow", "yellow"] },
  green: { da: ["grøn", "grønne"], en: ["green", "green"] },
} as const;

const pick = (pair: readonly [string, string], count: number) => (count === 1 ? pair[0] : pair[1]);

function names(list: readonly string[], locale: Locale): string {
  const shown = list.slice(0, 3);
  return list.length > 3
    ? `${shown.join(", ")} ${sentencesOf[locale].more(list.length - 3)}`
    : shown.join(", ");
}

function number(value: number, locale: Locale): string {
  return value.toLocaleString(intlLocale(locale));
}

/** The summary's sentences per locale; counts arrive formatted, with the raw count for plurals. */
interface Count {
  text: string;
  value: number;
}
const sentencesOf = {
  da: {
    noRound: (round: string) => `Opfølgningen "${round}" findes ikke.`,
    noMilestones: (round: string) => `Ingen milepæle hører til ${round}.`,
    head: (red: Count, total: Count, yellow: Count, green: Count, round: string) =>
      `${red.text} af ${total.text} ${pick(nouns.milestone.da, total.value)} til ${round} er ${pick(nouns.red.da, red.value)}, ${yellow.text} ${pick(nouns.yellow.da, yellow.value)} og ${green.text} ${pick(nouns.green.da, green.value)}`,
    notAssessed: (head: string, missing: Count) => `${head}; ${missing.text} er ikke vurderet.`,
    noneWorse: (previous: string) => `Ingen er forværret siden ${previous}.`,
    worse: (count: Count, previous: string, list: string) =>
      `${count.text} er forværret siden ${previous}: ${list}.`,
    better: (count: Count, list: string) => `${count.text} er forbedret: ${list}.`,
    late: (count: Count, cutOff: string) =>
      `${count.text} ${pick(nouns.milestone.da, count.value)} er forsinket: skæringsdatoen ${cutOff} er passeret uden vurdering.`,
    economy: (list: string, assessed: Count) =>
      `Økonomi: ${list} af ${assessed.text} ${assessed.value === 1 ? "vurderet" : "vurderede"}.`,
    more: (count: number) => `og ${count} ${count === 1 ? "anden" : "andre"}`,
  },
  en: {
    noRound: (round: string) => `There is no round "${round}".`,
    noMilestones: (round: string) => `No milestones belong to ${round}.`,
    head: (red: Count, total: Count, yellow: Count, green: Count, round: string) =>
      `${red.text} of ${total.text} ${pick(nouns.milestone.en, total.value)} for ${round} ${red.value === 1 ? "is" : "are"} red, ${yellow.text} yellow and ${green.text} green`,
    notAssessed: (head: string, missing: Count) =>
      `${head}; ${missing.text} ${missing.value === 1 ? "is" : "are"} not assessed.`,
    noneWorse: (previous: string) => `None has worsened since ${previous}.`,
    worse: (count: Count, previous: string, list: string) =>
      `${count.text} ${count.value === 1 ? "has" : "have"} worsened since ${previous}: ${list}.`,
    better: (count: Count, list: string) =>
      `${count.text} ${count.value === 1 ? "has" : "have"} improved: ${list}.`,
    late: (count: Count, cutOff: string) =>
      `${count.text} ${pick(nouns.milestone.en, count.value)} ${count.value === 1 ? "is" : "are"} overdue: the cut-off ${cutOff} passed without an assessment.`,
    economy: (list: string, assessed: Count) => `Economy: ${list} of ${assessed.text} assessed.`,
    more: (count: number) => `and ${count} more`,
  },
} satisfies Record<Locale, Record<string, (...args: never[]) => string>>;

/**
 * Every sentence `summariseRound` can write in a locale, with each count as one and as several and
 * without the document's labels and names: the summary's own words, which a reader of a printed
 * summary tells from words typed beside it.
 *
 * @example
 * summarySentences("da").some((sentence) => sentence.includes("forværret")); // true
 */
export function summarySentences(locale: Locale): string[] {
  const say = sentencesOf[locale];
  return [1, 2].flatMap((value) => {
    const count: Count = { text: "", value };
    const levels = (["red", "yellow", "green"] as const).map((level) => pick(nouns[level][locale], value));
    return [
      say.noMilestones(""),
      say.head(count, count, count, count, ""),
      say.notAssessed("", count),
      say.noneWorse(""),
      say.worse(count, "", ""),
      say.better(count, ""),
      say.late(count, ""),
      say.economy(new Intl.ListFormat(intlLocale(locale), { type: "conjunction" }).format(levels), count),
      say.more(value),
    ];
  });
}

/**
 * The round in one plain-language paragraph: how many milestones are red, yellow and green, what
 * worsened and improved since the previous round, what is overdue (given `today`) and the economy.
 * The takeaway widgets and reports show first, and what a screen reader hears.
 *
 * @example
 * summariseRound(followUp, "2017-3", "da");
 * // "3 af 14 milepæle til 3. budgetopfølgning 2017 er røde, 0 gule og 9 grønne; 2 er ikke vurderet. 2 er forværret siden 2. budgetopfølgning 2017: 5.03 …"
 */
export function summariseRound(
  document: BudgetFollowUp,
  roundId: string,
  locale: Locale,
  options: { today?: string } = {},
): string {
  const index = document.rounds.findIndex((round) => round.id === roundId);
  const round = document.rounds[index];
  const say = sentencesOf[locale];
  const count = (value: number): Count => ({ text: number(value, locale), value });
  if (round === undefined) return say.noRound(roundId);
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  const counts = countStatuses(
    initiatives.flatMap((initiative) =>
      initiative.milestones
        .filter((milestone) => milestone.round === roundId)
        .map((milestone) => milestone.status),
    ),
  );
  const total = counts.green + counts.yellow + counts.red + counts["not-assessed"];
  const sentences: string[] = [];
  if (total === 0) {
    sentences.push(say.noMilestones(round.label));
  } else {
    const head = say.head(
      count(counts.red),
      count(total),
      count(counts.yellow),
      count(counts.green),
      round.label,
    );
    const missing = counts["not-assessed"];
    sentences.push(missing === 0 ? `${head}.` : say.notAssessed(head, count(missing)));
  }
  const previous = index > 0 ? document.rounds[index - 1] : undefined;
  if (previous !== undefined) {
    const diff = diffRounds(document, previous.id, roundId, options);
    const worse = diff.worsened.map((change) => change.name);
    const better = diff.improved.map((change) => change.name);
    if (worse.length === 0) {
      sentences.push(say.noneWorse(previous.label));
    } else {
      sentences.push(say.worse(count(worse.length), previous.label, names(worse, locale)));
    }
    if (better.length > 0) {
      sentences.push(say.better(count(better.length), names(better, locale)));
    }
  }
  if (options.today !== undefined && round.cutOff < options.today && counts["not-assessed"] > 0) {
    const late = counts["not-assessed"];
    sentences.push(say.late(count(late), round.cutOff));
  }
  const economy = countStatuses(
    initiatives
      .filter((initiative) => initiative.economy !== undefined)
      .map((initiative) => economyStatusAt(document, initiative, roundId)),
  );
  const assessed = economy.green + economy.red + economy.yellow;
  if (assessed > 0) {
    const parts = (["red", "yellow", "green"] as const)
      .filter((level) => economy[level] > 0)
      .map((level) => `${number(economy[level], locale)} ${pick(nouns[level][locale], economy[level])}`);
    const list = new Intl.ListFormat(intlLocale(locale), { type: "conjunction" }).format(parts);
    sentences.push(say.economy(list, count(assessed)));
  }
  return sentences.join(" ");
}
