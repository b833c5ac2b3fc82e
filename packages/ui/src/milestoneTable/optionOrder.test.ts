import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import type { Locale } from "@milepael/core/lite";
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { countingIntl } from "../locale/intl.testHelpers";
import { sortNames } from "./optionOrder";
import { useMilestoneTable } from "./useMilestoneTable";

const locales = ["da", "en"] as const satisfies readonly Locale[];
const collated = (names: readonly string[], locale: Locale) =>
  [...names].sort(new Intl.Collator(locale).compare);

/** Names from a small alphabet, so that many share prefixes or differ only in case. */
function randomNames(alphabet: string, count: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(random() * 7) },
      () => alphabet[Math.floor(random() * alphabet.length)],
    ).join(""),
  );
}

describe("sortNames", () => {
  it("orders plain names as the locale's Intl.Collator does: case, digits, spaces, hyphens, æ, ø and å", () => {
    for (const locale of locales) {
      const alphabet = locale === "da" ? "aAbBzZæÆøØåÅ09 -,." : "aAbByYzZ09 -,.";
      for (let seed = 1; seed <= 20; seed += 1) {
        const names = [...new Set(randomNames(alphabet, 60, seed))].filter((name) => !/a[aå]/i.test(name));
        expect(sortNames([...names], locale)).toEqual(collated(names, locale));
      }
    }
  });

  it("orders any other name through Intl.Collator: Danish 'aa', accents, parentheses", () => {
    const names = ["Aabenraa", "Baå", "Ærø", "Zealand", "Åbyhøj", "Éclair (midlertidig)", "Eclair", "ab"];
    for (const locale of locales) expect(sortNames([...names], locale)).toEqual(collated(names, locale));
  });

  it("orders the seeds' and the generated documents' committees and centres as Intl.Collator does", () => {
    for (const document of [budgetFollowUp2017, generateFollowUp({ initiatives: 200 })]) {
      const initiatives = document.sections.flatMap((section) => section.initiatives);
      for (const names of [
        initiatives.map((initiative) => initiative.responsibleCommittee ?? ""),
        initiatives.map((initiative) => initiative.responsibleCenter ?? ""),
      ])
        for (const locale of locales) {
          const distinct = [...new Set(names)];
          expect(sortNames([...distinct], locale)).toEqual(collated(distinct, locale));
        }
    }
  });

  it("gives the table's filter options without making an Intl object for plain names", () => {
    countingIntl("Collator", (made) => {
      const { result } = renderHook(() => useMilestoneTable(generateFollowUp({ initiatives: 50 })));
      expect(result.current.attributeOptions.committee.length).toBeGreaterThan(1);
      expect(made()).toBe(0);
    });
  });
});
