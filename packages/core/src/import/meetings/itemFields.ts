import type { MeetingItem } from "../../model/meetings.schema";
import { bulletedLines } from "../shared/cells";
import { recommendationClauses, sequentialSplit } from "./clauses";
import { decisionOutcome } from "./decisionOutcome";

/**
 * The alternatives of a label pattern as the systems print them: as written ("Sagsnr.") and in
 * capitals ("SAGSNR."), which some systems print every label in. Never in any other case: the same
 * words inside a sentence ("beslutning om", "økonomi:") are text. `@` stands for a decision label's
 * own words up to its colon ("Beslutning i Økonomiudvalget den 17-12-2018"), over a line break too,
 * as a PDF breaks a long label.
 */
const asPrinted = (alternatives: string) =>
  `${alternatives}|${alternatives.toUpperCase()}`.replaceAll("@", String.raw`(?:\s[^:]{0,80}?)?`);

const caseNumberLabels = String.raw`Sagsnr\.?|Sags nr\.?|Sagsid|J\.nr\.?`;

/**
 * The labels of an item as the meeting systems print them, each followed by a colon:
 * "Sagsnr.:", "Resumé:", "Indstilling:", "Beslutningskompetence:", "Beslutning 17, stk.
 * 4-udvalget den :", "Beslutning i Økonomiudvalget den 17-12-2018:", "Sagsfremstilling:", "Bilag:".
 */
const labelPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${asPrinted(
    `${caseNumberLabels}|Journalnr\\.?|Resumé|Resume|Sagsresumé|Indstilling|Beslutningskompetence|Kompetence|Beslutning@|Sagsfremstilling|Sagsbeskrivelse|Administrationens vurdering|Vurdering|Handicappolitik|Økonomi og finansiering|Økonomiske konsekvenser|Økonomi|Lovgrundlag|Høring|Kommunikation|Tidsplan|Bilag|Afbud|Fraværende|Sagsansvarlig|Sagsbehandler`,
  )})\s*:`,
  "gu",
);

const labelAtStart = new RegExp(labelPattern.source, "u");
const inlineCaseNumber = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${asPrinted(caseNumberLabels)})\s*:`, "u");

export type ItemLabel =
  | "caseNumber"
  | "summary"
  | "recommendation"
  | "decisionAuthority"
  | "decision"
  | "caseText"
  | "attachments"
  | "absent"
  | "other";

function labelKind(printed: string): ItemLabel {
  // A label printed in capitals is read as written: "SAGSNR." as "Sagsnr.", "BILAG" as "Bilag".
  const label =
    printed === printed.toUpperCase() ? printed.charAt(0) + printed.slice(1).toLowerCase() : printed;
  if (/^(?:Sags ?nr|Sagsid|J\.nr|Journalnr)/.test(label)) return "caseNumber";
  if (/^(?:Resum|Sagsresum)/.test(label)) return "summary";
  if (label === "Indstilling") return "recommendation";
  if (label === "Beslutningskompetence" || label === "Kompetence") return "decisionAuthority";
  if (label.startsWith("Beslutning")) return "decision";
  if (label === "Sagsfremstilling" || label === "Sagsbeskrivelse") return "caseText";
  if (label === "Bilag") return "attachments";
  if (label === "Afbud" || label === "Fraværende") return "absent";
  return "other";
}

/** One labelled field of an item, with the offset in the item's text where its label stands. */
export interface ItemField {
  kind: ItemLabel;
  label: string;
  /** The field's text, white space collapsed. */
  value: string;
  /** The field's text as it stands, its lines kept. */
  raw: string;
  offset: number;
}

/**
 * Splits an item's text at its labels. What stands before the first label is the title (when the
 * system prints title and fields on one line). Linear in the text.
 *
 * @example
 * splitItemFields("Valg af næstformand Sagsnr.: 13/20237 Beslutning: Tiltrådt.").fields[1]?.value; // "Tiltrådt."
 */
export function splitItemFields(text: string): { before: string; fields: ItemField[] } {
  const fields: ItemField[] = [];
  // One label at a time, each field closed where the next label starts: a text of many labels
  // keeps no array of every match alive (their allocation made the collector's time dominate).
  let open: { label: string; from: number; offset: number } | undefined;
  let before = text.length;
  const close = (to: number) => {
    if (open === undefined) return;
    const { label, from, offset } = open;
    const raw = text.slice(from, to);
    fields.push({ kind: labelKind(label), label, value: tidy(raw), raw, offset });
  };
  labelPattern.lastIndex = 0;
  for (let match = labelPattern.exec(text); match !== null; match = labelPattern.exec(text)) {
    if (open === undefined) before = match.index;
    close(match.index);
    open = { label: (match[1] ?? "").trim(), from: match.index + match[0].length, offset: match.index };
  }
  close(text.length);
  return { before: tidy(text.slice(0, before)), fields };
}

/**
 * Whether a text starts with an item label ("Sagsnr.:", "Resumé:" ...), optionally of given kinds.
 *
 * @example
 * startsWithItemLabel("Sagsnr.: 13/20237", ["caseNumber"]); // true
 */
export function startsWithItemLabel(text: string, kinds?: readonly ItemLabel[]): boolean {
  const match = labelAtStart.exec(text.slice(0, 120));
  const label = match?.index === 0 ? match[1] : undefined;
  if (label === undefined) return false;
  return kinds === undefined || kinds.includes(labelKind(label.trim()));
}

/**
 * Whether a text holds a case-number label after some text: an item's title and fields on one line.
 *
 * @example
 * hasInlineCaseNumber(",4 - Valg af næstformand Sagsnr.: 13/20237"); // true
 */
export function hasInlineCaseNumber(text: string): boolean {
  const head = text.slice(0, 600);
  const label = inlineCaseNumber.exec(head);
  return label !== null && head.slice(0, label.index).trim() !== "";
}

const bareLabel =
  /^(Sagsnr\.?|Sags nr\.?|Resumé|Resume|Sagsresumé|Indstilling|Beslutningskompetence|Beslutning|Sagsfremstilling|Sagsbeskrivelse|Administrationens vurdering|Handicappolitik|Økonomi og finansiering|Økonomiske konsekvenser|Økonomi|Lovgrundlag|Høring|Kommunikation|Tidsplan|Bilag)$/u;

// "Beslutning i Økonomiudvalget den 03-01-2017", "Beslutning Byrådet": the body's decision as a
// heading. A body must be named, so that an item titled "Beslutning om skolestruktur" stays a title.
const bareDecisionHeading =
  /^Beslutning(?:\s+(?:i|fra|på))?\s+\p{Lu}[^:]{0,80}?(?:udvalg|råd|bestyrelse|nævn|forum)\p{L}*(?:\s+(?:den|d\.)\s+[^:]{1,30})?$/u;

/**
 * A line that is a label alone, printed as a heading without its colon ("Sagsfremstilling"), with
 * the colon the field reader expects; any other line as it is.
 *
 * @example
 * withLabelColon("Sagsfremstilling"); // "Sagsfremstilling:"
 */
export function withLabelColon(text: string): string {
  const trimmed = text.trim();
  return bareLabel.test(trimmed) || bareDecisionHeading.test(trimmed) ? `${trimmed}:` : text;
}

/**
 * White space collapsed and trimmed.
 *
 * @example
 * tidy("  Godkendt.\n "); // "Godkendt."
 */
export function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * An item read from its labelled parts: case number, summary, recommendation clauses, decision
 * authority, the meeting body's own decision and its outcome, case text, attachments.
 *
 * @example
 * itemFromFields("2", "Valg af næstformand", splitItemFields("Beslutning: Tiltrådt.").fields, "17,4-udvalget").outcome; // "approved"
 */
export function itemFromFields(
  number: string,
  title: string,
  fields: readonly ItemField[],
  body: string,
): MeetingItem {
  const item: MeetingItem = { number, title, outcome: "unknown", attachments: [] };
  const caseParts: string[] = [];
  const decisions: ItemField[] = [];
  for (const field of fields) {
    switch (field.kind) {
      case "caseNumber": {
        const [token = "", ...rest] = field.value.split(" ");
        if (/\d/.test(token) && item.caseNumber === undefined) {
          item.caseNumber = token.replace(/[,;.]$/, "");
          // What follows the number, under a heading no label names ("Baggrund"), is the case's text.
          if (rest.length > 0) caseParts.push(rest.join(" "));
        } else if (field.value !== "") caseParts.push(`${field.label}: ${field.value}`);
        break;
      }
      case "summary":
        if (field.value !== "") item.summary = field.value;
        break;
      case "recommendation": {
        // Its lines kept: an unnumbered clause starts a line ("at budgettet godkendes, og").
        const clauses = recommendationClauses(field.raw);
        if (clauses.length > 0) item.recommendation = clauses;
        break;
      }
      case "decisionAuthority":
        if (field.value !== "") item.decisionAuthority = field.value;
        break;
      case "decision":
        if (field.value !== "") decisions.push(field);
        break;
      case "caseText":
        if (field.value !== "") caseParts.unshift(field.value);
        break;
      case "attachments": {
        // One a bullet, as Word's lists give them ("- Tilbud.pdf"); or numbered 1., 2. on a line.
        const listed = bulletedLines(field.raw)?.map(tidy) ?? sequentialSplit(field.value);
        item.attachments = listed.length > 0 ? listed : field.value === "" ? [] : [field.value];
        break;
      }
      case "absent":
      case "other":
        if (field.value !== "") caseParts.push(`${field.label}: ${field.value}`);
        break;
      default:
        return field.kind satisfies never;
    }
  }
  // Minutes of a council carry the committees' decisions too: the meeting's own body decides.
  const own = body.toLowerCase().replace(/\s+/g, "");
  const decision =
    decisions.find((field) => field.label.toLowerCase().replace(/\s+/g, "").includes(own)) ??
    decisions.at(-1);
  if (decision !== undefined) item.decision = decision.value;
  // The other bodies' decisions on the case ("Beslutning i Økonomiudvalget …: Anbefales.") stay its text.
  for (const other of decisions) if (other !== decision) caseParts.push(`${other.label}: ${other.value}`);
  if (caseParts.length > 0) item.caseText = caseParts.join("\n");
  item.outcome = decisionOutcome(item.decision);
  return item;
}
