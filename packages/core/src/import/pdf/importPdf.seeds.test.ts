// Every seed document saved as PDF (LibreOffice from the .docx fixtures, test/office/*.pdf) imports to
// the document of its text seed, apart from what a PDF cannot say. Each difference is put in a
// class below with the reason; what fits none is listed in the snapshot, to be read when it changes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDocument } from "../importDocument";
import { importPdf } from "./importPdf";

const office = (name: string) => new URL(`../../../test/office/${name}`, import.meta.url);
const seed = (name: string) =>
  readFileSync(new URL(`../../../test/seeds/${name}.txt`, import.meta.url), "utf8");

type Leaves = Map<string, unknown>;

function leaves(value: unknown, path = "", into: Leaves = new Map()): Leaves {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) leaves(item, `${path}[${index}]`, into);
  } else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) leaves(item, path === "" ? key : `${path}.${key}`, into);
  else into.set(path, value);
  return into;
}

/** Text as words: a PDF has no paragraph marks, only lines, so paragraphs and line breaks are guessed. */
const words = (value: unknown) =>
  String(value ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

type DifferenceClass =
  /** A milestone's face was an emoji or a picture: the PDF's text layer has no face for it. */
  | "face-not-in-text-layer"
  /** The text's ☹ is a guess; the PDF has Wingdings' K (yellow) or L (red), the author's colour. */
  | "sad-face-colour"
  /** A theme merged over rows is printed once, in its first row. */
  | "merged-cell-printed-once"
  /** The same words, with paragraphs or line breaks guessed differently from the lines' lengths. */
  | "paragraphs-guessed"
  | "other";

function classify(path: string, fromText: unknown, fromPdf: unknown, text: Leaves): DifferenceClass {
  if (path.endsWith(".statusGuessed")) return "sad-face-colour";
  if (path.endsWith(".status") && text.get(path.replace(/status$/, "statusGuessed")) === true)
    return "sad-face-colour";
  if (path.endsWith(".status") && fromPdf === "not-assessed") return "face-not-in-text-layer";
  if (path.endsWith(".theme") && fromPdf === undefined) {
    const previous = path.replace(/\[(\d+)\]\.theme$/, (_match, index) => `[${Number(index) - 1}].theme`);
    if (text.get(previous) === fromText) return "merged-cell-printed-once";
  }
  if (words(fromText) === words(fromPdf)) return "paragraphs-guessed";
  return "other";
}

const names = [
  "implementeringsplan-vision-2029",
  "kommunikationsplan-2017",
  "introduktionsprogram-kb-2018-2021",
  "budgetopfoelgning-2017-3-del1",
];

describe("importPdf on the seed documents", () => {
  it.each(names)("reads %s.pdf as its text seed, apart from what a PDF cannot say", async (name) => {
    const fromPdf = await importPdf(new Uint8Array(readFileSync(office(`${name}.pdf`))));
    const fromText = importDocument(seed(name));
    expect(fromPdf.document?.type).toBe(fromText.document?.type);
    const text = leaves(fromText.document);
    const pdf = leaves(fromPdf.document);
    const classes: Record<DifferenceClass, string[]> = {
      "face-not-in-text-layer": [],
      "sad-face-colour": [],
      "merged-cell-printed-once": [],
      "paragraphs-guessed": [],
      other: [],
    };
    for (const path of new Set([...text.keys(), ...pdf.keys()])) {
      const [a, b] = [text.get(path), pdf.get(path)];
      if (a === b) continue;
      const found = classify(path, a, b, text);
      classes[found].push(found === "other" ? `${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}` : path);
    }
    // Most of the document is read as the text has it.
    const equal = [...text.keys()].filter((path) => text.get(path) === pdf.get(path)).length;
    expect(equal / text.size).toBeGreaterThan(0.8);
    expect(classes.other).toMatchSnapshot();
  });
});
