import type { Locale } from "../i18n/locale";
import { statusLabel } from "../i18n/statusLabels";
import { type AssessedLevel, type Status, statusValues } from "./status";

// One vocabulary for statuses as documents write them: smiley characters, Wingdings letters and words,
// in Danish and English. The text, CSV, Word and PDF readers and the diagnostics' messages all use it.

/** Unicode faces by the level they show (without a variation selector). Sad faces show red; see `sadFaces`. */
export const smileyFaces: Readonly<Record<string, AssessedLevel>> = {
  "☺": "green",
  "☻": "green",
  "🙂": "green",
  "😊": "green",
  "😀": "green",
  "😃": "green",
  "😄": "green",
  "😐": "yellow",
  "😑": "yellow",
  "😶": "yellow",
  "☹": "red",
  "🙁": "red",
  "😞": "red",
  "😟": "red",
  "😠": "red",
};

/**
 * Faces that lost their colour: the follow-ups use the same sad face for yellow and red, so on the
 * milestone scale a reader must guess (and say so); on the economy scale it can only be red.
 * Built in an expression marked pure as a whole, so a bundle that does not use it drops it.
 */
export const sadFaces: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(Object.keys(smileyFaces).filter((face) => smileyFaces[face] === "red")))();

/**
 * The face each status is written with: in reports beside its word, in the text a Word table or a
 * PDF is read as, in generated follow-ups. A status not assessed has none.
 *
 * @example
 * statusFaces.yellow; // "😐"
 */
export const statusFaces: Readonly<Record<Status, string>> = {
  green: "☺",
  yellow: "😐",
  red: "☹",
  "not-assessed": "",
};

/** Word's smileys are the Wingdings letters J, K and L: the face each stands for (pure, as `sadFaces`). */
export const wingdingsFaces: Readonly<Record<string, string>> = /* @__PURE__ */ (() => ({
  J: statusFaces.green,
  K: statusFaces.yellow,
  L: statusFaces.red,
}))();

/**
 * A Wingdings letter as the symbol-font character Word and PDFs store it (the letter + F000), "J" → "\uF04A".
 *
 * @example
 * wingdingsSymbol("L").codePointAt(0)?.toString(16); // "f04c"
 */
export function wingdingsSymbol(letter: string): string {
  return String.fromCharCode(0xf000 + letter.charCodeAt(0));
}

/** Words a picture's alt text or file name uses for a smiley's colour ("Grøn smiley", "smiley_roed.png"). */
export const smileyWords: Readonly<Record<string, AssessedLevel>> = {
  grøn: "green",
  groen: "green",
  gron: "green",
  green: "green",
  glad: "green",
  happy: "green",
  smilende: "green",
  positiv: "green",
  gul: "yellow",
  yellow: "yellow",
  neutral: "yellow",
  orange: "yellow",
  amber: "yellow",
  rød: "red",
  roed: "red",
  rod: "red",
  red: "red",
  sur: "red",
  sad: "red",
  trist: "red",
  ked: "red",
  negativ: "red",
};

const byWord: ReadonlyMap<string, Status> = /* @__PURE__ */ (() =>
  new Map(
    statusValues.flatMap((status) => [
      [status, status] as const,
      ...(["da", "en"] as const).map(
        (locale) => [statusLabel(status, "milestone", locale).name.toLowerCase(), status] as const,
      ),
    ]),
  ))();

/**
 * The status a word names: "Grøn", "green", "Ikke vurderet", "not-assessed" (either language, any case).
 *
 * @example
 * statusByWord("Rød"); // "red"
 */
export function statusByWord(word: string): Status | undefined {
  return byWord.get(word.trim().toLowerCase());
}

/**
 * A status as a word inside a sentence: "grøn", "ikke vurderet"; an unknown value as it is.
 *
 * @example
 * statusWord("not-assessed", "en"); // "not assessed"
 */
export function statusWord(status: string, locale: Locale): string {
  return (statusValues as readonly string[]).includes(status)
    ? statusLabel(status as Status, "milestone", locale).name.toLowerCase()
    : status;
}
