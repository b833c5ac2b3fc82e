import { ownValue } from "../shared/cells";

// The columns of a plan as text or CSV: what each holds, and the names plans give them.

export type PlanColumn =
  | "date"
  | "theme"
  | "title"
  | "description"
  | "participants"
  | "responsible"
  | "track";

/** Column names plans use, Danish and English, lower case. */
export const planColumnNames: Record<string, PlanColumn> = {
  dato: "date",
  datoer: "date",
  tid: "date",
  tidspunkt: "date",
  tidsplan: "date",
  hvornår: "date",
  periode: "date",
  date: "date",
  when: "date",
  tema: "theme",
  emne: "theme",
  theme: "theme",
  topic: "theme",
  aktivitet: "title",
  aktiviteter: "title",
  "aktivitet / indhold": "title",
  "aktivitet/indhold": "title",
  indhold: "title",
  hvad: "title",
  activity: "title",
  title: "title",
  titel: "title",
  beskrivelse: "description",
  bemærkninger: "description",
  noter: "description",
  description: "description",
  notes: "description",
  deltagerkreds: "participants",
  deltager: "participants",
  deltagere: "participants",
  målgruppe: "participants",
  målgrupper: "participants",
  hvem: "participants",
  participants: "participants",
  "target group": "participants",
  audience: "participants",
  ansvarlig: "responsible",
  ansvar: "responsible",
  responsible: "responsible",
  owner: "responsible",
  spor: "track",
  forløb: "track",
  track: "track",
};

/**
 * Whether a column name is one of the plan columns.
 *
 * @example
 * isPlanColumn("title"); // true
 */
export function isPlanColumn(column: string): column is PlanColumn {
  return ["date", "theme", "title", "description", "participants", "responsible", "track"].includes(column);
}

/** The optional plurals Danish writes in parentheses: "Målgruppe(r)", "Ansvarlig(e)", "Deltager(ne)". */
const optionalPlurals: ReadonlySet<string> = new Set(["e", "r", "er", "ne"]);

/**
 * The plan column a header's name (as `columnName` gives it) names, in any case, also written
 * with its optional plural in parentheses; `undefined` for a name plans do not use.
 *
 * @example
 * planColumnOf("Målgruppe(r)"); // "participants"
 */
export function planColumnOf(name: string): PlanColumn | undefined {
  const lower = name.toLowerCase();
  const known = ownValue(planColumnNames, lower);
  if (known !== undefined || !lower.endsWith(")")) return known;
  // By index, not a regex: a pattern with "\s*" before the "(" rescans a long run of spaces.
  const open = lower.lastIndexOf("(");
  if (open < 0 || !optionalPlurals.has(lower.slice(open + 1, -1))) return undefined;
  return ownValue(planColumnNames, lower.slice(0, open).trimEnd());
}

/** Longer than this, a cell is no column name: it is not cleaned or looked up (a long line of cells stays cheap). */
const maxColumnNameLength = 80;

/**
 * A header cell's name as written, without what Word and extraction put around it: bold as
 * `<strong>`/`<b>` or `**`, and a trailing colon ("Dato:"). `null` for a cell too long to be a name.
 *
 * @example
 * columnName("<strong>Tid</strong>"); // "Tid"
 * columnName("**Dato:**"); // "Dato"
 */
export function columnName(cell: string): string | null {
  if (cell.length > maxColumnNameLength) return null;
  return cell
    .replace(/<\/?[a-z][^<>]*>/gi, "")
    .replace(/\*\*/g, "")
    .trim()
    .replace(/\s*:$/, "")
    .replace(/\s+/g, " ");
}
