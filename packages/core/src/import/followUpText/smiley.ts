import type { Status } from "../../status/status";
import {
  sadFaces,
  smileyFaces,
  statusByWord,
  wingdingsFaces,
  wingdingsSymbol,
} from "../../status/vocabulary";
import { cellText, ownValue } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";

const variationSelector = /[\uFE0E\uFE0F]/;
const variationSelectors = /[\uFE0E\uFE0F]/g;

type SmileyReading = Readonly<{ status: Status; guessed: boolean }>;
/** The few readings there are, shared: one object per status instead of one per cell. */
const readings = new Map<Status, readonly [SmileyReading, SmileyReading]>();
const reading = (status: Status, guessed = false): SmileyReading => {
  let pair = readings.get(status);
  if (pair === undefined) {
    pair = [Object.freeze({ status, guessed: false }), Object.freeze({ status, guessed: true })];
    readings.set(status, pair);
  }
  return pair[guessed ? 1 : 0];
};

/**
 * Word's Wingdings smileys as a text copied or saved from Word may keep them: the symbol-font
 * characters U+F04A-U+F04C ("J" + F000), by the face each stands for.
 */
const wingdingsSymbolFaces: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(wingdingsFaces).map(([letter, face]) => [wingdingsSymbol(letter), face]),
  ))();

/** The Wingdings letter a text writes: "J" for "J" and for its symbol-font character U+F04A. */
const wingdingsLetter = (written: string): string =>
  written.length === 1 && ownValue(wingdingsSymbolFaces, written) !== undefined
    ? String.fromCharCode(written.charCodeAt(0) - 0xf000)
    : written;

type Meaning = Readonly<{ symbol: string; sad: boolean; status: Status | undefined }>;
/** The meanings of the last few smiley texts read: a document writes a handful, tens of thousands of times. */
const recentMeanings: { written: string; meaning: Meaning }[] = [];

/**
 * What a written smiley means: its symbol (a Wingdings letter read as its face), whether it is a sad
 * face, and its status otherwise. Looking a fresh cell string up in the vocabularies hashes it;
 * comparing it with the few texts seen before does not.
 */
function meaningOf(written: string): Meaning {
  for (const recent of recentMeanings) if (recent.written === written) return recent.meaning;
  // Word's smileys are Wingdings letters; pasted as plain text only the letter is left.
  const symbol = ownValue(wingdingsFaces, written) ?? ownValue(wingdingsSymbolFaces, written) ?? written;
  const sad = sadFaces.has(symbol);
  const meaning = {
    symbol,
    sad,
    status: sad ? undefined : (ownValue(smileyFaces, symbol) ?? statusByWord(symbol) ?? facedWord(symbol)),
  };
  // Only short texts are kept: V8 copies them, where a longer one would be a slice keeping the
  // whole source text alive after the import.
  if (written.length > 12) return meaning;
  if (recentMeanings.length >= 8) recentMeanings.pop();
  recentMeanings.unshift({ written, meaning });
  return meaning;
}

/**
 * The status of a face followed by the status word milepael's paper prints beside it ("☹ Gul"), as
 * its Word export printed to PDF or its table copied out reads: the word, where the face agrees
 * (a sad face is the face of yellow and red alike).
 */
function facedWord(written: string): Status | undefined {
  const space = written.indexOf(" ");
  const face = written.slice(0, space);
  const word = space > 0 ? statusByWord(written.slice(space + 1)) : undefined;
  if (word === undefined || word === "not-assessed") return undefined;
  const agrees = sadFaces.has(face) ? word !== "green" : ownValue(smileyFaces, face) === word;
  return agrees ? word : undefined;
}

/**
 * A cell that is one symbol and nothing else, as nearly every smiley cell is: a face (U+2600-U+27BF),
 * an emoji (one surrogate pair) or a letter (Wingdings). No white space, markup or variation
 * selector: the cell is its own text, without the reading every other cell gets.
 */
function isBareSymbol(cell: string): boolean {
  const code = cell.charCodeAt(0);
  if (cell.length === 2) {
    const low = cell.charCodeAt(1);
    return code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  }
  return (
    cell.length === 1 &&
    ((code >= 0x2600 && code <= 0x27bf) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))
  );
}

/** A smiley cell's text as its symbol is looked up: without markup, variation selectors and spaces. */
function smileyText(cell: string | undefined, plainSpace: boolean): string {
  if (cell !== undefined && isBareSymbol(cell)) return cell;
  const text = cellText(cell, plainSpace);
  return variationSelector.test(text) ? text.replace(variationSelectors, "").trim() : text;
}

/**
 * Whether a cell writes a smiley face or one of Word's Wingdings smileys (its letter or its
 * symbol-font character), which `readSmiley` reads: not a word, not any other symbol.
 *
 * @example
 * writesSmiley("😊"); // true
 * writesSmiley("Grøn"); // false
 */
export function writesSmiley(cell: string): boolean {
  const written = smileyText(cell, false);
  if (written === "") return false;
  const { symbol, sad } = meaningOf(written);
  return sad || ownValue(smileyFaces, symbol) !== undefined;
}

/**
 * The status a smiley cell states, on the milestone or the economy scale, with what was guessed
 * or not understood reported at its line. `plainSpace`: the cell is a piece of a text
 * `hasPlainSpace` passed.
 *
 * @example
 * readSmiley("☺", "milestone", line, "red", collector); // { status: "green", guessed: false }
 */
export function readSmiley(
  cell: string | undefined,
  scale: "milestone" | "economy",
  line: SourceLine,
  sadFace: "red" | "yellow" | undefined,
  collector: DiagnosticCollector,
  plainSpace = false,
): SmileyReading {
  const written = smileyText(cell, plainSpace);
  if (written === "") return reading("not-assessed");
  const { symbol, sad, status } = meaningOf(written);
  if (symbol !== written)
    collector.add(
      "info",
      "import.wingdings-smiley",
      line.number,
      { letter: wingdingsLetter(written), symbol },
      line.text,
    );
  if (sad) {
    // On the economy scale a sad face can only be red; on milestones it is yellow or red.
    if (scale === "economy") return reading("red");
    const chosen = sadFace ?? "red";
    collector.add("warning", "import.smiley-guessed", line.number, { symbol, chosen }, line.text);
    return reading(chosen, true);
  }
  if (status !== undefined) return reading(status);
  collector.add("warning", "import.unknown-smiley", line.number, { symbol }, line.text);
  return reading("not-assessed");
}
