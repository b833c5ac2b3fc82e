// The reading guide milepael's committee paper prints, in a module of its own: the follow-up text
// importer recognises it when a paper is read back, without bundling the paper's whole catalogue.

/** The paper's guide: its heading, lead and the headings of the two scales, in Danish and English. */
export const paperGuideText = {
  readingGuide: { da: "Læsevejledning", en: "Reading guide" },
  readingGuideLead: {
    da: "Status gives med smileys for indsats og økonomi ved hver budgetopfølgning. Hver smiley står med sit ord, så farven aldrig står alene.",
    en: "Status is given with smileys for the initiative and the economy at each follow-up round. Every smiley has its word beside it, so colour never stands alone.",
  },
  milestoneScale: { da: "Definition af smileys på indsats:", en: "Smileys for milestones:" },
  economyScale: { da: "Definition af smileys på økonomi:", en: "Smileys for the economy:" },
} as const;
