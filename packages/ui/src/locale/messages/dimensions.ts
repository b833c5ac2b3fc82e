import { catalogueByLocale } from "@milepael/core/lite";

/** The names of a follow-up's dimensions (initiative, section, committee, centre, kind, status,
 * round) and its kinds: the milestone table, the charts and the elements share them. */
export const dimensionWords = /* @__PURE__ */ catalogueByLocale({
  initiative: { da: "Indsats", en: "Initiative" },
  section: { da: "Afsnit", en: "Section" },
  committee: { da: "Ansvarligt udvalg", en: "Responsible committee" },
  centre: { da: "Ansvarligt center", en: "Responsible centre" },
  kind: { da: "Art", en: "Kind" },
  status: { da: "Status", en: "Status" },
  round: { da: "Opfølgning", en: "Follow-up" },
  kinds: {
    da: {
      drift: "Drift",
      anlaeg: "Anlæg",
      "drift-og-anlaeg": "Drift og anlæg",
      "oevrig-finansiering": "Øvrig finansiering",
    },
    en: {
      drift: "Operations",
      anlaeg: "Construction",
      "drift-og-anlaeg": "Operations and construction",
      "oevrig-finansiering": "Other financing",
    },
  },
});
