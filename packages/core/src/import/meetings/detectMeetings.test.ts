import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../../fixtures";
import { detectFormat, importDocument } from "../importDocument";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const read = (name: string) => readFileSync(path.join(root, name), "utf8");

describe("detecting minutes and agendas", () => {
  it.each([
    "seeds/referater-lejre-2017.txt",
    "meetings/dagsorden-oekonomiudvalget-2018.txt",
    "meetings/referat-landsbyudvalget-2019.txt",
    "meetings/referat-oekonomiudvalget-2013.txt",
  ])("tells minutes and agendas of every system: %s", (name) => {
    expect(detectFormat(read(name))).toBe("meetings");
  });

  it("tells a plan that opens with a meeting's name from minutes", () => {
    // The plan and follow-up seeds stay what they are: importDocument.test.ts checks every seed.
    expect(detectFormat("Referat Økonomiudvalget den 3. maj 2017\tUdsendes\nDato\tAktivitet")).toBe("plan");
  });

  it("imports the seed through importDocument into the meetings fixture", () => {
    expect(importDocument(read("seeds/referater-lejre-2017.txt")).document).toEqual(meetingsLejre2017);
    expect(importDocument("Referat Økonomiudvalget", { format: "meetings" }).document).toBeNull();
  });
});
