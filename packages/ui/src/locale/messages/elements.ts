import type { Locale } from "@milepael/core/lite";

const danish = {
  // The custom elements' states
  loading: "Henter …",
  documentError: (reason: string) => `Kunne ikke vise dokumentet: ${reason}`,
  fetchFailed: (status?: number) =>
    status === undefined
      ? "Dokumentet kunne ikke hentes. Tjek adressen og forbindelsen, og om serveren tillader at hente det herfra."
      : `Dokumentet kunne ikke hentes (HTTP-status ${status}).`,
  webPage:
    "Adressen gav en webside, ikke et milepael-dokument (JSON). Tjek adressen: en side, der kræver login, og en fejlside svarer også sådan.",
  wrongDocumentType: (expected: string, received: string) =>
    `Elementet viser ${expected}, men dokumentet er ${received}.`,
  documentTypes: {
    plan: "en plan",
    "budget-follow-up": "en budgetopfølgning",
    meetings: "referater og dagsordener",
  } as Record<string, string>,
};

/** The custom elements' words: loading, errors and the document types. */
export const elementWords: Record<Locale, typeof danish> = {
  da: danish,
  en: {
    // The custom elements' states
    loading: "Loading …",
    documentError: (reason) => `Could not show the document: ${reason}`,
    fetchFailed: (status) =>
      status === undefined
        ? "The document could not be fetched. Check the address and the connection, and whether the server allows fetching it from here."
        : `The document could not be fetched (HTTP status ${status}).`,
    webPage:
      "The address gave a web page, not a milepael document (JSON). Check the address: a page that needs a login, and an error page, answer like this too.",
    wrongDocumentType: (expected, received) =>
      `The element shows ${expected}, but the document is ${received}.`,
    documentTypes: {
      plan: "a plan",
      "budget-follow-up": "a budget follow-up",
      meetings: "minutes and agendas",
    } as Record<string, string>,
  },
};

/**
 * The custom elements' own words (loading, errors, document types).
 *
 * @example
 * elementMessages("en").loading; // "Loading …"
 */
export function elementMessages(locale: Locale): typeof danish {
  return elementWords[locale];
}
