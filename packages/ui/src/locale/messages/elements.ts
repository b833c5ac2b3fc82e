import { catalogueByLocale, type Locale } from "@milepael/core/lite";

/** The custom elements' words: loading, errors and the document types. */
export const elementWords = /* @__PURE__ */ catalogueByLocale({
  // The custom elements' states
  loading: { da: "Henter …", en: "Loading …" },
  documentError: {
    da: (reason: string) => `Kunne ikke vise dokumentet: ${reason}`,
    en: (reason: string) => `Could not show the document: ${reason}`,
  },
  fetchFailed: {
    da: (status?: number) =>
      status === undefined
        ? "Dokumentet kunne ikke hentes. Tjek adressen og forbindelsen, og om serveren tillader at hente det herfra."
        : `Dokumentet kunne ikke hentes (HTTP-status ${status}).`,
    en: (status?: number) =>
      status === undefined
        ? "The document could not be fetched. Check the address and the connection, and whether the server allows fetching it from here."
        : `The document could not be fetched (HTTP status ${status}).`,
  },
  wrongDocumentType: {
    da: (expected: string, received: string) => `Elementet viser ${expected}, men dokumentet er ${received}.`,
    en: (expected: string, received: string) =>
      `The element shows ${expected}, but the document is ${received}.`,
  },
  documentTypes: {
    da: {
      plan: "en plan",
      "budget-follow-up": "en budgetopfølgning",
      meetings: "referater og dagsordener",
    } as Record<string, string>,
    en: {
      plan: "a plan",
      "budget-follow-up": "a budget follow-up",
      meetings: "minutes and agendas",
    } as Record<string, string>,
  },
});

/** The custom elements' words in one locale. */
export type ElementMessages = (typeof elementWords)["da"];

/**
 * The custom elements' own words (loading, errors, document types).
 *
 * @example
 * elementMessages("en").loading; // "Loading …"
 */
export function elementMessages(locale: Locale): ElementMessages {
  return elementWords[locale];
}
