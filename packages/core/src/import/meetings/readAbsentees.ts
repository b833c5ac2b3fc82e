import type { Absentee } from "../../model/meetings.schema";
import { richTextToPlainText } from "../../richText/richText";
import { tidy } from "./itemFields";

/**
 * The words that open a note about the person, not a party, an organisation or a name: "Deltog fra
 * pkt. 3", "Suppleant Per Lund" (who came instead).
 */
const noteWords =
  /^(?:deltog|forlod|ankom|kom|mødte|syg|ferie|barsel|orlov|inhabil|fra|til|under|efter|ikke|suppleant|stedfortræder|afbud|fraværende)\b/i;

/**
 * Whether a parenthesis names a party letter or an organisation ("A", "SF", "LEUF", "Ældrerådet")
 * rather than a note ("syg", "deltog fra pkt. 3"): a name starts with a capital and holds no number.
 */
function isAffiliation(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/\d/.test(text) && !noteWords.test(text);
}

/**
 * The people of an "Afbud:" or "Fraværende:" field: "Lars Holten (LEUF) Ole Blickfeldt (O)", or
 * names separated by commas, semicolons and "og"; none for "Ingen" or "-". What the secretary
 * noted about a person, in parentheses that name no party ("(syg)", "(Suppleant Per Lund)"), after
 * a dash ("- deltog ikke i pkt. 5") or after a comma in lower case or opening with a note's word
 * (", deltog fra kl. 17", ", Suppleant: Per Lund"), is that person's note.
 *
 * @example
 * readAbsentees("Hans Hansen (A) (deltog fra pkt. 3)"); // [{ name: "Hans Hansen", affiliation: "A", note: "deltog fra pkt. 3" }]
 */
export function readAbsentees(text: string): Absentee[] {
  const value = tidy(text);
  // "Ingen", or a dash in the field: nobody was absent.
  if (value === "" || /^(?:ingen|intet|[-–—]+)\.?$/i.test(value)) return [];
  const people: Absentee[] = [];
  const addNames = (names: readonly string[]) => {
    for (const name of names) {
      const clean = name.replace(/[.;]+$/, "").trim();
      if (clean !== "") people.push({ name: clean });
    }
  };
  // A note before any name has nobody to belong to: it stays as written, in a name of its own.
  const addNote = (note: string, asWritten: string) => {
    const person = people.at(-1);
    if (person === undefined) people.push({ name: asWritten });
    else person.note = person.note === undefined ? note : `${person.note}; ${note}`;
  };
  // A note may run on into the next people: "deltog fra pkt. 3 og Lis Berg - syg". The text after
  // each "og" and a capital holds no further such "og", so reading it as a part ends here.
  const addNoteThenPeople = (text: string) => {
    const [note = "", ...people] = text.split(/\s+og\s+(?=\p{Lu})/u);
    addNote(note, note);
    for (const part of people) readFragment(part);
  };
  // One comma-separated part: names joined by "og", a name with a note after a dash ("Bo Berg -
  // syg"), or a note in lower case about the person before it ("deltog fra pkt. 3").
  function readFragment(fragment: string): void {
    if (/^[\s.;]*$/.test(fragment)) return;
    const dash = /(?:^|\s)[-–—]+(?:\s|$)/.exec(fragment);
    const names = dash === null ? fragment : fragment.slice(0, dash.index).trim();
    if (/^\p{Ll}/u.test(names) || noteWords.test(names)) {
      addNoteThenPeople(fragment);
      return;
    }
    addNames(names.split(/\s+og\s+/));
    const noted = dash === null ? "" : fragment.slice(dash.index + dash[0].length).trim();
    if (noted !== "") addNoteThenPeople(noted);
  }
  const readText = (chunk: string) => {
    for (const fragment of chunk.split(/\s*[,;]\s*/)) readFragment(fragment.trim().replace(/^og\s+/, ""));
  };
  let last = 0;
  for (const match of value.matchAll(/\(([^()]{1,200})\)/g)) {
    readText(value.slice(last, match.index));
    const inner = tidy(match[1] ?? "");
    const person = people.at(-1);
    if (
      person !== undefined &&
      person.affiliation === undefined &&
      person.note === undefined &&
      isAffiliation(inner)
    )
      person.affiliation = inner;
    else addNote(inner, match[0]);
    last = match.index + match[0].length;
  }
  readText(value.slice(last));
  return people;
}

/** "Afbud:", "Afbud fra:" or "Fraværende:" alone on its line: the absentees follow, one a line. */
const labelAlone = String.raw`^(?:Afbud|Fraværende)(?:[ \t]+fra)?[ \t]*:?[ \t]*`;
/**
 * What ends absentees listed one a line: an item's or a contents line's number, the next label
 * ("Mødeleder: …", "Sted⇥Kantinen", "Indholdsfortegnelse") or the letterhead ("Lejre Kommune"). A
 * substitute's line ("Suppleant: Per Lund") is a note in the list.
 */
const listEnd = String.raw`\s*(?:\d|(?:Indholdsfortegnelse|Deltagere|Medlemmer|Til stede|Bemærkninger|Referat|Dagsorden)\b|(?!suppleant|stedfortræder)[^\s:]+(?: [^\s:]+)?\s*:|\S+\t|[^\n]*\bKommune$)`;
// The label alone on its line and one person a line; or the people after the label on its line,
// after its colon, after "fra" or in the next cell of a Word table ("Afbud⇥Anne Berg"); or the
// members and participants, among whom some are marked absent.
const fields = new RegExp(
  String.raw`${labelAlone}((?:\n(?!${listEnd})[^\n]+)+)|(?:Afbud|Fraværende)(?:(?:\s+fra)?\s*:|\s+fra\b|\t)\s*(.{0,600}?)(?=\s+(?:Indholdsfortegnelse|Fraværende|Afbud|Deltagere|Mødeleder|Sekretær|Til stede|Medlemmer|Bemærkninger)\b|\n|$)|(?:Deltagere|Medlemmer|Til stede)\s*:(.{0,2000}?)(?=\s+(?:Afbud|Fraværende)\s*:|\n|$)`,
  "gimu",
);
/**
 * The people of a table cell as one line of text: a cell of Word or a PDF holds paragraphs. A
 * paragraph that breaks a list written with separators ("Anne Berg (A), Bo" then "Lund (V)": a
 * PDF's cell wraps its lines so) runs on into the next, as does one before a party ("(O), …");
 * other paragraphs are a person each ("Anne Berg" then "Bo Lund").
 */
function cellPeople(cell: string): string {
  if (!cell.includes("<")) return cell;
  let text = "";
  let previous = "";
  let separated = false;
  for (const line of richTextToPlainText(cell).split("\n")) {
    const person = line.replace(/^•\s*/, "");
    const runsOn = separated && !/(?:[,;)]|\sog)\s*$/.test(previous);
    text = text === "" ? person : `${text}${runsOn || person.startsWith("(") ? " " : "; "}${person}`;
    separated ||= /[,;)]|\sog\s/.test(person);
    previous = person;
  }
  return text;
}

/** A participant's note that says the participant was absent: "Bo Berg (A) (afbud)", "- meldt afbud". */
const markedAbsent = /^(?:meldt\s+)?(?:afbud|fraværende)\b/i;

const listEndLine = new RegExp(`^${listEnd}`, "iu");
/** A line with "Afbud: …" or "Fraværende: …" and people after the label. */
const labelWithPeople = /(?:^|\s)(?:Afbud|Fraværende)(?:(?:[ \t]+fra)?[ \t]*:|[ \t]+fra\b|\t)[ \t]*[^\s:]/i;
/** A name of `fewest` + 1 to `most` + 1 words, capitalised names and initials ("A. P. Møller"). */
const nameWords = (fewest: number, most: number) =>
  String.raw`\p{Lu}[\p{L}'’-]*\.?(?: +(?:(?:von|van|de|la|du) +)?\p{Lu}[\p{L}'’-]*\.?){${fewest},${most}}`;
/** One person as the list names one: a name and its parentheses. */
const person = String.raw`${nameWords(1, 4)}(?: *\([^()]{1,80}\))*`;
/** A name alone, two to four words ("Bo Lund", "Kis Ida Holm"): one word ("Bilag", "Kantinen") is no name. */
const bareName = new RegExp(`^${nameWords(1, 3)}$`, "u");
/** The start of a name, one to four words ("Søren", "Anne Marie"). */
const nameStart = new RegExp(`^${nameWords(0, 3)}$`, "u");
/** A line of nothing but people, joined as the list joins them (a PDF's lines may space them wider). */
const peopleLine = new RegExp(`^(?:og +)?${person}(?:(?:, *| +og +)${person})*[,;]?$`, "u");

/**
 * Whether `line` goes on with the people after "Afbud: …" on the line before (`previous`, that
 * line or one that went on with it): a line of people only, and clearly of the list, either
 * named with a party in parentheses ("Bo Berg (V)"), after a line that ends in a comma or "og",
 * or a name alone after names without parties ("Afbud: Anne Berg" then "Bo Lund") where the list
 * ends after it (`next`: the header's next line, `undefined` at its end). Not the header's next
 * label or its letterhead ("Lejre Kommune").
 *
 * @example
 * continuesAbsentees("Afbud: Anne Berg (A)", "Bo Berg (V)"); // true
 */
export function continuesAbsentees(previous: string | undefined, line: string, next?: string): boolean {
  const text = line.trim();
  if (previous === undefined || text.length > 300 || listEndLine.test(text)) return false;
  // "…, Søren" then "Kræmer (F), …, Kis": the line completes the name the line before broke off,
  // and may break off one of its own.
  const broken = brokenName(previous);
  if (broken !== undefined) {
    const completed = `${broken.name} ${text}`;
    return peopleLine.test(brokenName(completed)?.people ?? completed);
  }
  if (!peopleLine.test(text)) return false;
  if (/\)[,;]?$/.test(text) || /(?:,|\bog)\s*$/.test(previous)) return true;
  // A name alone could be the next paragraph's first words ("Rådhuset Allerslev"): it is the
  // list's only in a list of names alone, and only before the list's end or another name.
  return (
    !previous.includes("(") &&
    bareName.test(text) &&
    (next === undefined || listEndLine.test(next) || peopleLine.test(next.trim()))
  );
}

/**
 * The start of a name a line of people broke off at its end (a PDF wraps its lines where they
 * are full): the capitalised words after the line's last separator, in a list written with
 * separators that the line does not end with ("Afbud: Anne Berg (A), Søren"). `people`: the line
 * before them, its separator kept.
 */
function brokenName(line: string): { people: string; name: string } | undefined {
  const text = line.trimEnd();
  if (/(?:[,;)]|\sog)$/.test(text)) return undefined;
  const cut = Math.max(text.lastIndexOf(","), text.lastIndexOf(";"), text.lastIndexOf(")"));
  const name = text.slice(cut + 1).trim();
  if (cut < 0 || !nameStart.test(name)) return undefined;
  return { people: text.slice(0, cut + 1), name };
}

/**
 * Whether a header's line names absentees after its label ("Afbud: Anne Berg (A)"), whom the
 * next lines may go on with.
 *
 * @example
 * opensAbsentees("Afbud: Anne Berg (A)"); // true
 */
export function opensAbsentees(line: string): boolean {
  return labelWithPeople.test(line);
}

/**
 * The header with each line that goes on with an "Afbud: …" line as an "Afbud:" field of its own,
 * the comma or "og" that led to it taken off the line before: a long list is read line by line,
 * as written, never as one line longer than a field is read.
 */
function withContinuedAbsentees(headerText: string): string {
  const lines: string[] = [];
  let absentees: string | undefined;
  const headerLines = headerText.split("\n");
  for (const [index, line] of headerLines.entries()) {
    if (continuesAbsentees(absentees, line, headerLines[index + 1])) {
      // A name broken off at the end of the line before moves to this line's field.
      const broken = brokenName(absentees ?? "");
      const before = (lines.pop() ?? "").trimEnd();
      const kept = broken === undefined ? before : before.slice(0, before.length - broken.name.length);
      const name = broken === undefined ? "" : `${broken.name} `;
      lines.push(kept.replace(/(?:[,;]|\s+og)\s*$/, ""), `Afbud: ${name}${line.trim()}`);
      absentees = line;
      continue;
    }
    absentees = opensAbsentees(line) ? line : undefined;
    lines.push(line);
  }
  return lines.join("\n");
}

/**
 * Whether a header's line is one of the absentees listed one a line under "Afbud:" alone on its
 * line: `listing` says whether the line before was that label or such a line. A line that is the
 * label itself starts a list.
 *
 * @example
 * isAbsenteeListLine(true, "Anne Berg (V)"); // true
 */
export function isAbsenteeListLine(listing: boolean, line: string): boolean {
  return listing && !listEndLine.test(line);
}

/**
 * Whether a header's line is "Afbud:" or "Fraværende:" alone, the label of people listed one a line.
 *
 * @example
 * isAbsenteeListLabel("Afbud:"); // true
 */
export function isAbsenteeListLabel(line: string): boolean {
  return new RegExp(`${labelAlone}$`, "i").test(line);
}

/**
 * Who sent apologies or was absent, from every "Afbud:", "Afbud fra" and "Fraværende:" field of a
 * meeting's header: minutes that list both give the people of both, in the order written. People
 * listed one a line under the label alone on its line are read up to the next label or item, and
 * the members a "Deltagere:", "Medlemmer:" or "Til stede:" field marks absent ("(afbud)") too, and
 * the people after "Afbud: …" that the next lines go on with (`continuesAbsentees`).
 *
 * @example
 * absenteesOf("Afbud: Anne Hansen (A)\nFraværende: Bo Berg (V)"); // [{ name: "Anne Hansen", … }, { name: "Bo Berg", … }]
 */
export function absenteesOf(headerText: string): Absentee[] {
  return [...withContinuedAbsentees(headerText).matchAll(fields)].flatMap((field) => {
    const participants = field[3];
    if (participants !== undefined)
      return readAbsentees(cellPeople(participants)).filter((person) => markedAbsent.test(person.note ?? ""));
    // One person a line, as typed or as a list's bullets ("- Anne Berg (V)", which Word's lists give).
    return readAbsentees(field[1]?.replace(/\s*\n\s*(?:[-–•·▪*]\s+)?/g, "; ") ?? cellPeople(field[2] ?? ""));
  });
}
