import type { Locale } from "@milepael/core/lite";

/**
 * The characters of plain names (committees, centres, kinds) in the order the locale's collation
 * puts them, ignoring case: spaces and punctuation, digits, then letters, with Danish's æ, ø, å
 * after z. "aa" and "aå" are left to `Intl.Collator`, which reads them as Danish "å" (and "å"
 * with a ring).
 */
const plainOrder: Record<Locale, string> = {
  da: " -,.0123456789abcdefghijklmnopqrstuvwxyzæøå",
  en: " -,.0123456789abcdefghijklmnopqrstuvwxyz",
};
const plainName: Record<Locale, RegExp> = {
  da: /^[ \-,.0-9a-zæøå]*$/i,
  en: /^[ \-,.0-9a-z]*$/i,
};
const weights: Record<Locale, Map<string, number>> = {
  da: new Map([...plainOrder.da].map((character, index) => [character, index])),
  en: new Map([...plainOrder.en].map((character, index) => [character, index])),
};

/** One collator per locale, for names that are not plain. */
const collators = new Map<Locale, Intl.Collator>();
function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (collator === undefined) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * Sorts names the way `new Intl.Collator(locale).compare` does. Names made only of letters
 * (Danish's æ, ø, å included), digits, spaces, hyphens, commas and full stops are compared here
 * (letter by letter ignoring case, then by case: capitals first in Danish, last in English), so
 * a widget's first render makes no collator: the first Intl object a page makes loads ICU's data,
 * 10-30 ms in Chromium. Any other name (or "aa") sorts the whole list through `Intl.Collator`.
 *
 * @example
 * sortNames(["Økonomiudvalget", "Børne- og Skoleudvalget"], "da"); // ["Børne- og Skoleudvalget", "Økonomiudvalget"]
 */
export function sortNames(names: string[], locale: Locale): string[] {
  const plain = plainName[locale];
  for (const name of names)
    if (!plain.test(name) || /a[aå]/i.test(name)) return names.sort(collatorFor(locale).compare);
  const weight = weights[locale];
  const upperFirst = locale === "da";
  return names.sort((a, b) => {
    const lowerA = a.toLowerCase();
    const lowerB = b.toLowerCase();
    const length = Math.min(lowerA.length, lowerB.length);
    for (let index = 0; index < length; index += 1) {
      const difference = (weight.get(lowerA[index] ?? "") ?? 0) - (weight.get(lowerB[index] ?? "") ?? 0);
      if (difference !== 0) return difference;
    }
    if (lowerA.length !== lowerB.length) return lowerA.length - lowerB.length;
    for (let index = 0; index < a.length; index += 1) {
      if (a[index] === b[index]) continue;
      const aIsUpper = a[index] !== lowerA[index];
      return aIsUpper === upperFirst ? -1 : 1;
    }
    return 0;
  });
}
