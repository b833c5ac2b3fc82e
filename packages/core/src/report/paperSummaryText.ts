// The words milepael's committee paper prints under "Sammenfatning", in a module of its own: the
// follow-up text importer tells them from a note typed there, without bundling the paper's catalogue.

/** The summary's heading and the captions and column names of its chart and table, in Danish and English. */
export const paperSummaryText = {
  summary: { da: "Sammenfatning", en: "Summary" },
  summaryCaption: { da: "Status for milepæle pr. opfølgning", en: "Milestone status per round" },
  chartFigures: { da: "Tallene bag figuren", en: "The figures behind the chart" },
  round: { da: "Opfølgning", en: "Round" },
  total: { da: "I alt", en: "Total" },
  economy: { da: "Økonomi", en: "Economy" },
} as const;
