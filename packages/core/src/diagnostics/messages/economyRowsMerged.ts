import type { Locale } from "../../i18n/locale";
import { statusWord } from "../../status/vocabulary";
import { type Message, n, type Params, p } from "./format";

// The merge of an initiative's economy rows, said in full: which row the other is (by its text,
// which is right for text, Word and PDF alike, where a line number was not), and which smiley and
// which amount of the two were kept and which dropped.

/** The message's sentences in each language; amounts and statuses come formatted. */
const sentences = {
  da: {
    rows: (above: string) =>
      `Indsatsen har mere end én økonomirække: denne og rækken over den ("${above}"); begge er vist her. De er lagt sammen til én med teksterne efter hinanden.`,
    sameSmiley: (status: string) => `Begge har smileyen ${status}.`,
    worseSmiley: (kept: string, dropped: string) =>
      `Smileyen er den dårligste af de to: ${kept} er beholdt, ${dropped} er udeladt.`,
    amountAbove: (amount: string) => `Beløbet ${amount} kr. fra rækken ovenfor er beholdt.`,
    amountHere: (amount: string) => `Beløbet ${amount} kr. fra denne række er beholdt.`,
    bothAmounts: (above: string, here: string) =>
      `Begge nævner et beløb (${above} kr. ovenfor, ${here} kr. her); intet af dem er beholdt som indsatsens beløb, for ingen af rækkerne gælder hele indsatsen, men teksten har dem begge.`,
    check: "Kontrollér resultatet.",
  },
  en: {
    rows: (above: string) =>
      `The initiative has more than one economy row: this one and the one above it ("${above}"); both are shown here. They are merged into one, their texts one after the other.`,
    sameSmiley: (status: string) => `Both have the smiley ${status}.`,
    worseSmiley: (kept: string, dropped: string) =>
      `The worse of the two smileys is kept: ${kept}; ${dropped} is dropped.`,
    amountAbove: (amount: string) => `The amount DKK ${amount} from the row above is kept.`,
    amountHere: (amount: string) => `The amount DKK ${amount} from this row is kept.`,
    bothAmounts: (above: string, here: string) =>
      `Both name an amount (DKK ${above} above, DKK ${here} here); neither is kept as the initiative's amount, since neither row covers the whole initiative, but the text keeps both.`,
    check: "Check the result.",
  },
} satisfies Record<Locale, unknown>;

function economyRowsMerged(v: Params, locale: Locale): string {
  const say = sentences[locale];
  const status = statusWord(p(v, "status"), locale);
  const above = n(v, "amountAbove", locale);
  const here = n(v, "amountHere", locale);
  return [
    say.rows(p(v, "above")),
    v.droppedStatus === undefined
      ? say.sameSmiley(status)
      : say.worseSmiley(status, statusWord(p(v, "droppedStatus"), locale)),
    v.amountAbove === undefined
      ? v.amountHere === undefined
        ? ""
        : say.amountHere(here)
      : v.amountHere === undefined
        ? say.amountAbove(above)
        : say.bothAmounts(above, here),
    say.check,
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
}

export const economyRowsMergedDa: Message = (v) => economyRowsMerged(v, "da");
export const economyRowsMergedEn: Message = (v) => economyRowsMerged(v, "en");
