import { type Atom, type Expression, Failure, type Range } from "./dateAtoms";
import type { DateToken } from "./tokenize";
import {
  approximateWords,
  deadlineWords,
  eitherOrWords,
  fillerWords,
  type MonthPart,
  monthByWord,
  monthPartByWord,
  rangeWords,
  seasonByWord,
} from "./vocabulary";

/**
 * "uge 41/17", "uge 41, 17": week 17 of the next year, or 2017 written short? Either reading is a
 * guess, so a week after a slash or comma must come after the week before it ("uge 52 eller 1"
 * still crosses the year).
 */
function refuseWeekBefore(alternatives: readonly Range[], next: Range): void {
  const [first] = alternatives;
  const previous = alternatives[alternatives.length - 1];
  const last = previous?.to ?? previous?.from;
  const week = (atom: Atom | undefined) =>
    atom?.type === "week" ? atom.week : atom?.type === "bare" ? atom.value : Number.NaN;
  if (first?.from.type === "week" && week(next.from) < week(last)) throw new Failure("not-a-date");
}

/** Recursive descent over the tokens: alternatives of ranges of atoms. */
export class ExpressionParser {
  private position = 0;
  private approximate = false;

  /** `documentYear`: the year of the document, which tells "maj 17" (May 2017) from "juni 20". */
  constructor(
    private readonly tokens: readonly DateToken[],
    private readonly documentYear?: number,
  ) {}

  parse(): Expression {
    const alternatives = [this.range()];
    while (this.peekOr()) {
      const joiner = this.peek()?.type;
      this.position += 1;
      const range = this.range();
      if (joiner !== "word") refuseWeekBefore(alternatives, range);
      alternatives.push(range);
    }
    if (this.position < this.tokens.length) throw new Failure("not-a-date");
    return { alternatives, approximate: this.approximate };
  }

  private peek(offset = 0): DateToken | undefined {
    return this.tokens[this.position + offset];
  }

  /** "/", "eller", "og", and the commas of a list ("8., 9. og 10. maj"; a year's comma is taken before). */
  private peekOr(): boolean {
    const token = this.peek();
    return (
      token?.type === "or" ||
      token?.type === "comma" ||
      (token?.type === "word" && eitherOrWords.has(token.value))
    );
  }

  private range(): Range {
    const opening = this.word();
    // "senest 1. maj", "inden uge 20": a deadline is due on the day (week, month) it names, the one
    // point it gives; a deadline of a period ("senest 1.-3. maj") names none and is left unread.
    const deadline = opening !== undefined && deadlineWords.has(opening);
    if (deadline) this.position += 1;
    const from = this.atom();
    const token = this.peek();
    if (!deadline && (token?.type === "to" || (token?.type === "word" && rangeWords.has(token.value)))) {
      this.position += 1;
      return { from, to: this.atom() };
    }
    // "fra 1. maj" alone starts a period with no end: read as the day 1 May it would be a wrong interval.
    if (opening === "fra") throw new Failure("not-a-date");
    return { from };
  }

  private skipFillers(): void {
    for (let token = this.peek(); token?.type === "word"; token = this.peek()) {
      if (approximateWords.has(token.value)) this.approximate = true;
      else if (!fillerWords.has(token.value)) return;
      // "Tirsdag, den 4. april": a weekday as meeting systems write it, with a comma.
      this.position += this.peek(1)?.type === "comma" ? 2 : 1;
    }
  }

  private word(): string | undefined {
    const token = this.peek();
    return token?.type === "word" ? token.value : undefined;
  }

  /**
   * A four-digit year after an atom ("maj 2018", "uge 41, 2018"); after a week also after a slash
   * ("uge 41/2018", "uge 41-42/2018"): a week or a year is no either-or. A month's year may be
   * its last two digits, as Excel writes "mmm-yy" ("maj-17", "maj 17"), unless a month follows
   * them ("april - 15 maj" ends on a day). After a space the two digits could be a day written
   * after its month ("juni 20"): they are a year only within a year of the document's.
   */
  private optionalYear(atom: Atom): number | undefined {
    const joiner = this.peek()?.type;
    const weekLike = atom.type === "week" || atom.type === "bare";
    const skip = joiner === "comma" || (joiner === "or" && weekLike) ? 1 : 0;
    const token = this.peek(skip);
    if (token?.type === "number" && token.digits === 4 && !token.dot) {
      this.position += skip + 1;
      return token.value;
    }
    if (atom.type !== "month") return undefined;
    const dash = joiner === "to" ? 1 : 0;
    const short = this.peek(dash);
    const after = this.peek(dash + 1);
    if (short?.type !== "number" || short.digits !== 2 || short.dot) return undefined;
    if (after?.type === "word" && monthByWord.has(after.value)) return undefined;
    const year = 2000 + short.value;
    const nearDocument = this.documentYear !== undefined && Math.abs(year - this.documentYear) <= 1;
    if (dash === 0 && short.value <= 31 && !nearDocument) throw new Failure("ambiguous");
    this.position += dash + 1;
    return year;
  }

  private withYear<T extends Atom>(atom: T): T {
    const year = this.optionalYear(atom);
    // The atom is this parse's own, just made: it takes its year in place (no copy through a spread).
    if (year !== undefined) (atom as { year?: number }).year = year;
    return atom;
  }

  private atom(): Atom {
    this.skipFillers();
    const token = this.peek();
    if (token === undefined) throw new Failure("not-a-date");
    this.position += 1;
    switch (token.type) {
      case "numeric-date": {
        const { day, month, year } = token;
        if (year !== undefined) return { type: "day", day, month, year };
        return this.withYear({ type: "day", day, month });
      }
      case "number":
        return this.numberAtom(token);
      case "word":
        return this.wordAtom(token.value);
      case "to":
      case "or":
      case "comma":
        throw new Failure("not-a-date");
      default:
        return token satisfies never;
    }
  }

  private numberAtom(token: Extract<DateToken, { type: "number" }>): Atom {
    if (token.digits === 4 && !token.dot) return { type: "year", year: token.value };
    if (token.digits > 2) throw new Failure("not-a-date");
    const next = this.word();
    if (next !== undefined) {
      const month = monthByWord.get(next);
      if (month !== undefined) {
        this.position += 1;
        return this.withYear({ type: "day", day: token.value, month });
      }
      if (next === "kvartal" || next === "kvt") {
        this.position += 1;
        return this.withYear({ type: "quarter", quarter: token.value });
      }
      if (next === "halvår" || next === "halvårs") {
        this.position += 1;
        return this.withYear({ type: "half", half: token.value });
      }
    }
    // "uge 41-43 2018": the year after the range's bare end is the range's.
    return this.withYear({ type: "bare", value: token.value });
  }

  /**
   * "vinter 2017/2018", "vinteren 2017-2018": the winter that starts in December of the first year
   * names the year it ends in too. Only the next year is skipped; "vinter 2017/2019" stays two years.
   */
  private skipWinterEndYear(year: number): void {
    const joiner = this.peek();
    const end = this.peek(1);
    if (joiner?.type !== "or" && joiner?.type !== "to") return;
    if (end?.type === "number" && end.digits === 4 && !end.dot && end.value === year + 1) this.position += 2;
  }

  /**
   * "primo-medio marts", "medio/ultimo april", "primo-medio 2018": a part written without its month
   * or year takes the month or year of the part that follows it (left for that part to read, with
   * its year).
   */
  private sharedPartPeriod(part: MonthPart): Atom {
    const joiner = this.peek();
    const nextPart = this.peek(1);
    const period = this.peek(2);
    if (
      (joiner?.type === "to" || joiner?.type === "or") &&
      nextPart?.type === "word" &&
      monthPartByWord.has(nextPart.value)
    ) {
      const month = period?.type === "word" ? monthByWord.get(period.value) : undefined;
      if (month !== undefined) return { type: "month", month, part };
      if (period?.type === "number" && period.digits === 4 && !period.dot) {
        return { type: "year", year: period.value, part };
      }
    }
    throw new Failure("not-a-date");
  }

  private wordAtom(word: string): Atom {
    const month = monthByWord.get(word);
    if (month !== undefined) return this.withYear({ type: "month", month });

    const part = monthPartByWord.get(word);
    if (part !== undefined) {
      // "midt i marts", "slutningen af april"
      while (this.word() === "i" || this.word() === "af") this.position += 1;
      const partMonth = monthByWord.get(this.word() ?? "");
      // "primo 2018", "i slutningen af 2017": a part of the year, as "primo marts" is of the month.
      const year = this.peek();
      if (partMonth === undefined && year?.type === "number" && year.digits === 4 && !year.dot) {
        this.position += 1;
        return { type: "year", year: year.value, part };
      }
      if (partMonth === undefined) return this.sharedPartPeriod(part);
      this.position += 1;
      return this.withYear({ type: "month", month: partMonth, part });
    }

    const season = seasonByWord.get(word);
    if (season !== undefined) {
      const atom: Atom = this.withYear({ type: "season", season });
      if (season === "vinter" && atom.year !== undefined) this.skipWinterEndYear(atom.year);
      return atom;
    }

    if (word === "uge") {
      const week = this.peek();
      if (week?.type !== "number" || week.digits > 2) throw new Failure("not-a-date");
      this.position += 1;
      return this.withYear({ type: "week", week: week.value });
    }
    const quarter = /^(?:q|k)(\d)$/.exec(word);
    if (quarter) return this.withYear({ type: "quarter", quarter: Number(quarter[1]) });
    const half = /^h(\d)$/.exec(word);
    if (half) return this.withYear({ type: "half", half: Number(half[1]) });
    throw new Failure("not-a-date");
  }
}
