import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../../fixtures";
import { importMeetingsText } from "./importMeetingsText";
import { importMeetingsCsv } from "./readCsv";
import { exportMeetingItemsCsv } from "./write";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const seed = readFileSync(path.join(root, "seeds/referater-lejre-2017.txt"), "utf8");
const landsby = readFileSync(path.join(root, "meetings/referat-landsbyudvalget-2019.txt"), "utf8");
const items = landsby.slice(landsby.indexOf("Punkt 2"));

/** Processor time in milliseconds: wall time on a busy two-core machine is several times off. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The best of five runs, in milliseconds of processor time: one slow run says nothing. */
function time(text: string, read: (text: string) => unknown = importMeetingsText): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run += 1) {
    const started = cpuMilliseconds();
    read(text);
    best = Math.min(best, cpuMilliseconds() - started);
  }
  return best;
}

/**
 * How much longer four times the input takes: about 4 when linear, 16 when quadratic. The least
 * of five attempts, and a bound of 8, keep a shared, noisy machine from failing a linear importer;
 * a quadratic one never gets under it. Inputs stay below a megabyte, where the garbage collector
 * of very large strings would blur the measure.
 */
function growth(
  make: (copies: number) => string,
  copies: number,
  read: (text: string) => unknown = importMeetingsText,
): number {
  const small = make(copies);
  const large = make(copies * 4);
  time(small, read);
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5 && least >= 8; attempt += 1)
    least = Math.min(least, time(large, read) / Math.max(time(small, read), 1));
  return least;
}

describe("importMeetingsText runs in linear time (growth ratio: four times the input, at most about four times the time)", () => {
  it("on many meetings", () => {
    expect(growth((copies) => `${seed}\n\nLæs mere\n\n`.repeat(copies), 2)).toBeLessThan(8);
  });

  it("on one meeting with very many items", () => {
    expect(growth((copies) => landsby + items.repeat(copies), 200)).toBeLessThan(8);
  });

  it("on one huge item", () => {
    const text = (copies: number) =>
      `${landsby}\nSagsfremstilling: ${"Beslutning om budget 2019 før jul. ".repeat(copies)}`;
    expect(growth(text, 3_000)).toBeLessThan(8);
  });

  it("on a hostile line of labels", () => {
    const text = (copies: number) => `Referat Byrådet den 3. maj 2018\n${"Sagsnr.: 1 ".repeat(copies)}`;
    expect(growth(text, 5_000)).toBeLessThan(8);
  });

  it("on hostile lines of dates and of digits", () => {
    expect(growth((copies) => `${"3. maj 3. maj ".repeat(copies)}\n`, 10_000)).toBeLessThan(8);
    expect(growth((copies) => `Referat Udvalg ${"1".repeat(copies)}\n`, 200_000)).toBeLessThan(8);
  });
});

describe("importMeetingsCsv runs in linear time (growth ratio: four times the input, at most about four times the time)", () => {
  const [table = "", block = ""] = exportMeetingItemsCsv(meetingsLejre2017).split("\r\n\r\n");
  const [header = "", ...rows] = table.split("\r\n");
  const itemRow = rows[2] ?? "";

  it("on many items of one meeting", () => {
    const text = (copies: number) => `${header}\r\n${`${itemRow}\r\n`.repeat(copies)}`;
    expect(growth(text, 1_000, importMeetingsCsv)).toBeLessThan(8);
  });

  it("on many meetings, each named in the metadata block", () => {
    const text = (copies: number) => {
      const days = Array.from(
        { length: copies },
        (_, index) =>
          `2017-${String((index % 12) + 1).padStart(2, "0")}-${String((Math.floor(index / 12) % 28) + 1).padStart(2, "0")}`,
      );
      const bodies = days.map((day, index) => [`Udvalg ${Math.floor(index / 336)}`, day] as const);
      const tableRows = bodies.map(([body, day]) => `${body};referat;${day};1;Punkt;Godkendt`);
      const blockRows = bodies.map(
        ([body, day], index) =>
          `#milepael;meeting;"${JSON.stringify({ id: `m${index}`, kind: "referat", body, date: day, absent: [] }).replace(/"/g, '""')}"`,
      );
      return [header, ...tableRows, "", ...blockRows, block].join("\r\n");
    };
    expect(growth(text, 500, importMeetingsCsv)).toBeLessThan(8);
  });

  it("on rows of unknown columns and extra cells", () => {
    const text = (copies: number) =>
      `${header};${"Sted;".repeat(copies)}\r\n${`${itemRow};${"x;".repeat(copies * 2)}\r\n`.repeat(20)}`;
    expect(growth(text, 1_000, importMeetingsCsv)).toBeLessThan(8);
  });
});
