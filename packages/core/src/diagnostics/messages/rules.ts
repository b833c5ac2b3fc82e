import { statusWord } from "../../status/vocabulary";
import { type AreaMessages, p } from "./format";

// The status rules and the model's own checks.
export const rulesMessages: AreaMessages<"rules"> = {
  da: {
    "rules.economy-level-undefined": (v) =>
      `Økonomi kan kun være grøn eller rød, men dokumentet angiver ${statusWord(p(v, "status"), "da")}. Værdien er bevaret.`,
    "rules.assessed-before-cut-off": (v) =>
      `Milepælen er vurderet til ${p(v, "round")}, hvis skæringsdato ${p(v, "cutOff")} endnu ikke er nået.`,
    "rules.overdue": (v) =>
      `Milepælen for ${p(v, "round")} er ikke vurderet, selv om skæringsdatoen ${p(v, "cutOff")} er passeret.`,
    "rules.duplicate-id": (v) => `Id'et "${p(v, "id")}" bruges mere end én gang.`,
    "rules.unknown-round": (v) => `Opfølgningen "${p(v, "round")}" findes ikke i dokumentets opfølgninger.`,
    "rules.unknown-track": (v) => `Sporet "${p(v, "track")}" findes ikke i planens spor.`,
    "rules.duplicate-round-assessment": (v) => `Indsatsen har mere end én milepæl til ${p(v, "round")}.`,
  },
  en: {
    "rules.economy-level-undefined": (v) =>
      `Economy can only be green or red, but the document says ${statusWord(p(v, "status"), "en")}. The value is kept.`,
    "rules.assessed-before-cut-off": (v) =>
      `The milestone is assessed for ${p(v, "round")}, whose cut-off ${p(v, "cutOff")} has not been reached.`,
    "rules.overdue": (v) =>
      `The milestone for ${p(v, "round")} is not assessed although its cut-off ${p(v, "cutOff")} has passed.`,
    "rules.duplicate-id": (v) => `The id "${p(v, "id")}" is used more than once.`,
    "rules.unknown-round": (v) => `The round "${p(v, "round")}" is not among the document's rounds.`,
    "rules.unknown-track": (v) => `The track "${p(v, "track")}" is not among the plan's tracks.`,
    "rules.duplicate-round-assessment": (v) =>
      `The initiative has more than one milestone for ${p(v, "round")}.`,
  },
};
