import { statusWord } from "../../status/vocabulary";
import { type DanishMessages, type EnglishMessages, p, type Value } from "./format";

// The status rules and the model's own checks.
export const rulesDa = {
  "rules.economy-level-undefined": (v: { status: Value }) =>
    `Økonomi kan kun være grøn eller rød, men dokumentet angiver ${statusWord(p(v, "status"), "da")}. Værdien er bevaret.`,
  "rules.assessed-before-cut-off": (v: { round: Value; cutOff: Value }) =>
    `Milepælen er vurderet til ${p(v, "round")}, hvis skæringsdato ${p(v, "cutOff")} endnu ikke er nået.`,
  "rules.overdue": (v: { round: Value; cutOff: Value }) =>
    `Milepælen for ${p(v, "round")} er ikke vurderet, selv om skæringsdatoen ${p(v, "cutOff")} er passeret.`,
  "rules.duplicate-id": (v: { id: Value }) => `Id'et "${p(v, "id")}" bruges mere end én gang.`,
  "rules.unknown-round": (v: { round: Value }) =>
    `Opfølgningen "${p(v, "round")}" findes ikke i dokumentets opfølgninger.`,
  "rules.unknown-track": (v: { track: Value }) => `Sporet "${p(v, "track")}" findes ikke i planens spor.`,
  "rules.duplicate-round-assessment": (v: { round: Value }) =>
    `Indsatsen har mere end én milepæl til ${p(v, "round")}.`,
} satisfies DanishMessages<"rules">;

export const rulesEn: EnglishMessages<typeof rulesDa> = {
  "rules.economy-level-undefined": (v) =>
    `Economy can only be green or red, but the document says ${statusWord(p(v, "status"), "en")}. The value is kept.`,
  "rules.assessed-before-cut-off": (v) =>
    `The milestone is assessed for ${p(v, "round")}, whose cut-off ${p(v, "cutOff")} has not been reached.`,
  "rules.overdue": (v) =>
    `The milestone for ${p(v, "round")} is not assessed although its cut-off ${p(v, "cutOff")} has passed.`,
  "rules.duplicate-id": (v: { id: Value }) => `The id "${p(v, "id")}" is used more than once.`,
  "rules.unknown-round": (v) => `The round "${p(v, "round")}" is not among the document's rounds.`,
  "rules.unknown-track": (v) => `The track "${p(v, "track")}" is not among the plan's tracks.`,
  "rules.duplicate-round-assessment": (v) =>
    `The initiative has more than one milestone for ${p(v, "round")}.`,
};
