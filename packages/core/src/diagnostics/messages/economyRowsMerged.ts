import { statusWord } from "../../status/vocabulary";
import { type Message, n, p } from "./format";

// The merge of an initiative's economy rows, said in full: which row the other is (by its text,
// which is right for text, Word and PDF alike, where a line number was not), and which smiley and
// which amount of the two were kept and which dropped.

export const economyRowsMergedDa: Message = (v) => {
  const status = statusWord(p(v, "status"), "da");
  const smileys =
    v.droppedStatus === undefined
      ? `Begge har smileyen ${status}.`
      : `Smileyen er den dårligste af de to: ${status} er beholdt, ${statusWord(p(v, "droppedStatus"), "da")} er udeladt.`;
  const above = n(v, "amountAbove", "da");
  const here = n(v, "amountHere", "da");
  const amounts =
    v.amountAbove === undefined
      ? v.amountHere === undefined
        ? ""
        : ` Beløbet ${here} kr. fra denne række er beholdt.`
      : v.amountHere === undefined
        ? ` Beløbet ${above} kr. fra rækken ovenfor er beholdt.`
        : ` Begge nævner et beløb (${above} kr. ovenfor, ${here} kr. her); intet af dem er beholdt som indsatsens beløb, for ingen af rækkerne gælder hele indsatsen, men teksten har dem begge.`;
  return `Indsatsen har mere end én økonomirække: denne og rækken over den ("${p(v, "above")}"); begge er vist her. De er lagt sammen til én med teksterne efter hinanden. ${smileys}${amounts} Kontrollér resultatet.`;
};

export const economyRowsMergedEn: Message = (v) => {
  const status = statusWord(p(v, "status"), "en");
  const smileys =
    v.droppedStatus === undefined
      ? `Both have the smiley ${status}.`
      : `The worse of the two smileys is kept: ${status}; ${statusWord(p(v, "droppedStatus"), "en")} is dropped.`;
  const above = n(v, "amountAbove", "en");
  const here = n(v, "amountHere", "en");
  const amounts =
    v.amountAbove === undefined
      ? v.amountHere === undefined
        ? ""
        : ` The amount DKK ${here} from this row is kept.`
      : v.amountHere === undefined
        ? ` The amount DKK ${above} from the row above is kept.`
        : ` Both name an amount (DKK ${above} above, DKK ${here} here); neither is kept as the initiative's amount, since neither row covers the whole initiative, but the text keeps both.`;
  return `The initiative has more than one economy row: this one and the one above it ("${p(v, "above")}"); both are shown here. They are merged into one, their texts one after the other. ${smileys}${amounts} Check the result.`;
};
