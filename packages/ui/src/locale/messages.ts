import type { Locale } from "@milepael/core/lite";
import { chartWords } from "./messages/charts";
import { dataTableWords } from "./messages/dataTable";
import { dimensionWords } from "./messages/dimensions";
import { elementWords } from "./messages/elements";
import { planWords } from "./messages/plan";
import { summaryWords } from "./messages/summary";
import { tableWords } from "./messages/table";

// Every word the widgets show, Danish first, in one file per area (messages/<area>.ts); values
// with a count or name are functions. Each area's English block is typed by its Danish one, so a
// missing word is a compile error and its functions take their parameter types from the Danish.
// A widget that needs only its own area imports that area's
// accessor from its file (`chartMessages`, `summaryMessages`, `elementMessages`), so its entry
// does not carry the other widgets' words.

const everyArea = (locale: Locale) => ({
  ...dimensionWords[locale],
  ...dataTableWords[locale],
  ...tableWords[locale],
  ...chartWords[locale],
  ...summaryWords[locale],
  ...planWords[locale],
  ...elementWords[locale],
});

const catalog = { da: everyArea("da"), en: everyArea("en") };

export type Messages = (typeof catalog)["da"];

/**
 * The widget words in a locale.
 *
 * @example
 * messages("en").economy; // "Economy"
 */
export function messages(locale: Locale): Messages {
  return catalog[locale];
}
