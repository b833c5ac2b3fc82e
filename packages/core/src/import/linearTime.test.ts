// Growth-ratio tests (the one place with timed assertions, as issue #15 asks): every way text gets
// in must take time linear in the input, whatever the input. Each adversarial shape is measured at
// a size n and at 2n; a linear reader takes about twice as long, a quadratic one four times. The
// shapes are the ones that froze the importers once (duplicate ids, runs of newlines, unclosed
// tags, runs of commas, repeated initiative numbers) and the runs any regex or loop could trip on.
import { describe, expect, it } from "vitest";
import { parseDanishDate } from "../date/parseDanishDate";
import { parseRichText, richTextToPlainText, sanitizeRichText } from "../richText/richText";
import { hostileDocuments } from "../richText/xssPayloads";
import { detectFormat, type ImportFormat, importDocument } from "./importDocument";
import { importFollowUpCsv } from "./importFollowUpCsv";
import { importFollowUpText } from "./importFollowUpText";
import { importPlanCsv } from "./importPlanCsv";
import { importPlanText } from "./importPlanText";

/** A shape of input, `count` repetitions of its adversarial unit. */
interface Shape {
  name: string;
  make: (count: number) => string;
  /** Whole documents go to every entry as they are; cell contents also go into a document's cells. */
  document?: boolean;
}

const run =
  (unit: string, before = "", after = "x") =>
  (count: number) =>
    `${before}${unit.repeat(count)}${after}`;

const shapes: Shape[] = [
  { name: "newlines", make: run("\n", "x", "y") },
  { name: "spaces", make: run(" ", "a ") },
  { name: "tabs", make: run("\t", "a") },
  { name: "tab-separated cells", make: run("x\t") },
  { name: "digits", make: run("1", "", " x") },
  { name: "digit groups", make: run(".111", "1", " x") },
  { name: "decimal digits", make: run("1", "1,", " x") },
  { name: "dashes", make: run("-") },
  { name: "commas", make: run(",", "8. maj") },
  { name: "semicolons and commas", make: run(";,", "maj 2017") },
  { name: "primo", make: run("primo ") },
  { name: "month names", make: run("januar februar marts ") },
  { name: "less-thans", make: run("<") },
  { name: "unclosed tags", make: run("<a") },
  { name: "unclosed quoted tags", make: run('"<a "', "", "") },
  { name: "tags with both quotes", make: run("<a '", "", '<a "x') },
  { name: "nested bold", make: run("<b>", "", "x") },
  { name: "dropped tags between words", make: run("a <x> ") },
  { name: "quotes", make: run('"') },
  { name: "quoted words", make: run('a"') },
  { name: "wrapping parentheses", make: (count) => `${"(".repeat(count)}maj 2017${")".repeat(count)}` },
  { name: "parenthesised dates", make: run("(8. maj) ") },
  { name: "pipes", make: run("| ") },
  { name: "bold markers", make: run("**a ") },
  {
    name: "plan CSV with a repeated id",
    document: true,
    make: run("1;8. maj 2017;Møde N\n", "Id;Dato;Aktivitet\n", ""),
  },
  {
    name: "plan CSV with a wide header",
    document: true,
    make: (count) => `Dato;Aktivitet;${"x;".repeat(count)}\n${"8. maj 2017\n".repeat(count)}`,
  },
  {
    name: "follow-up CSV with a repeated number and many rounds",
    document: true,
    make: (count) =>
      `Afsnit;Nr.;Indsats;Runde;Milepæl;Milepæl: status\n${Array.from(
        { length: count },
        (_, index) => `A;5.01;Indsats ${index % 2};r${index};M;Grøn\n`,
      ).join("")}`,
  },
  {
    name: "follow-up with a repeated initiative number",
    document: true,
    make: run("5.01. Indsats\tKort beskrivelse af indsatsen (drift)\n", "Opfølgning\n\n5. Afsnit\n", ""),
  },
  {
    name: "follow-up with many rounds",
    document: true,
    make: (count) =>
      `Opfølgning\n\n5. Afsnit\n5.01. Indsats\tKort beskrivelse af indsatsen (drift)\n${Array.from(
        { length: count },
        (_, index) => `Milepæl\tM\tRunde ${index}\t☺\n`,
      ).join("")}`,
  },
  {
    name: "follow-up description over many lines",
    document: true,
    make: run(
      "mere tekst\tog mere\n",
      "Opfølgning\n\n5. Afsnit\n5.01. Indsats\tKort beskrivelse af indsatsen\n",
      "",
    ),
  },
  {
    name: "plan table row continued over many lines",
    document: true,
    make: run("\tmere tekst\tog mere\n", "Plan\n\nDato\tAktivitet\tMålgruppe\n8. maj 2017\tMøde\tAlle\n", ""),
  },
  {
    name: "plan track item with many nested bullets",
    document: true,
    make: run("  - del\n", "Plan\n\n## Ad 1) Spor\n- **Kursus:** Om alt (8. maj 2017)\n", ""),
  },
  {
    name: "plan track with many items",
    document: true,
    make: run("- **Kursus:** Om alt (8. maj 2017)\n", "Plan\n\n## Ad 1) Spor\n", ""),
  },
];

/** A way text gets in, and the documents a cell's content is tried in besides on its own. */
interface Entry {
  name: string;
  read: (text: string) => unknown;
  cells?: (cell: string) => string;
}

const forced = (format: ImportFormat) => (text: string) => importDocument(text, { format });
// importDocument with a format forced runs the importer below it; cell contents go to those.
const entries: Entry[] = [
  { name: "detectFormat", read: detectFormat },
  { name: "importDocument", read: (text) => importDocument(text) },
  { name: "importDocument as follow-up", read: forced("followup") },
  { name: "importDocument as plan", read: forced("plan") },
  { name: "importDocument as CSV", read: forced("csv") },
  { name: "importDocument as JSON", read: forced("json") },
  {
    name: "importFollowUpText",
    read: (text) => importFollowUpText(text, { year: 2017 }),
    cells: (cell) => hostileDocuments(cell).followUpText,
  },
  {
    name: "importPlanText",
    read: (text) => importPlanText(text),
    cells: (cell) => hostileDocuments(cell).planText,
  },
  {
    name: "importFollowUpCsv",
    read: (text) => importFollowUpCsv(text),
    cells: (cell) => hostileDocuments(cell).followUpCsv,
  },
  {
    name: "importPlanCsv",
    read: (text) => importPlanCsv(text, { year: 2017 }),
    cells: (cell) => hostileDocuments(cell).planCsv,
  },
  { name: "parseDanishDate", read: (text) => parseDanishDate(text, { year: 2017 }) },
  { name: "parseRichText", read: parseRichText },
  { name: "sanitizeRichText", read: sanitizeRichText },
  { name: "richTextToPlainText", read: richTextToPlainText },
];

// Sizes grow until one read takes this long, so that the input's size, not the call, is measured...
const targetMs = 1;
// ...and the input is at least this long...
const minLength = 2_000;
// ...or until it is this long: small enough to stay clear of the large-object heap, whose
// collections make time grow unevenly, and long enough for quadratic work to dominate.
const maxLength = 70_000;
// A read of the longest input faster than this is fine whatever its growth.
const negligibleMs = 0.1;
// Each measurement repeats reads for this long and takes the time of one.
const batchMs = 1;
// A reader this slow on one input has frozen already; no need to measure twice as much.
const frozenMs = 1_000;
const maxRatio = 3;

// Processor time, not wall time: on a busy machine a read may wait for a core, which says
// nothing about the reader. Browsers have only wall time.
const clock: () => number =
  typeof process !== "undefined" && typeof process.cpuUsage === "function"
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

function once(read: () => unknown): number {
  const start = clock();
  read();
  return clock() - start;
}

/** The time of one read, the fastest of three batches of reads. */
function timeOfOne(read: () => unknown, single: number): number {
  const perBatch = Math.max(1, Math.ceil(batchMs / Math.max(single, 0.01)));
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 3; batch += 1) {
    const start = clock();
    for (let index = 0; index < perBatch; index += 1) read();
    best = Math.min(best, (clock() - start) / perBatch);
  }
  return best;
}

/** How much longer one read of twice the input takes than one of the input. */
function ratioAt(read: (text: string) => unknown, make: (count: number) => string, count: number): number {
  const [small, large] = [make(count), make(count * 2)];
  // The first read of the larger input warms it up (and tells a frozen reader at once).
  const single = once(() => read(large));
  if (single > frozenMs) return Number.POSITIVE_INFINITY;
  const after = timeOfOne(() => read(large), single);
  const before = timeOfOne(() => read(small), single / 2);
  return after / Math.max(before, 0.001);
}

/**
 * How the time to read grows when the input doubles, at a size large enough to measure, or
 * `null` when it stays within `maxRatio`. A ratio above it is measured twice more, at twice the
 * size and again at the first, before it counts: a busy machine may pause any one measurement.
 */
function growth(read: (text: string) => unknown, make: (count: number) => string): string | null {
  let count = 16;
  let text = make(count);
  // Warm up: a reader's first calls run before the JIT has compiled it.
  for (let index = 0; index < 3; index += 1) read(text);
  let time = once(() => read(text));
  while ((time < targetMs || text.length < minLength) && text.length * 2 <= maxLength) {
    count *= 2;
    text = make(count);
    time = once(() => read(text));
  }
  if (time > frozenMs) return `${Math.round(time)} ms for ${text.length} characters`;
  if (time < negligibleMs) return null;
  const ratios: number[] = [];
  for (const size of [count, count * 2, count]) {
    const ratio = ratioAt(read, make, size);
    ratios.push(ratio);
    if (ratio <= maxRatio) return null;
    if (ratio === Number.POSITIVE_INFINITY) break;
  }
  const shown = ratios.map((ratio) => `×${ratio.toFixed(1)}`).join(", ");
  return `${shown} per doubling (${text.length} characters)`;
}

describe("every reader takes time linear in its input", () => {
  it.each(entries)("$name grows at most about twofold when the input doubles", (entry) => {
    const slow: string[] = [];
    for (const shape of shapes) {
      // An importer gets a cell's content inside its document (importDocument, with the format
      // forced, gets it as the whole text); whole documents go to every reader as they are.
      const { cells } = entry;
      const [name, make]: [string, (count: number) => string] =
        cells && !shape.document
          ? [`${shape.name} in cells`, (count) => cells(shape.make(count))]
          : [shape.name, shape.make];
      try {
        const found = growth(entry.read, make);
        if (found !== null) slow.push(`${name}: ${found}`);
      } catch (error) {
        slow.push(`${name}: threw ${String(error)}`);
      }
    }
    expect(slow).toEqual([]);
  });
});
