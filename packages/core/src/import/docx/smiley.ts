import type { AssessedLevel, Status } from "../../status/status";
import { smileyFaces, smileyWords, wingdingsFaces } from "../../status/vocabulary";

/** A smiley found in a Word document: its status and where the status was read from. */
export interface FoundSmiley {
  status: Exclude<Status, "not-assessed">;
  /** What the status was read from: "Wingdings F04C", "☹ (U+2639)", "billede: Grøn smiley". */
  source: string;
}

/** Wingdings' faces: J ☺, K 😐, L ☹, stored with or without the symbol-font offset F000. */
const wingdings: Record<number, FoundSmiley["status"]> = Object.fromEntries(
  Object.entries(wingdingsFaces).map(([letter, face]) => [
    letter.charCodeAt(0),
    smileyFaces[face] as AssessedLevel,
  ]),
);

const unicodeFaces = smileyFaces;

/** A pattern that finds the Unicode faces in text, with an optional variation selector. */
export const unicodeFacePattern = new RegExp(
  `(${Object.keys(unicodeFaces).join("|")})[\\uFE0E\\uFE0F]?`,
  "gu",
);

/**
 * The smiley a Wingdings character stands for (`w:sym w:char="F04A"`, or a run in Wingdings
 * holding "J"), or `null`.
 *
 * @example
 * wingdingsSmiley(0xf04c); // { status: "red", source: "Wingdings F04C" }
 */
export function wingdingsSmiley(code: number): FoundSmiley | null {
  const status = wingdings[code >= 0xf000 ? code - 0xf000 : code];
  if (status === undefined) return null;
  const hex = (code >= 0xf000 ? code : code + 0xf000).toString(16).toUpperCase();
  return { status, source: `Wingdings ${hex}` };
}

/**
 * The smiley of a Unicode face ("☹", "🙂", "☺️"), or `null`.
 *
 * @example
 * unicodeSmiley("😐"); // { status: "yellow", source: "😐 (U+1F610)" }
 */
export function unicodeSmiley(face: string): FoundSmiley | null {
  const bare = face.replace(/[\uFE0E\uFE0F]/g, "");
  const status = unicodeFaces[bare];
  if (status === undefined) return null;
  const code = (bare.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return { status, source: `${bare} (U+${code})` };
}

const words = smileyWords;

/**
 * The smiley a picture's alt text or file name names ("Grøn smiley", "smiley_roed.png"), or `null`.
 * Only a picture whose words name one colour counts.
 *
 * @example
 * pictureSmiley(["Grøn smiley"]); // { status: "green", source: "billede: Grøn smiley" }
 */
export function pictureSmiley(texts: readonly string[]): FoundSmiley | null {
  for (const text of texts) {
    const tokens = text
      .replace(/([a-zæøå])([A-ZÆØÅ])/g, "$1 $2")
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    const found = new Set(tokens.map((token) => words[token]).filter((status) => status !== undefined));
    if (found.size === 1) {
      const [status] = found as Set<FoundSmiley["status"]>;
      return { status: status as FoundSmiley["status"], source: `billede: ${text}` };
    }
  }
  return null;
}

/**
 * Whether a run colour (`w:color w:val="FFC000"`) is a yellow or orange, the colour Word users
 * give a sad face that means "not fully met" when their font has no neutral face.
 *
 * @example
 * isYellowish("FFC000"); // true
 */
export function isYellowish(hex: string): boolean {
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
  return r >= 0xc0 && g >= 0x90 && b <= 0x60;
}
