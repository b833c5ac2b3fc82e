import type { Locale, Status } from "@milepael/core/lite";

const da = {
  caption: (round: string) => `Vurdering af ${round}`,
  initiative: "Indsats",
  target: "Milepæl eller økonomi",
  due: "Frist",
  status: "Status",
  note: "Statusnote",
  message: "Regel",
  economy: "Økonomi",
  noteFor: (name: string) => `Statusnote for ${name}`,
  statusFor: (name: string) => `Status for ${name}`,
  show: "Vis",
  showAll: "Alle",
  showNotAssessed: "Ikke vurderet endnu",
  showNeedsNote: "Mangler statusnote",
  centre: "Center",
  committee: "Udvalg",
  everyone: "Alle",
  undo: "Fortryd",
  redo: "Gentag",
  shown: (shown: number, total: number) => `${shown} af ${total} vurderinger vist`,
  draft: "Ikke gemt",
  saved: (name: string) => `Gemt: ${name}`,
  refused: (name: string) => `Ikke gemt: ${name}`,
  undone: (name: string) => `Fortrudt: ${name}`,
  nothingToAssess: "Intet at vurdere med de valgte filtre.",
  noOpenRound: "Ingen opfølgning er åben for vurdering.",
  keys: "Vælg status med piletasterne eller 1–4 (grøn, gul, rød, ikke vurderet); skriv noten; ændringen gemmes, når du forlader rækken eller trykker Enter.",
  needsNote: "Mangler statusnote",
  statusNames: { green: "Grøn", yellow: "Gul", red: "Rød", "not-assessed": "Ikke vurderet" } satisfies Record<
    Status,
    string
  >,
};

export type AssessmentTexts = typeof da;

const en: AssessmentTexts = {
  caption: (round) => `Assessing ${round}`,
  initiative: "Initiative",
  target: "Milestone or economy",
  due: "Due",
  status: "Status",
  note: "Status note",
  message: "Rule",
  economy: "Economy",
  noteFor: (name) => `Status note for ${name}`,
  statusFor: (name) => `Status of ${name}`,
  show: "Show",
  showAll: "All",
  showNotAssessed: "Not yet assessed",
  showNeedsNote: "Needs a note",
  centre: "Centre",
  committee: "Committee",
  everyone: "All",
  undo: "Undo",
  redo: "Redo",
  shown: (shown, total) => `${shown} of ${total} assessments shown`,
  draft: "Not saved",
  saved: (name) => `Saved: ${name}`,
  refused: (name) => `Not saved: ${name}`,
  undone: (name) => `Undone: ${name}`,
  nothingToAssess: "Nothing to assess with these filters.",
  noOpenRound: "No round is open for assessment.",
  keys: "Pick a status with the arrow keys or 1–4 (green, yellow, red, not assessed); write the note; the change is saved when you leave the row or press Enter.",
  needsNote: "Needs a status note",
  statusNames: { green: "Green", yellow: "Yellow", red: "Red", "not-assessed": "Not assessed" },
};

/** The assessment widgets' words in a locale. */
export const assessmentTexts = (locale: Locale): AssessmentTexts => (locale === "en" ? en : da);
