import { describe, expect, it } from "vitest";
import { readHeaderFields } from "./headerGrammar";

/** Start, end and place as one line: "16:30-18:00 Kantinen". */
function timeAndPlace(text: string) {
  const { start, end, place } = readHeaderFields(text);
  return `${start ?? "?"}-${end ?? "?"} ${place ?? "?"}`;
}

describe("readHeaderFields", () => {
  it("reads a time range printed without 'kl.' after the date, and the place after it", () => {
    expect(timeAndPlace("tirsdag den 3. januar 2017 16:30-18:00 i Kantinen")).toBe("16:30-18:00 Kantinen");
    expect(timeAndPlace("den 3. januar 2017, 16.30 – 18.00 på Rådhuset")).toBe("16:30-18:00 Rådhuset");
  });

  it("reads the end of 'fra kl. 16.30 til kl. 18.00'", () => {
    expect(timeAndPlace("tirsdag den 3. januar 2017 fra kl. 16.30 til kl. 18.00 i Kantinen")).toBe(
      "16:30-18:00 Kantinen",
    );
  });

  it("takes no date for a time", () => {
    expect(timeAndPlace("Referat for mødet den 27.08.2013 i Rådhuset")).toBe("?-? ?");
  });
});
