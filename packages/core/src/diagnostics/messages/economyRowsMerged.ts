import type { Locale } from "../../i18n/locale";
import { statusWord } from "../../status/vocabulary";
import { n, p, type Value } from "./format";

// The merge of an initiative's economy rows, said in full: which row the other is (by its text,
// which is right for text, Word and PDF alike, where a line number was not), and which smiley and
// which amount of the two were kept and which dropped.

/** The message's sentences in each language; amounts and statuses come formatted. */
const sentences = {
  da: {
    rows: (rowsAbove: number, quoted: string) =>
      `Indsatsen har mere end én økonomirække: denne og ${rowsAbove === 1 ? "rækken" : `de ${rowsAbove} rækker`} over den${quoted}; ${rowsAbove === 1 ? "begge" : "alle"} er vist her. De er lagt sammen til én med teksterne efter hinanden.`,
    noSmiley: "Ingen af dem har en smiley.",
    sameSmiley: (status: string, rowsAbove: number) =>
      `${rowsAbove === 1 ? "Begge" : "Alle"} har smileyen ${status}.`,
    oneSmiley: (kept: string) => `Kun ${kept} er en vurdering, og den er beholdt.`,
    worseSmiley: (kept: string, dropped: string, rowsAbove: number) =>
      `Smileyen er den dårligste${rowsAbove === 1 ? " af de to" : ""}: ${kept} er beholdt, ${dropped} er udeladt.`,
    amountAbove: (amount: string, rowsAbove: number) =>
      `Beløbet ${amount} kr. fra ${rowsAbove === 1 ? "rækken" : "rækkerne"} ovenfor er beholdt.`,
    amountHere: (amount: string) => `Beløbet ${amount} kr. fra denne række er beholdt.`,
    bothAmounts: (above: string, here: string) =>
      `Begge nævner et beløb (${above} kr. ovenfor, ${here} kr. her); intet af dem er beholdt som indsatsens beløb, for ingen af rækkerne gælder hele indsatsen, men teksten har dem begge.`,
    check: "Kontrollér resultatet.",
  },
  en: {
    rows: (rowsAbove: number, quoted: string) =>
      `The initiative has more than one economy row: this one and ${rowsAbove === 1 ? "the one" : `the ${rowsAbove}`} above it${quoted}; ${rowsAbove === 1 ? "both" : "all"} are shown here. They are merged into one, their texts one after the other.`,
    noSmiley: "None of them has a smiley.",
    sameSmiley: (status: string, rowsAbove: number) =>
      `${rowsAbove === 1 ? "Both have" : "All have"} the smiley ${status}.`,
    oneSmiley: (kept: string) => `Only ${kept} is an assessment, and it is kept.`,
    worseSmiley: (kept: string, dropped: string, rowsAbove: number) =>
      `The ${rowsAbove === 1 ? "worse of the two smileys" : "worst smiley"} is kept: ${kept}; ${dropped} is dropped.`,
    amountAbove: (amount: string, rowsAbove: number) =>
      `The amount DKK ${amount} from the ${rowsAbove === 1 ? "row" : "rows"} above is kept.`,
    amountHere: (amount: string) => `The amount DKK ${amount} from this row is kept.`,
    bothAmounts: (above: string, here: string) =>
      `Both name an amount (DKK ${above} above, DKK ${here} here); neither is kept as the initiative's amount, since neither row covers the whole initiative, but the text keeps both.`,
    check: "Check the result.",
  },
} satisfies Record<Locale, unknown>;

/** The params of `import.economy-rows-merged`: the row above by its text, and what of the two was kept and dropped. */
export type EconomyRowsMergedParams = {
  above: Value;
  rowsAbove: number;
  status: Value;
  droppedStatus?: Value;
  amountAbove?: Value;
  amountHere?: Value;
};

function economyRowsMerged(v: EconomyRowsMergedParams, locale: Locale): string {
  const say = sentences[locale];
  const status = p(v, "status");
  const dropped = p(v, "droppedStatus");
  const rowsAbove = Number(v.rowsAbove ?? 1);
  const above = p(v, "above");
  // A row above with no text is not quoted as "".
  const quoted = above === "" ? "" : ` ("${above}")`;
  const smiley =
    v.droppedStatus === undefined
      ? status === "not-assessed"
        ? say.noSmiley
        : say.sameSmiley(statusWord(status, locale), rowsAbove)
      : dropped === "not-assessed"
        ? say.oneSmiley(statusWord(status, locale))
        : say.worseSmiley(statusWord(status, locale), statusWord(dropped, locale), rowsAbove);
  const amountAbove = n(v, "amountAbove", locale);
  const amountHere = n(v, "amountHere", locale);
  return [
    say.rows(rowsAbove, quoted),
    smiley,
    v.amountAbove === undefined
      ? v.amountHere === undefined
        ? ""
        : say.amountHere(amountHere)
      : v.amountHere === undefined
        ? say.amountAbove(amountAbove, rowsAbove)
        : say.bothAmounts(amountAbove, amountHere),
    say.check,
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
}

export const economyRowsMergedDa = (v: EconomyRowsMergedParams): string => economyRowsMerged(v, "da");
export const economyRowsMergedEn = (v: EconomyRowsMergedParams): string => economyRowsMerged(v, "en");
