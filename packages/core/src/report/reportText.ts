// The report's own words, in Danish and English: headings, captions, column names.

import { catalogueByLocale } from "../i18n/locale";
import type { MeetingsDocument } from "../model/meetings.schema";
import { meetingsPaperText } from "./meetingsPaperText";
import { paperGuideText } from "./paperGuideText";
import { paperSummaryText } from "./paperSummaryText";

/** The report's own words. */
export interface ReportText {
  readingGuide: string;
  readingGuideLead: string;
  milestoneScale: string;
  economyScale: string;
  summary: string;
  summaryCaption: string;
  chartFigures: string;
  round: string;
  total: string;
  economy: string;
  plan: string;
  introduction: string;
  planColumns: readonly string[];
  meetingColumns: readonly string[];
  absent: string;
  place: string;
  time: string;
  municipality: string;
  /** An item's fields printed under its heading, by the model's name. */
  itemFields: Readonly<Record<"summary" | "decisionAuthority" | "caseText" | "attachments", string>>;
  relatedDocuments: string;
  relatedColumns: readonly string[];
  kinds: Readonly<Record<MeetingsDocument["meetings"][number]["kind"], string>>;
  noMeetings: string;
  activitiesOf: (track: string) => string;
  itemsOf: (meeting: string) => string;
}

export const reportText = catalogueByLocale<ReportText>({
  ...paperGuideText,
  ...meetingsPaperText,
  ...paperSummaryText,
  plan: { da: "Aktiviteter", en: "Activities" },
  introduction: { da: "Indledning", en: "Introduction" },
  planColumns: {
    da: ["Tid", "Tema", "Aktivitet", "Beskrivelse", "Deltagerkreds", "Ansvarlig"],
    en: ["When", "Theme", "Activity", "Description", "Participants", "Responsible"],
  },
  kinds: {
    da: { referat: "Referat", dagsorden: "Dagsorden" },
    en: { referat: "Minutes", dagsorden: "Agenda" },
  },
  noMeetings: { da: "Ingen møder.", en: "No meetings." },
  activitiesOf: { da: (track) => `Aktiviteter: ${track}`, en: (track) => `Activities: ${track}` },
  itemsOf: { da: (meeting) => `Punkter: ${meeting}`, en: (meeting) => `Items: ${meeting}` },
});
