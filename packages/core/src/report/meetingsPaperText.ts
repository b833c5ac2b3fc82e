// The words milepael's meetings paper prints, in a module of its own: the meetings importer reads
// the paper back by them (its Word export without the copy), without bundling the paper's whole
// catalogue.

/** The meetings paper's labels, column names and headings, in Danish and English. */
export const meetingsPaperText = {
  meetingColumns: {
    da: ["Punkt", "Sag", "Sagsnr.", "Indstilling", "Beslutning", "Udfald"],
    en: ["Item", "Case", "Case no.", "Recommendation", "Decision", "Outcome"],
  },
  absent: { da: "Afbud", en: "Absent" },
  place: { da: "Sted", en: "Place" },
  time: { da: "Tidspunkt", en: "Time" },
  municipality: { da: "Kommune", en: "Municipality" },
  itemFields: {
    da: {
      summary: "Resumé",
      decisionAuthority: "Beslutningskompetence",
      caseText: "Sagsfremstilling",
      attachments: "Bilag",
    },
    en: {
      summary: "Summary",
      decisionAuthority: "Decision authority",
      caseText: "Case",
      attachments: "Attachments",
    },
  },
  relatedDocuments: { da: "Andre dokumenter", en: "Other documents" },
  relatedColumns: { da: ["Titel", "Art", "Kommune", "Dato"], en: ["Title", "Kind", "Municipality", "Date"] },
} as const;
