import type { Locale } from "../../i18n/locale";
import { type CsvHeaders, csvColumnByHeader } from "../shared/csvColumns";

/**
 * The columns by what they describe, in file order: a milestone line repeats its section's and
 * initiative's columns before its own and its initiative's economy after them.
 */
export const followUpCsvColumnGroups = {
  section: ["sectionNumber", "section"],
  initiative: [
    "id",
    "number",
    "title",
    "kind",
    "lifecycle",
    "responsibleCenter",
    "responsibleCommittee",
    "keyContributors",
    "description",
    "notes",
  ],
  milestone: ["round", "roundLabel", "milestone", "milestoneNote", "milestoneStatus", "statusGuessed"],
  economy: ["economy", "economyNote", "amount", "amountType", "economyStatus", "economyRound"],
} as const;

/** A column of the follow-up CSV: one of its groups'. */
export type FollowUpCsvColumn =
  (typeof followUpCsvColumnGroups)[keyof typeof followUpCsvColumnGroups][number];

/**
 * The columns of a follow-up as milestone rows: one row per milestone, the initiative's fields
 * repeated on each, so that Excel can filter and pivot and milepael can read it back losslessly.
 */
export const followUpCsvColumns = [
  ...followUpCsvColumnGroups.section,
  ...followUpCsvColumnGroups.initiative,
  ...followUpCsvColumnGroups.milestone,
  ...followUpCsvColumnGroups.economy,
] as const;

/** The header of each column, per locale: what the export writes and the importer reads. */
export const followUpCsvHeaders: CsvHeaders<FollowUpCsvColumn> = {
  da: {
    sectionNumber: "Afsnit nr.",
    section: "Afsnit",
    id: "Id",
    number: "Nr.",
    title: "Indsats",
    kind: "Art",
    lifecycle: "Forløb",
    responsibleCenter: "Ansvarligt center",
    responsibleCommittee: "Ansvarligt udvalg",
    keyContributors: "Væsentlige bidragsydere",
    description: "Beskrivelse",
    notes: "Noter",
    round: "Runde",
    roundLabel: "Opfølgning",
    milestone: "Milepæl",
    milestoneNote: "Milepæl: statusnote",
    milestoneStatus: "Milepæl: status",
    statusGuessed: "Status gættet",
    economy: "Økonomi",
    economyNote: "Økonomi: statusnote",
    amount: "Beløb (kr.)",
    amountType: "Beløbstype",
    economyStatus: "Økonomi: status",
    economyRound: "Økonomi: runde",
  },
  en: {
    sectionNumber: "Section no.",
    section: "Section",
    id: "Id",
    number: "No.",
    title: "Initiative",
    kind: "Kind",
    lifecycle: "Lifecycle",
    responsibleCenter: "Responsible centre",
    responsibleCommittee: "Responsible committee",
    keyContributors: "Key contributors",
    description: "Description",
    notes: "Notes",
    round: "Round",
    roundLabel: "Follow-up",
    milestone: "Milestone",
    milestoneNote: "Milestone: status note",
    milestoneStatus: "Milestone: status",
    statusGuessed: "Status guessed",
    economy: "Economy",
    economyNote: "Economy: status note",
    amount: "Amount (DKK)",
    amountType: "Amount type",
    economyStatus: "Economy: status",
    economyRound: "Economy: round",
  },
};

/** Header text (either language, any case) to column. */
export const followUpCsvColumnByHeader = /* @__PURE__ */ csvColumnByHeader(
  followUpCsvColumns,
  followUpCsvHeaders,
);

/** How the "status guessed" column says yes and no. */
export const yesNoWords: Record<Locale, { yes: string; no: string }> = {
  da: { yes: "ja", no: "nej" },
  en: { yes: "yes", no: "no" },
};
