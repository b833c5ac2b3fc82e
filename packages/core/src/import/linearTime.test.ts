// Growth-ratio tests (the one place with timed assertions, as issue #15 asks): every way text gets
// in must take time linear in the input, whatever the input. Each adversarial shape is measured at
// a size n and at 2n; a linear reader takes about twice as long, a quadratic one four times. The
// shapes are the ones that froze the importers once (duplicate ids, runs of newlines, unclosed
// tags, runs of commas, repeated initiative numbers) and the runs any regex or loop could trip on.
import { beforeAll, describe, expect, it } from "vitest";
import { parseDanishDate } from "../date/parseDanishDate";
import { paperGuideText } from "../report/paperGuideText";
import { parseRichText, richTextToPlainText, sanitizeRichText } from "../richText/richText";
import { hostileDocuments } from "../richText/xssPayloads";
import { importFollowUpCsv } from "./followUpCsv/read";
import { joinRows } from "./followUpText/blocks";
import { importFollowUpText } from "./followUpText/read";
import { detectFormat, type ImportFormat, importDocument } from "./importDocument";
import { type PdfPage, type PdfTextItem, pdfLayout } from "./pdf/layout";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";

type DocumentKind = "plan" | "plan-csv" | "followup" | "followup-csv" | "json";

/** A shape of input, `count` repetitions of its adversarial unit. */
interface Shape {
  name: string;
  make: (count: number) => string;
  /**
   * The kinds of document a whole-document shape is, read by the readers of those kinds. Any other
   * shape is a cell's content, read by every reader.
   */
  document?: DocumentKind[];
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
  // A long line of cells, as a whole document: one diagnostic per cell made time and memory grow
  // faster than the input (a 16 MB line: 66 s, 3.6 GB).
  {
    name: "a long line of tab-separated cells",
    document: ["plan", "plan-csv", "followup", "followup-csv"],
    make: run("a\t", "", ""),
  },
  {
    name: "a long line of semicolon-separated cells",
    document: ["plan", "plan-csv", "followup", "followup-csv"],
    make: run("a;", "", ""),
  },
  {
    name: "a plan row with a long line of extra cells",
    document: ["plan"],
    make: run("a\t", "Plan 2017\n\nDato\tAktivitet\n8. maj\tMøde\t", ""),
  },
  {
    name: "a plan CSV row with a long line of extra cells",
    document: ["plan-csv"],
    make: run("a;", "Dato;Aktivitet\n8. maj 2017;Møde;", ""),
  },
  {
    name: "follow-up JSON with many initiatives",
    document: ["json"],
    make: (count) =>
      JSON.stringify({
        schemaVersion: 2,
        type: "budget-follow-up",
        metadata: { title: "Opfølgning" },
        rounds: [],
        sections: [
          {
            title: "Afsnit",
            initiatives: Array.from({ length: count }, (_, index) => ({
              id: `5.01-${index}`,
              title: "Indsats",
              description: "<p>Tekst</p>",
              keyContributors: [],
              milestones: [],
            })),
          },
        ],
      }),
  },
  {
    name: "plan CSV with a repeated id",
    document: ["plan-csv"],
    make: run("1;8. maj 2017;Møde N\n", "Id;Dato;Aktivitet\n", ""),
  },
  {
    name: "plan CSV with a wide header",
    document: ["plan-csv", "followup-csv"],
    make: (count) => `Dato;Aktivitet;${"x;".repeat(count)}\n${"8. maj 2017\n".repeat(count)}`,
  },
  {
    name: "follow-up CSV with a repeated number and many rounds",
    document: ["followup-csv"],
    make: (count) =>
      `Afsnit;Nr.;Indsats;Runde;Milepæl;Milepæl: status\n${Array.from(
        { length: count },
        (_, index) => `A;5.01;Indsats ${index % 2};r${index};M;Grøn\n`,
      ).join("")}`,
  },
  {
    // wt-fu-csv: rows grouped by Id wherever they stand, each row's repeated cells disagreeing.
    name: "follow-up CSV with one Id on rows far apart, every repeated cell edited",
    document: ["followup-csv"],
    make: (count) =>
      `Afsnit;Id;Indsats;Økonomi: status;Runde;Milepæl;Milepæl: status\n${Array.from(
        { length: count },
        (_, index) =>
          `A${index % 2};x${index % 3};Indsats ${index};${index % 4 ? "Grøn" : "Rød"};r${index};M;Grøn\n`,
      ).join("")}`,
  },
  {
    name: "follow-up with a repeated initiative number",
    document: ["followup"],
    make: run("5.01. Indsats\tKort beskrivelse af indsatsen (drift)\n", "Opfølgning\n\n5. Afsnit\n", ""),
  },
  {
    name: "follow-up with many rounds",
    document: ["followup"],
    make: (count) =>
      `Opfølgning\n\n5. Afsnit\n5.01. Indsats\tKort beskrivelse af indsatsen (drift)\n${Array.from(
        { length: count },
        (_, index) => `Milepæl\tM\tRunde ${index}\t☺\n`,
      ).join("")}`,
  },
  {
    // A note under the summary of milepael's paper is told from the summary by the words of every
    // round's label and initiative's title: once each, not a summary per round (each comparing
    // every initiative's milestones: time rounds × initiatives).
    name: "milepael's paper with many rounds and initiatives and a note under its summary",
    document: ["followup"],
    make: (count) =>
      `Opfølgning\n\n## Læsevejledning\n${paperGuideText.readingGuideLead.da}\n## Sammenfatning\nEn note.\n## 5. Afsnit\n${Array.from(
        { length: count },
        (_, index) =>
          `5.${index}. Indsats\tKort beskrivelse af indsatsen (drift)\nMilepæl\tM\tRunde ${index}\t☺\n`,
      ).join("")}`,
  },
  {
    name: "follow-up description over many lines",
    document: ["followup"],
    make: run(
      "mere tekst\tog mere\n",
      "Opfølgning\n\n5. Afsnit\n5.01. Indsats\tKort beskrivelse af indsatsen\n",
      "",
    ),
  },
  {
    name: "plan table row continued over many lines",
    document: ["plan"],
    make: run("\tmere tekst\tog mere\n", "Plan\n\nDato\tAktivitet\tMålgruppe\n8. maj 2017\tMøde\tAlle\n", ""),
  },
  {
    name: "plan track item with many nested bullets",
    document: ["plan"],
    make: run("  - del\n", "Plan\n\n## Ad 1) Spor\n- **Kursus:** Om alt (8. maj 2017)\n", ""),
  },
  {
    name: "plan track with many items",
    document: ["plan"],
    make: run("- **Kursus:** Om alt (8. maj 2017)\n", "Plan\n\n## Ad 1) Spor\n", ""),
  },
];

/** A way text gets in. */
interface Entry {
  name: string;
  read: (text: string) => unknown;
  /** The document an importer reads a cell's content in; without it, the content is the whole text. */
  cells?: (cell: string) => string;
  /** The kinds of whole document it reads; every kind when not given. */
  reads?: DocumentKind[];
}

const forced = (format: ImportFormat) => (text: string) => importDocument(text, { format });
// importDocument with a format forced runs the importer below it; cell contents go to those.
const entries: Entry[] = [
  { name: "detectFormat", read: detectFormat },
  { name: "importDocument", read: (text) => importDocument(text) },
  { name: "importDocument as follow-up", read: forced("followup"), reads: ["followup"] },
  { name: "importDocument as plan", read: forced("plan"), reads: ["plan"] },
  { name: "importDocument as CSV", read: forced("csv"), reads: ["plan-csv", "followup-csv"] },
  { name: "importDocument as JSON", read: forced("json"), reads: ["json"] },
  {
    name: "importFollowUpText",
    read: (text) => importFollowUpText(text, { year: 2017 }),
    cells: (cell) => hostileDocuments(cell).followUpText,
    reads: ["followup"],
  },
  {
    name: "importPlanText",
    read: (text) => importPlanText(text),
    cells: (cell) => hostileDocuments(cell).planText,
    reads: ["plan"],
  },
  {
    name: "importFollowUpCsv",
    read: (text) => importFollowUpCsv(text),
    cells: (cell) => hostileDocuments(cell).followUpCsv,
    reads: ["followup-csv"],
  },
  {
    name: "importPlanCsv",
    read: (text) => importPlanCsv(text, { year: 2017 }),
    cells: (cell) => hostileDocuments(cell).planCsv,
    reads: ["plan-csv"],
  },
  { name: "parseDanishDate", read: (text) => parseDanishDate(text, { year: 2017 }), reads: [] },
  { name: "parseRichText", read: parseRichText, reads: [] },
  { name: "sanitizeRichText", read: (text) => sanitizeRichText(text), reads: [] },
  { name: "richTextToPlainText", read: richTextToPlainText, reads: [] },
];

/** How growth is measured, and what passes. */
const measuring = {
  // Sizes grow until one read takes this long, so that the input's size, not the call, is measured...
  targetMs: 1,
  // ...and the input is at least this long...
  minLength: 2_000,
  // ...or until it is this long. Quadratic work shows long before this; beyond some 100,000
  // characters a read allocates more than V8's young generation holds, and the collector's copying
  // makes even a single `replace(/\s+/g, " ")` grow faster than the input. And a line of 16,384
  // cells or more is an array V8 keeps apart from the young generation (over 128 kB of pointers):
  // from 8,192 cells to 16,384, even `line.split("\t")` took 3-11 times as long on the CI machine
  // of 2 December, then twice as long per doubling again. A run of tabs is a cell per character,
  // so the pair measured first (up to 8,000 characters doubled) stays below that.
  maxLength: 8_000,
  // A read of the longest input faster than this is fine whatever its growth.
  negligibleMs: 0.1,
  // Each measurement repeats reads for this long and takes the time of one.
  batchMs: 1,
  // A reader this slow on one input has frozen already; no need to measure twice as much.
  frozenMs: 1_000,
  // The most a read's time may grow when its input doubles.
  maxRatio: 3,
} as const;

// Processor time, not wall time: on a busy machine a read may wait for a core, which says
// nothing about the reader. Browsers have only wall time.
const clock: () => number =
  typeof process !== "undefined" && typeof process.cpuUsage === "function"
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

/** Waits without spinning (the main thread asleep, V8's helper threads free to finish). */
function settle(ms = 100): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function once(read: () => unknown): number {
  const start = clock();
  read();
  return clock() - start;
}

/**
 * How much longer one read of twice the input takes than one of the input: the fastest of two
 * batches of reads of each, taken in turns after a read of each. `time` is how long one read of the input took.
 */
function ratioAt(
  read: (text: string) => unknown,
  make: (count: number) => string,
  count: number,
  time: number,
): number {
  const [small, large] = [make(count), make(count * 2)];
  const perBatch = Math.max(1, Math.ceil(measuring.batchMs / Math.max(time, 0.01)));
  const batch = (text: string) => {
    const start = clock();
    for (let index = 0; index < perBatch; index += 1) read(text);
    return (clock() - start) / perBatch;
  };
  // One read of each first, untimed: the JIT compiles a reader's paths for longer input on
  // background threads, whose processor time would count against the first timed read.
  if (once(() => read(large)) > measuring.frozenMs) return Number.POSITIVE_INFINITY;
  read(small);
  let [before, after] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let turn = 0; turn < 2; turn += 1) {
    after = Math.min(after, batch(large));
    if (after > measuring.frozenMs) return Number.POSITIVE_INFINITY;
    before = Math.min(before, batch(small));
  }
  return after / Math.max(before, 0.001);
}

/**
 * How the time to read grows when the input doubles, at a size large enough to measure, or
 * `null` when it stays within `measuring.maxRatio`. A ratio above it is measured four times more, at twice
 * the size and at the first in turn, before it counts: the collector or the JIT may slow any one
 * measurement.
 */
function growth(read: (text: string) => unknown, make: (count: number) => string): string | null {
  // Warm up: a reader's first calls, at each new size, run before the JIT has compiled it for them.
  for (const size of [16, 32, 64]) {
    const warm = make(size);
    read(warm);
    read(warm);
  }
  let count = 16;
  let text = make(count);
  let time = once(() => read(text));
  while (
    (time < measuring.targetMs || text.length < measuring.minLength) &&
    text.length * 2 <= measuring.maxLength
  ) {
    count *= 2;
    text = make(count);
    time = once(() => read(text));
  }
  if (time > measuring.frozenMs) return `${Math.round(time)} ms for ${text.length} characters`;
  if (time < measuring.negligibleMs) return null;
  const ratios: number[] = [];
  for (const [size, sizeTime] of [
    [count, time],
    [count * 2, time * 2],
    [count, time],
    [count * 2, time * 2],
    [count, time],
  ] as const) {
    // After a ratio above the bar, the threads V8 compiles and collects on get time to finish
    // first: on a machine whose cores run other tests, their work for the reads just measured
    // ran late, inside the next timed batches, and counts in the process's CPU time.
    if (ratios.length > 0) settle();
    const ratio = ratioAt(read, make, size, sizeTime);
    ratios.push(ratio);
    if (ratio <= measuring.maxRatio) return null;
    if (ratio === Number.POSITIVE_INFINITY) break;
  }
  const shown = ratios.map((ratio) => `×${ratio.toFixed(1)}`).join(", ");
  return `${shown} per doubling (${text.length} characters)`;
}

/** The inputs an entry reads: each shape once, a cell's content in the entry's document. */
function inputsOf(entry: Entry): [string, (count: number) => string][] {
  const inputs: [string, (count: number) => string][] = [];
  for (const shape of shapes) {
    const { document } = shape;
    if (document && entry.reads && !document.some((kind) => entry.reads?.includes(kind))) continue;
    // An importer gets a cell's content inside its document (importDocument, with the format
    // forced, gets it as the whole text); whole documents go as they are.
    const { cells } = entry;
    inputs.push(
      cells && !document
        ? [`${shape.name} in cells`, (count) => cells(shape.make(count))]
        : [shape.name, shape.make],
    );
  }
  return inputs;
}

describe("every reader takes time linear in its input", () => {
  beforeAll(() => {
    // Every reader on every input once, small, before anything is timed: a reader that runs
    // before the others have been compiled would pay for their compiling.
    for (const entry of entries) {
      for (const [, make] of inputsOf(entry)) {
        try {
          entry.read(make(32));
        } catch {
          // Measured, and reported, below.
        }
      }
    }
  });

  it("tells a super-linear reader from a linear one (the measure itself can fail)", () => {
    const make = (count: number) => "8. maj 2017;Møde\n".repeat(count);
    const linear = (text: string) => text.split("\n").length;
    // Cubic: eight times the time for twice the input, far above the bar of three however busy
    // the machine (a quadratic reader's four is, by design, let pass on one lucky measurement).
    const cubic = (text: string) => {
      const lines = text.split("\n");
      let same = 0;
      for (let index = 0; index < lines.length; index += 1)
        for (let earlier = 0; earlier < index; earlier += 1)
          for (let first = 0; first < earlier; first += 1) if (lines[first] === lines[index]) same += 1;
      return same;
    };
    expect(growth(linear, make)).toBeNull();
    expect(growth(cubic, make)).toMatch(/per doubling|ms for/);
  });

  it("pdfLayout reads a table row that goes on over every page in time linear in its pages", () => {
    // A page of the table's header repeated and five lines of the row's description; one page a
    // line of the text measured. Joined line by line, the cell was copied whole at each line.
    const line = (text: string, x: number, y: number): PdfTextItem => ({
      text,
      x,
      y,
      width: text.length * 5,
      size: 10,
    });
    const page = (first: boolean): PdfPage => ({
      height: 842,
      items: [
        line("Tid", 50, 760),
        line("Beskrivelse", 110, 760),
        ...(first ? [line("8. maj", 50, 740)] : []),
        ...[740, 728, 716, 704, 692].map((y) => line("linje af en lang beskrivelse", 110, y)),
      ],
    });
    const pages = (text: string) => text.split("\n").map((_, index) => page(index === 0));
    expect(
      growth(
        (text) => pdfLayout(pages(text)),
        (count) => "x\n".repeat(count),
      ),
    ).toBeNull();
  });

  it("joinRows joins a row of many cells continued over many lines of one cell in time linear in its cells", () => {
    // A description row whose first line has many cells, then many lines of one: each column
    // joined over every line took columns × lines, a minute for a megabyte. Measured on joinRows
    // itself: through the importer, the sizes measured are too small for the square to show.
    const rows = (text: string) => text.split("\n").map((line) => line.split("\t"));
    expect(
      growth(
        (text) => joinRows(rows(text)),
        (count) => `d${"\tc".repeat(count)}\n${"x\n".repeat(count)}`,
      ),
    ).toBeNull();
  });

  it.each(entries)("$name grows at most about twofold when the input doubles", (entry) => {
    const slow: string[] = [];
    for (const [name, make] of inputsOf(entry)) {
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
