import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pages, parseUrlState } from "./urlState";

const parse = (query: string) => parseUrlState(new URLSearchParams(query));

describe("parseUrlState", () => {
  it("drops a filter whose value is an object (the link that blanked the demo) and keeps the page", () => {
    const state = parse('?page=followup&filters=[{"id":"kind","value":{"toString":1}}]');
    expect(state.page).toBe("followup");
    expect(state.filters).toEqual([]);
  });

  it("keeps valid filters, search and choices as given", () => {
    const filters = JSON.stringify([
      { id: "kind", value: "Anlæg" },
      { id: "round:2017-2", value: "red" },
    ]);
    const state = parse(
      `?page=followup&doc=followup-2017-3&round=2017-2&q=byv%C3%A5ben&filters=${encodeURIComponent(filters)}`,
    );
    expect(state).toMatchObject({
      page: "followup",
      doc: "followup-2017-3",
      round: "2017-2",
      q: "byvåben",
      filters: [
        { id: "kind", value: "Anlæg" },
        { id: "round:2017-2", value: "red" },
      ],
    });
  });

  it("opens the overview for an unknown page and Danish for an unknown language", () => {
    expect(parse("?page=admin&lang=fr")).toMatchObject({ page: "overview", lang: "da" });
    expect(parse("?page=__proto__").page).toBe("overview");
  });

  it("falls back to no filters for text that is not JSON, not a list, or names an unknown column", () => {
    for (const filters of ["oops", "{}", "null", '[{"id":"__proto__","value":"x"}]', '[{"id":"kind"}]']) {
      expect(parse(`?filters=${encodeURIComponent(filters)}`).filters).toEqual([]);
    }
  });

  it("never throws and always returns values of the expected kinds, whatever the query", () => {
    const keys = [
      "page",
      "lang",
      "doc",
      "round",
      "initiative",
      "q",
      "filters",
      "plan",
      "item",
      "view",
      "src",
    ];
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...keys),
          fc.oneof(
            fc.string(),
            fc.jsonValue().map((value) => JSON.stringify(value)),
          ),
        ),
        (entries) => {
          const state = parseUrlState(new URLSearchParams(entries));
          expect(pages).toContain(state.page);
          expect(["da", "en"]).toContain(state.lang);
          expect(typeof state.q).toBe("string");
          for (const filter of state.filters) {
            expect(typeof filter.id).toBe("string");
            expect(typeof filter.value).toBe("string");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads filters built from arbitrary JSON as either all strings or none", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom("kind", "committee"), value: fc.jsonValue() })),
        (list) => {
          const { filters } = parseUrlState(new URLSearchParams({ filters: JSON.stringify(list) }));
          const valid = list.length <= 20 && list.every((entry) => typeof entry.value === "string");
          expect(filters).toEqual(valid ? list : []);
        },
      ),
    );
  });

  it("reads the meetings page's meeting, search and decision filters, and drops an unknown outcome or year", () => {
    const state = parseUrlState(
      new URLSearchParams(
        "page=meetings&meeting=17-4-udvalget-2017-01-03&dq=bootcamp&outcome=noted&year=2017&committee=17, 4-udvalget",
      ),
    );
    expect(state).toMatchObject({
      page: "meetings",
      meeting: "17-4-udvalget-2017-01-03",
      dq: "bootcamp",
      outcome: "noted",
      year: "2017",
      committee: "17, 4-udvalget",
    });
    const junk = parseUrlState(new URLSearchParams("page=meetings&outcome=vedtaget&year=17&meeting="));
    expect(junk).toMatchObject({ page: "meetings", outcome: null, year: null, meeting: null });
  });
});
