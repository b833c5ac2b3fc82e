import type { Locale } from "../i18n/locale";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { countStatuses } from "../rules/rollUp";
import { diffRounds, economyStatusAt } from "./diffRounds";

const words = {
  da: {
    milestone: ["milepæl", "milepæle"],
    red: ["rød", "røde"],
    yellow: ["gul", "gule"],
    green: ["grøn", "grønne"],
    and: "og",
    more: (count: number) => `og ${count} ${count === 1 ? "anden" : "andre"}`,
  },
  en: {
    milestone: ["milestone", "milestones"],
    red: ["red", "red"],
    yellow: ["yellow", "yellow"],
    green: ["green", "green"],
    and: "and",
    more: (count: number) => `and ${count} more`,
  },
} as const;

const pick = (pair: readonly [string, string], count: number) => (count === 1 ? pair[0] : pair[1]);

function names(list: readonly string[], locale: Locale): string {
  const shown = list.slice(0, 3);
  return list.length > 3 ? `${shown.join(", ")} ${words[locale].more(list.length - 3)}` : shown.join(", ");
}

function number(value: number, locale: Locale): string {
  return value.toLocaleString(locale === "da" ? "da-DK" : "en-GB");
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
  const da = locale === "da";
  if (round === undefined)
    return da ? `Opfølgningen "${roundId}" findes ikke.` : `There is no round "${roundId}".`;
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  const counts = countStatuses(
    initiatives.flatMap((initiative) =>
      initiative.milestones
        .filter((milestone) => milestone.round === roundId)
        .map((milestone) => milestone.status),
    ),
  );
  const total = counts.green + counts.yellow + counts.red + counts["not-assessed"];
  const w = words[locale];
  const sentences: string[] = [];
  if (total === 0) {
    sentences.push(
      da ? `Ingen milepæle hører til ${round.label}.` : `No milestones belong to ${round.label}.`,
    );
  } else {
    const head = da
      ? `${number(counts.red, locale)} af ${number(total, locale)} ${pick(w.milestone, total)} til ${round.label} er ${pick(w.red, counts.red)}, ${number(counts.yellow, locale)} ${pick(w.yellow, counts.yellow)} ${w.and} ${number(counts.green, locale)} ${pick(w.green, counts.green)}`
      : `${number(counts.red, locale)} of ${number(total, locale)} ${pick(w.milestone, total)} for ${round.label} ${counts.red === 1 ? "is" : "are"} red, ${number(counts.yellow, locale)} yellow ${w.and} ${number(counts.green, locale)} green`;
    const missing = counts["not-assessed"];
    sentences.push(
      missing === 0
        ? `${head}.`
        : da
          ? `${head}; ${number(missing, locale)} er ikke vurderet.`
          : `${head}; ${number(missing, locale)} ${missing === 1 ? "is" : "are"} not assessed.`,
    );
  }
  const previous = index > 0 ? document.rounds[index - 1] : undefined;
  if (previous !== undefined) {
    const diff = diffRounds(document, previous.id, roundId, options);
    const worse = diff.worsened.map((change) => change.name);
    const better = diff.improved.map((change) => change.name);
    if (worse.length === 0) {
      sentences.push(
        da ? `Ingen er forværret siden ${previous.label}.` : `None has worsened since ${previous.label}.`,
      );
    } else {
      sentences.push(
        da
          ? `${number(worse.length, locale)} er forværret siden ${previous.label}: ${names(worse, locale)}.`
          : `${number(worse.length, locale)} ${worse.length === 1 ? "has" : "have"} worsened since ${previous.label}: ${names(worse, locale)}.`,
      );
    }
    if (better.length > 0) {
      sentences.push(
        da
          ? `${number(better.length, locale)} er forbedret: ${names(better, locale)}.`
          : `${number(better.length, locale)} ${better.length === 1 ? "has" : "have"} improved: ${names(better, locale)}.`,
      );
    }
  }
  if (options.today !== undefined && round.cutOff < options.today && counts["not-assessed"] > 0) {
    const late = counts["not-assessed"];
    sentences.push(
      da
        ? `${number(late, locale)} ${pick(w.milestone, late)} er forsinket: skæringsdatoen ${round.cutOff} er passeret uden vurdering.`
        : `${number(late, locale)} ${pick(w.milestone, late)} ${late === 1 ? "is" : "are"} overdue: the cut-off ${round.cutOff} passed without an assessment.`,
    );
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
      .map((level) => `${number(economy[level], locale)} ${pick(w[level], economy[level])}`);
    const last = parts.pop() as string;
    const list = parts.length === 0 ? last : `${parts.join(", ")} ${w.and} ${last}`;
    sentences.push(
      da
        ? `Økonomi: ${list} af ${number(assessed, locale)} vurderede.`
        : `Economy: ${list} of ${number(assessed, locale)} assessed.`,
    );
  }
  return sentences.join(" ");
}
