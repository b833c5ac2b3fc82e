import { statusWord } from "../../status/vocabulary";
import { type DanishMessages, type EnglishMessages, n, p, select, type Value } from "./format";
import { statusList } from "./names";

// Assessing a follow-up round (issue #20): the reading guide's checks and the round's life.
export const assessmentDa = {
  // Assessing a follow-up round (issue #20)
  "assessment.invalid-entry": select("field", {
    by: "Angiv, hvem der vurderer.",
    at: "Tidspunktet skal være en dato og et klokkeslæt med tidszone (ÅÅÅÅ-MM-DDTtt:mm:ssZ).",
    other: "Opfølgningen skal have et id, en betegnelse og en skæringsdato (ÅÅÅÅ-MM-DD).",
  }),
  "assessment.unknown-initiative": (v: { initiative: Value }) =>
    `Indsatsen "${p(v, "initiative")}" findes ikke i dokumentet.`,
  "assessment.unknown-milestone": (v: { initiative: Value; milestone: Value }) =>
    `Indsatsen "${p(v, "initiative")}" har ingen milepæl nr. ${p(v, "milestone")}.`,
  "assessment.no-economy-line": (v: { initiative: Value }) =>
    `Indsatsen "${p(v, "initiative")}" har ingen økonomilinje.`,
  "assessment.no-open-round": () => "Ingen opfølgning er åben for vurdering. Start en opfølgning først.",
  "assessment.round-published": (v: { round: Value }) =>
    `${p(v, "round")} er offentliggjort og kan ikke ændres. Genåbn den seneste opfølgning med en begrundelse, hvis der er en fejl.`,
  "assessment.early": (v: { round: Value; openRound: Value }) =>
    `Milepælen hører til ${p(v, "round")}, men den åbne opfølgning er ${p(v, "openRound")}: den vurderes før tid.`,
  "assessment.level-not-on-scale": (v: { scale: Value; status: Value; levels: Value }) =>
    `${p(v, "scale") === "economy" ? "Økonomi" : "En milepæl"} kan ikke være ${statusWord(p(v, "status"), "da")}; læsevejledningen tillader ${statusList(p(v, "levels"), "da")}.`,
  "assessment.note-required": (v: { status: Value }) =>
    `En ${statusWord(p(v, "status"), "da")} vurdering kræver en statusnote, der forklarer hvorfor.`,
  "assessment.note-required-for-jump": (v: { from: Value; to: Value }) =>
    `Fra ${statusWord(p(v, "from"), "da")} til ${statusWord(p(v, "to"), "da")} på én opfølgning kræver en ny statusnote, der forklarer ændringen.`,
  "assessment.round-already-open": (v: { round: Value }) => `${p(v, "round")} er allerede åben.`,
  "assessment.round-already-published": (v: { round: Value }) =>
    `${p(v, "round")} er allerede offentliggjort; den kan kun genåbnes, hvis den er den seneste.`,
  "assessment.another-round-open": (v: { round: Value }) =>
    `${p(v, "round")} er stadig åben; offentliggør den først.`,
  "assessment.earlier-rounds-closed": (v: { rounds: Value }) =>
    `Tidligere opfølgninger er nu låst, så de ikke kan ændres: ${p(v, "rounds")}.`,
  "assessment.round-not-open": (v: { round: Value }) =>
    `${p(v, "round")} er ikke åben og kan ikke offentliggøres.`,
  "assessment.not-assessed-at-publish": (v: { count: number; round: Value; milestones: Value }) =>
    `${n(v, "count", "da")} ${p(v, "count") === "1" ? "milepæl" : "milepæle"} til ${p(v, "round")} er ikke vurderet: ${p(v, "milestones")}.`,
  "assessment.reopen-not-latest": (v: { latest: Value; round: Value }) =>
    p(v, "latest") === ""
      ? `${p(v, "round")} kan ikke genåbnes: ingen opfølgning er offentliggjort.`
      : `${p(v, "round")} kan ikke genåbnes; kun den senest offentliggjorte (${p(v, "latest")}) kan.`,
  "assessment.reason-required": () => "Angiv en begrundelse for at genåbne opfølgningen.",
  "assessment.several-open-rounds": (v: { rounds: Value }) =>
    `Kun én opfølgning kan være åben ad gangen, men disse er åbne: ${p(v, "rounds")}.`,
  "assessment.history-unknown-reference": (v: { reference: Value }) =>
    `Historikken nævner "${p(v, "reference")}", som ikke findes i dokumentet.`,
  "assessment.time-before-history": (v: { at: Value; latest: Value }) =>
    `Tidspunktet ${p(v, "at")} ligger før historikkens seneste hændelse (${p(v, "latest")}); hændelsen gemmes, men historikken står ikke længere i tidsorden.`,
  "assessment.duplicate-round-label": (v: { label: Value; round: Value }) =>
    `Betegnelsen "${p(v, "label")}" bruges allerede af opfølgningen ${p(v, "round")}; giv den nye opfølgning sin egen.`,
} satisfies DanishMessages<"assessment">;

export const assessmentEn: EnglishMessages<typeof assessmentDa> = {
  // Assessing a follow-up round (issue #20)
  "assessment.invalid-entry": select("field", {
    by: "Say who is assessing.",
    at: "The time must be a date and time with a time zone (YYYY-MM-DDThh:mm:ssZ).",
    other: "The round needs an id, a label and a cut-off date (YYYY-MM-DD).",
  }),
  "assessment.unknown-initiative": (v) => `The initiative "${p(v, "initiative")}" is not in the document.`,
  "assessment.unknown-milestone": (v) =>
    `The initiative "${p(v, "initiative")}" has no milestone number ${p(v, "milestone")}.`,
  "assessment.no-economy-line": (v) => `The initiative "${p(v, "initiative")}" has no economy line.`,
  "assessment.no-open-round": () => "No round is open for assessment. Start a round first.",
  "assessment.round-published": (v) =>
    `${p(v, "round")} is published and cannot be changed. Reopen the latest round with a reason if there is a mistake.`,
  "assessment.early": (v) =>
    `The milestone belongs to ${p(v, "round")}, but the open round is ${p(v, "openRound")}: it is assessed early.`,
  "assessment.level-not-on-scale": (v) =>
    `${p(v, "scale") === "economy" ? "The economy" : "A milestone"} cannot be ${statusWord(p(v, "status"), "en")}; the reading guide allows ${statusList(p(v, "levels"), "en")}.`,
  "assessment.note-required": (v) =>
    `A ${statusWord(p(v, "status"), "en")} assessment needs a status note that says why.`,
  "assessment.note-required-for-jump": (v) =>
    `From ${statusWord(p(v, "from"), "en")} to ${statusWord(p(v, "to"), "en")} in one round needs a new status note that explains the change.`,
  "assessment.round-already-open": (v) => `${p(v, "round")} is already open.`,
  "assessment.round-already-published": (v) =>
    `${p(v, "round")} is already published; it can only be reopened if it is the latest.`,
  "assessment.another-round-open": (v) => `${p(v, "round")} is still open; publish it first.`,
  "assessment.earlier-rounds-closed": (v) =>
    `Earlier rounds are now locked so that they cannot change: ${p(v, "rounds")}.`,
  "assessment.round-not-open": (v) => `${p(v, "round")} is not open and cannot be published.`,
  "assessment.not-assessed-at-publish": (v) =>
    `${n(v, "count", "en")} ${p(v, "count") === "1" ? "milestone" : "milestones"} of ${p(v, "round")} ${p(v, "count") === "1" ? "is" : "are"} not assessed: ${p(v, "milestones")}.`,
  "assessment.reopen-not-latest": (v) =>
    p(v, "latest") === ""
      ? `${p(v, "round")} cannot be reopened: no round is published.`
      : `${p(v, "round")} cannot be reopened; only the latest published round (${p(v, "latest")}) can.`,
  "assessment.reason-required": () => "Give a reason for reopening the round.",
  "assessment.several-open-rounds": (v) =>
    `Only one round can be open at a time, but these are: ${p(v, "rounds")}.`,
  "assessment.history-unknown-reference": (v) =>
    `The history names "${p(v, "reference")}", which is not in the document.`,
  "assessment.time-before-history": (v) =>
    `The time ${p(v, "at")} is before the history's latest event (${p(v, "latest")}); the event is kept, but the history is no longer in time order.`,
  "assessment.duplicate-round-label": (v) =>
    `The label "${p(v, "label")}" is already the round ${p(v, "round")}'s; give the new round its own.`,
};
