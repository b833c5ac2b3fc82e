import type { Locale } from "@milepael/core/lite";

const danish = {
  initiative: "Indsats",
  section: "Afsnit",
  committee: "Ansvarligt udvalg",
  centre: "Ansvarligt center",
  kind: "Art",
  status: "Status",
  round: "Opfølgning",
  kinds: {
    drift: "Drift",
    anlaeg: "Anlæg",
    "drift-og-anlaeg": "Drift og anlæg",
    "oevrig-finansiering": "Øvrig finansiering",
  },
};

/** The names of a follow-up's dimensions (initiative, section, committee, centre, kind, status,
 * round) and its kinds: the milestone table, the charts and the elements share them. */
export const dimensionWords: Record<Locale, typeof danish> = {
  da: danish,
  en: {
    initiative: "Initiative",
    section: "Section",
    committee: "Responsible committee",
    centre: "Responsible centre",
    kind: "Kind",
    status: "Status",
    round: "Follow-up",
    kinds: {
      drift: "Operations",
      anlaeg: "Construction",
      "drift-og-anlaeg": "Operations and construction",
      "oevrig-finansiering": "Other financing",
    },
  },
};
