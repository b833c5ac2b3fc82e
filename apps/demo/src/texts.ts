import { type Diagnostic, formatDiagnostic, type Locale } from "@milepael/core";
import type { SourceError } from "./source/loadSource";

const formatters = {
  da: new Intl.NumberFormat("da-DK"),
  en: new Intl.NumberFormat("en-GB"),
} satisfies Record<Locale, Intl.NumberFormat>;

/**
 * A count as people in the locale write it: 10.000 in Danish, 10,000 in English.
 *
 * @example
 * formatNumber(10000, "da"); // "10.000"
 */
export const formatNumber = (value: number, locale: Locale) => formatters[locale].format(value);

/** The first error of a refused document, and how many more findings there are. */
function firstFinding(diagnostics: readonly Diagnostic[], locale: Locale, more: (count: string) => string) {
  const first = diagnostics.find((entry) => entry.level === "error") ?? diagnostics[0];
  if (!first) return "";
  const rest = diagnostics.length - 1;
  return formatDiagnostic(first, locale) + (rest > 0 ? ` ${more(formatNumber(rest, locale))}` : "");
}

const da = (value: number) => formatNumber(value, "da");
const en = (value: number) => formatNumber(value, "en");

export const texts = {
  da: {
    site: "Kommunens intranet",
    title: "milepael",
    lead: "Kommunale planer og budgetopfølgninger som data og widgets.",
    language: "Sprog",
    nav: {
      overview: "Oversigt",
      followup: "Budgetopfølgning",
      assess: "Vurdér",
      plans: "Planer",
      meetings: "Møder",
      import: "Importér",
      large: "Store data",
    },
    navLabel: "Sider",
    documents: "Indlæste dokumenter",
    open: "Åbn",
    plan: "Plan",
    followUp: "Budgetopfølgning",
    activities: (count: number) => `${da(count)} aktiviteter`,
    initiatives: (count: number) => `${da(count)} indsatser`,
    span: (from: string, to: string) => `${from} – ${to}`,
    round: "Opfølgning",
    showing: "Viser",
    history: "Historik for indsats",
    viewNote: {
      filtered: "Filtreret",
      all: "Alle indsatser, ingen filtre",
      statusAt: (status: string, round: string) => `status ${status} ved ${round}`,
      search: (query: string) => `søgning “${query}”`,
      attribute: { committee: "udvalg", centre: "center", kind: "art", economy: "økonomi" },
    },
    chooseInitiative: "Vælg en indsats",
    planChoice: "Plan",
    importTitle: "Importér et dokument",
    importLead:
      "Vælg eller træk en fil hertil: en budgetopfølgning eller plan som Word-dokument, PDF eller tekst, en CSV-fil fra Excel eller milepael-JSON. Filen læses i browseren og sendes ingen steder hen.",
    chooseFile: "Vælg fil",
    chooseFileButton: "Vælg en fil …",
    dropZone: "Indlæs en fil",
    dropHere: "eller træk en fil hertil",
    fileTypes: "Word (.docx), PDF, tekst (.txt), CSV, TSV eller milepael-JSON",
    orPaste: "Eller indsæt tekst",
    readText: "Læs teksten",
    understood: "Forstået",
    noDocument: "Teksten kunne ikke læses som et dokument.",
    keeping: "Gemmer i browseren …",
    kept: "Gemt i browseren: dokumentet er her også, når siden genindlæses.",
    keptInMemory:
      "Kun gemt i denne fane: browseren gemmer ikke data, så dokumentet forsvinder, når siden lukkes.",
    notKept: "Dokumentet kunne ikke gemmes i browseren.",
    diagnostics: "Bemærkninger",
    noDiagnostics: "Ingen bemærkninger: alt blev forstået.",
    line: "linje",
    level: { error: "Fejl", warning: "Advarsel", info: "Info" },
    export: "Hent som",
    largeTitle: "Store data",
    largeLead: "Genererede dokumenter, så man kan mærke farten: 10.000 indsatser og 5.000 aktiviteter.",
    loading: "Henter dokumentet …",
    loadError: (url: string, reason: string) => `Dokumentet fra ${url} kunne ikke hentes: ${reason}`,
    loaded: (title: string, origin: string) => `Hentet: ${title} (fra ${origin})`,
    fetchedFrom: "Hentet fra",
    sourceError: (error: SourceError): string => {
      switch (error.kind) {
        case "invalid-url":
          return "Adressen er ikke en gyldig URL.";
        case "scheme":
          return `Adresser af typen "${error.scheme}:" hentes ikke; brug http eller https.`;
        case "origin":
          return `${error.origin} er ikke en tilladt kilde. Værtssiden kan tillade den (se demoens README).`;
        case "redirect":
          return `Adressen viderestillede til ${error.origin}, som ikke er en tilladt kilde.`;
        case "timeout":
          return `Serveren svarede ikke inden for ${da(error.seconds)} ${error.seconds === 1 ? "sekund" : "sekunder"}.`;
        case "http":
          return `Serveren svarede med fejl (HTTP ${error.status}).`;
        case "network":
          return "Serveren kunne ikke nås. Tjek adressen og forbindelsen.";
        case "too-large":
          return `Dokumentet er større end grænsen på ${da(error.limit)} byte.`;
        case "document":
          return firstFinding(error.diagnostics, "da", (count) => `(og ${count} bemærkninger mere)`);
        default:
          return error satisfies never;
      }
    },
    crashed: {
      page: "Siden kunne ikke vises på grund af en fejl.",
      widget: "Denne del af siden kunne ikke vises på grund af en fejl.",
    },
    crashedHelp: "Resten af siden virker stadig. Prøv igen, eller gå tilbage til oversigten.",
    tryAgain: "Prøv igen",
    backToOverview: "Tilbage til Oversigt",
    importStage: {
      decoding: "Læser filen …",
      pages: "Læser PDF-filen …",
      importing: "Fortolker teksten …",
      grouping: "Samler bemærkningerne …",
    },
    importPages: (read: number, of: number) => `Læser side ${da(read)} af ${da(of)} …`,
    importProgress: "Importens fremskridt",
    forExample: "(første eksempel)",
    largePreview: (count: number) =>
      `Dokumentet har ${da(count)} punkter; at vise dem alle kan gøre siden langsom.`,
    showPreview: "Vis dem alligevel",
    diagnosticGroups: (count: number, groups: number) => `${da(count)} bemærkninger af ${da(groups)} slags`,
    showMore: (count: number) => `Vis flere (${da(count)} mere)`,
    shownOf: (shown: number, total: number) => `Viser ${da(shown)} af ${da(total)}`,
    legend: "Sådan læses smileys",
    milestone: "Indsats (milepæle)",
    economy: "Økonomi",
    print: "Udskriv",
    // Committee papers (issue #21)
    paper: {
      word: "Hent som Word",
      pdf: "Hent som PDF",
      print: "Udskriv",
      pdfHint: "PDF: vælg »Gem som PDF« i udskriftsvinduet.",
      failed: "Word-filen kunne ikke laves. Prøv igen.",
    },
  },
  en: {
    site: "The municipal intranet",
    title: "milepael",
    lead: "Municipal plans and budget follow-ups as data and widgets.",
    language: "Language",
    nav: {
      overview: "Overview",
      followup: "Budget follow-up",
      assess: "Assess",
      plans: "Plans",
      meetings: "Meetings",
      import: "Import",
      large: "Large data",
    },
    navLabel: "Pages",
    documents: "Loaded documents",
    open: "Open",
    plan: "Plan",
    followUp: "Budget follow-up",
    activities: (count: number) => `${en(count)} activities`,
    initiatives: (count: number) => `${en(count)} initiatives`,
    span: (from: string, to: string) => `${from} – ${to}`,
    round: "Follow-up",
    showing: "Showing",
    history: "History of initiative",
    viewNote: {
      filtered: "Filtered",
      all: "All initiatives, no filters",
      statusAt: (status: string, round: string) => `status ${status} at ${round}`,
      search: (query: string) => `search “${query}”`,
      attribute: { committee: "committee", centre: "centre", kind: "kind", economy: "economy" },
    },
    chooseInitiative: "Choose an initiative",
    planChoice: "Plan",
    importTitle: "Import a document",
    importLead:
      "Choose or drop a file: a budget follow-up or plan as a Word document, PDF or text, a CSV file from Excel or milepael JSON. The file is read in the browser and sent nowhere.",
    chooseFile: "Choose file",
    chooseFileButton: "Choose a file …",
    dropZone: "Load a file",
    dropHere: "or drop a file here",
    fileTypes: "Word (.docx), PDF, text (.txt), CSV, TSV or milepael JSON",
    orPaste: "Or paste text",
    readText: "Read the text",
    understood: "Understood",
    noDocument: "The text could not be read as a document.",
    keeping: "Saving in the browser …",
    kept: "Saved in the browser: the document is still here when the page is reloaded.",
    keptInMemory:
      "Kept in this tab only: the browser stores no data, so the document is gone when the page closes.",
    notKept: "The document could not be saved in the browser.",
    diagnostics: "Findings",
    noDiagnostics: "No findings: everything was understood.",
    line: "line",
    level: { error: "Error", warning: "Warning", info: "Info" },
    export: "Download as",
    largeTitle: "Large data",
    largeLead: "Generated documents to feel the speed: 10,000 initiatives and 5,000 activities.",
    loading: "Fetching the document …",
    loadError: (url: string, reason: string) => `The document from ${url} could not be fetched: ${reason}`,
    loaded: (title: string, origin: string) => `Fetched: ${title} (from ${origin})`,
    fetchedFrom: "Fetched from",
    sourceError: (error: SourceError): string => {
      switch (error.kind) {
        case "invalid-url":
          return "The address is not a valid URL.";
        case "scheme":
          return `Addresses of the kind "${error.scheme}:" are not fetched; use http or https.`;
        case "origin":
          return `${error.origin} is not an allowed source. The host page can allow it (see the demo's README).`;
        case "redirect":
          return `The address redirected to ${error.origin}, which is not an allowed source.`;
        case "timeout":
          return `The server did not answer within ${en(error.seconds)} ${error.seconds === 1 ? "second" : "seconds"}.`;
        case "http":
          return `The server answered with an error (HTTP ${error.status}).`;
        case "network":
          return "The server could not be reached. Check the address and the connection.";
        case "too-large":
          return `The document is larger than the limit of ${en(error.limit)} bytes.`;
        case "document":
          return firstFinding(error.diagnostics, "en", (count) => `(and ${count} more findings)`);
        default:
          return error satisfies never;
      }
    },
    crashed: {
      page: "The page could not be shown because of an error.",
      widget: "This part of the page could not be shown because of an error.",
    },
    crashedHelp: "The rest of the page still works. Try again, or go back to the overview.",
    tryAgain: "Try again",
    backToOverview: "Back to Overview",
    importStage: {
      decoding: "Reading the file …",
      pages: "Reading the PDF …",
      importing: "Interpreting the text …",
      grouping: "Collecting the findings …",
    },
    importPages: (read: number, of: number) => `Reading page ${en(read)} of ${en(of)} …`,
    importProgress: "Import progress",
    forExample: "(first example)",
    largePreview: (count: number) =>
      `The document has ${en(count)} entries; showing them all can slow the page.`,
    showPreview: "Show them anyway",
    diagnosticGroups: (count: number, groups: number) => `${en(count)} findings of ${en(groups)} kinds`,
    showMore: (count: number) => `Show more (${en(count)} more)`,
    shownOf: (shown: number, total: number) => `Showing ${en(shown)} of ${en(total)}`,
    legend: "How to read the smileys",
    milestone: "Initiative (milestones)",
    economy: "Economy",
    print: "Print",
    // Committee papers (issue #21)
    paper: {
      word: "Download as Word",
      pdf: "Download as PDF",
      print: "Print",
      pdfHint: "PDF: choose “Save as PDF” in the print dialog.",
      failed: "The Word file could not be made. Try again.",
    },
  },
} satisfies Record<Locale, unknown>;

export type Texts = (typeof texts)["da"];
