import type { Economy } from "../../model/budgetFollowUp.schema";
import { reportPlainCellMarkup } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";
import { splitStatusNote } from "./blocks";
import { readSmiley } from "./smiley";

/**
 * The economy row: its text (with any "Status: …" note split off), the amount it names, and its
 * smiley on the two-level scale. `plainSpace`: the cells are pieces of a text `hasPlainSpace` passed.
 *
 * @example
 * readEconomy(["Økonomi", "Besparelse på 2 mio. kr.", "", "☺"], line, collector, onTooDeep);
 * // { text: "Besparelse på 2 mio. kr.", amount: 2000000, amountType: "saving", status: "green" }
 */
export function readEconomy(
  cells: string[],
  line: SourceLine,
  collector: DiagnosticCollector,
  onTooDeep: () => void,
  plainSpace = false,
): Economy {
  // The text is read as plain text: what its markup loses is said.
  reportPlainCellMarkup(cells[1] ?? "", line.number, collector);
  const { text, statusNote } = splitStatusNote(cells[1] ?? "", onTooDeep, plainSpace);
  const amount = readAmount(text);
  const { status } = readSmiley(cells[3] ?? cells[2], "economy", line, undefined, collector, plainSpace);
  // Kept as written, and said at its line (validate says it again, by path).
  if (status === "yellow")
    collector.add("warning", "rules.economy-level-undefined", line.number, { status }, line.text);
  return economyOf(text, statusNote, amount, status);
}

/**
 * An economy row's fields as one object, in the order of the schema.
 *
 * @example
 * economyOf("Besparelse på 2 mio. kr.", undefined, readAmount("Besparelse på 2 mio. kr."), "green");
 * // { text: "Besparelse på 2 mio. kr.", amount: 2000000, amountType: "saving", status: "green" }
 */
export function economyOf(
  text: string,
  statusNote: string | undefined,
  amount: Pick<Economy, "amount" | "amountType">,
  status: Economy["status"],
): Economy {
  // Spreads only where there is something to add: most economy texts name no amount and have no note.
  if (statusNote === undefined && amount.amount === undefined) return { text, status };
  return { text, ...(statusNote === undefined ? {} : { statusNote }), ...amount, status };
}

/** How bad each status is, for the worst of several economy rows. */
const badness: Readonly<Record<Economy["status"], number>> = {
  "not-assessed": 0,
  green: 1,
  yellow: 2,
  red: 3,
};

/**
 * Two economy rows of one initiative (a "drift og anlæg" initiative writes one for each) as the one
 * economy the document has: the texts and status notes one after the other (lines, as the paragraphs
 * of one cell), the worst of the two smileys, and the amount of the one row that names one (none
 * when both do: neither describes the whole line, and the text keeps both).
 *
 * @example
 * mergeEconomies({ text: "Drift: ok", status: "green" }, { text: "Anlæg: overskredet", status: "red" });
 * // { text: "Drift: ok\nAnlæg: overskredet", status: "red" }
 */
export function mergeEconomies(first: Economy, second: Economy): Economy {
  const joined = (a: string | undefined, b: string | undefined) =>
    [a, b].filter((part) => part !== undefined && part !== "").join("\n");
  const text = joined(first.text, second.text);
  const note = joined(first.statusNote, second.statusNote);
  const amount = first.amount === undefined ? second : second.amount === undefined ? first : noAmount;
  const status = badness[second.status] > badness[first.status] ? second.status : first.status;
  return economyOf(
    text,
    note === "" ? undefined : note,
    {
      ...(amount.amount === undefined ? {} : { amount: amount.amount }),
      ...(amount.amountType === undefined ? {} : { amountType: amount.amountType }),
    },
    status,
  );
}

// A number starts where a run of digits starts (and thousands groups, by points or spaces, where no
// digit and point or space stand before): tried from inside a run too, "1.111.111…" and long digit
// runs took quadratic time. "1 500 000 kr." is one number, not its last group "000 kr.".
// Patterns outside the function: a regex literal is a new object at every call.
const amountPattern =
  /((?<!\d\.?)\d{1,3}(?:\.\d{3})+|(?<!\d[ \u00a0]?)\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|(?<!\d)\d+)(?:,(\d+))?\s*(mia\.?|milliard(?:er)?|mio\.?|million(?:er)?|mill\.?|t\.?\s?kr\.?|tkr\.?|kr\.?)/i;
const billions = /^mia|^milliard/;
const millions = /^mio|^mill/;
const thousands = /^t\.?\s?kr|^tkr/;
const amountTypes = {
  saving: /besparelse|spare/,
  investment: /investering|anlæg/,
  income: /indtægt|provenu/,
  expense: /afsættes|afsat|udgift|bevilg|tilføre|merforbrug/,
};

/** No amount: one object for the most economy texts, which name none (read, never changed). */
const noAmount: Pick<Economy, "amount" | "amountType"> = Object.freeze({});

/**
 * The amount an economy text names, in whole kroner, and what kind of money it is.
 *
 * @example
 * readAmount("Investering i 2017: 29,8 mio. kr."); // { amount: 29800000, amountType: "investment" }
 */
export function readAmount(text: string): Pick<Economy, "amount" | "amountType"> {
  const match = amountPattern.exec(text);
  if (match === null) return noAmount;
  const whole = (match[1] ?? "0").replace(/[. \u00a0]/g, "");
  const fraction = match[2] ?? "";
  const unit = (match[3] ?? "").toLowerCase();
  const multiplier = billions.test(unit) ? 1e9 : millions.test(unit) ? 1e6 : thousands.test(unit) ? 1e3 : 1;
  // Whole kroner from the digits, so that 29,8 mio. is 29800000 exactly.
  const amount = Math.round((Number(`${whole}${fraction}`) * multiplier) / 10 ** fraction.length);
  const lower = text.toLowerCase();
  const amountType = amountTypes.saving.test(lower)
    ? "saving"
    : amountTypes.investment.test(lower)
      ? "investment"
      : amountTypes.income.test(lower)
        ? "income"
        : amountTypes.expense.test(lower)
          ? "expense"
          : undefined;
  return { amount, ...(amountType === undefined ? {} : { amountType }) };
}
