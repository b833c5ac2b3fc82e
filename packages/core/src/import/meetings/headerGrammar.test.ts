import { describe, expect, it } from "vitest";
import { findDates, readHeaderFields, readHeaderLine } from "./headerGrammar";

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

  it("reads the place and time of a header printed as a Word table, label and value in two cells", () => {
    expect(
      timeAndPlace("REFERAT\nLandsbyudvalget\nDato\t8. oktober 2019\nTid\tkl. 19.00\nSted\tForsamlingshuset"),
    ).toBe("19:00-? Forsamlingshuset");
  });

  it("reads times on the hour written without minutes: 'kl. 16', 'kl. 16.30-18', 'kl. 16.30 - ca. 18.00'", () => {
    expect(timeAndPlace("tirsdag den 3. januar 2017 kl. 16 i Kantinen")).toBe("16:00-? Kantinen");
    expect(timeAndPlace("tirsdag den 3. januar 2017 kl. 16.30-18 i Kantinen")).toBe("16:30-18:00 Kantinen");
    expect(timeAndPlace("tirsdag den 3. januar 2017 kl. 16.30 - ca. 18.00 i Kantinen")).toBe(
      "16:30-18:00 Kantinen",
    );
    expect(timeAndPlace("Mødet starter kl. 16. Sted: Kantinen")).toBe("16:00-? Kantinen");
  });

  it("reads a place written after a comma behind the time", () => {
    expect(timeAndPlace("Mødetidspunkt: kl. 16.30 - 18.00, Kantinen")).toBe("16:30-18:00 Kantinen");
    expect(timeAndPlace("tirsdag den 3. januar 2017 kl. 16.30, Mødelokale 1\nAfbud: Ingen")).toBe(
      "16:30-? Mødelokale 1",
    );
    expect(timeAndPlace("3. januar 2017 kl. 16.30, Afbud: Ingen")).toBe("16:30-? ?");
  });

  it("reads the start after 'Mødetid:' and 'Starttidspunkt:'", () => {
    expect(timeAndPlace("Dato: 3. januar 2017\nMødetid: 16.30\nMødested: Kantinen")).toBe("16:30-? Kantinen");
    expect(timeAndPlace("Mødedato: 03.01.2017\nStarttidspunkt: 16:30\nSluttidspunkt: 18:00")).toBe(
      "16:30-18:00 ?",
    );
  });

  it("reads the place of 'Mødet afholdes i Kantinen' and 'Mødet blev afholdt på Rådhuset, Kantinen'", () => {
    expect(timeAndPlace("3. januar 2017 kl. 16.30\nMødet afholdes i Kantinen")).toBe("16:30-? Kantinen");
    expect(timeAndPlace("3. januar 2017 kl. 16.30\nMødet blev afholdt på Rådhuset, Kantinen")).toBe(
      "16:30-? Rådhuset, Kantinen",
    );
  });

  it("takes no date for a time", () => {
    expect(timeAndPlace("Referat for mødet den 27.08.2013 i Rådhuset")).toBe("?-? ?");
  });
});

describe("findDates", () => {
  const day = (text: string) => findDates(text).map(({ day, month, year }) => `${year}-${month}-${day}`);

  it("reads a day written '3/1-2017' and in ISO form '2017-01-03'", () => {
    expect(day("Referat Økonomiudvalget den 3/1-2017 kl. 16:30")).toEqual(["2017-1-3"]);
    expect(day("Referat Økonomiudvalget 2017-01-03 kl. 16:30")).toEqual(["2017-1-3"]);
    expect(day("Mødedato: 21-01-2019, 27.08.2013, 8/10 2019")).toEqual([
      "2019-1-21",
      "2013-8-27",
      "2019-10-8",
    ]);
  });

  it("takes no case number or impossible ISO day for a date", () => {
    expect(day("Sagsnr.: 13/20237 og 2017-13-40")).toEqual([]);
  });
});

describe("readHeaderLine", () => {
  it("ends the body where a numeric or ISO date begins", () => {
    expect(readHeaderLine("Referat Økonomiudvalget 2017-01-03 kl. 16:30")?.body).toBe("Økonomiudvalget");
    expect(readHeaderLine("Referat Økonomiudvalget den 3/1-2017 kl. 16:30")?.body).toBe("Økonomiudvalget");
  });

  it("reads the body of 'Dagsorden til Økonomiudvalgets møde' and 'Referat af Byrådets ekstraordinære møde'", () => {
    expect(readHeaderLine("Dagsorden til Økonomiudvalgets møde den 3. januar 2017 kl. 16.30")).toEqual({
      kind: "dagsorden",
      body: "Økonomiudvalget",
    });
    expect(readHeaderLine("Referat af Byrådets ekstraordinære møde den 3. januar 2017")).toEqual({
      kind: "referat",
      body: "Byrådet",
    });
    expect(readHeaderLine("Referat fra mødet i Udvalget for Kultur & Fritid den 3.5.2018")?.body).toBe(
      "Udvalget for Kultur & Fritid",
    );
  });

  it("reads the body of 'Referat fra ekstraordinært møde i Økonomiudvalget'", () => {
    expect(readHeaderLine("Referat fra ekstraordinært møde i Økonomiudvalget den 3. januar 2017")?.body).toBe(
      "Økonomiudvalget",
    );
    expect(readHeaderLine("Referat af ordinært møde i Økonomiudvalget den 3. januar 2017")?.body).toBe(
      "Økonomiudvalget",
    );
  });
});
