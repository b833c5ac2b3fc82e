import { intlLocale, type Locale } from "@milepael/core";

// The CLI's own sentences, Danish and English, keyed by name: usage errors, file errors, help. Findings
// about documents come from core's diagnostics catalogue; each command's one-line summary sits with
// the command. Add a sentence to both languages (the English catalogue is typed by the Danish one).

const size = (value: number, locale: Locale) => value.toLocaleString(intlLocale(locale));

const da = {
  help: (v: { version: string; list: string }) =>
    `milepael ${v.version}: kommunale planer og budgetopfølgninger som data

Brug:
  milepael <kommando> [valg]
  milepael <kommando> --help

Kommandoer:
${v.list}

Valg:
  -h, --help       vis hjælp
  -v, --version    vis versionen
  --lang da|en     sprog for meddelelser (standard: da, eller LANG)
  --max-size N     den største fil, i tegn, milepael læser og skriver (standard: 32M);
                   k og M betyder 1024 og 1024², f.eks. 64M. Samme grænse begge veje,
                   så milepael altid kan læse det, den selv har skrevet
`,
  "max-size-invalid": () => "--max-size skal være et positivt helt tal, evt. med k eller M (f.eks. 64M)",
  "lang-invalid": (v: { value: string }) =>
    v.value === ""
      ? "--lang skal efterfølges af da eller en"
      : `--lang skal være da eller en, ikke "${v.value}"`,
  "unknown-command": (v: { name: string }) => `ukendt kommando "${v.name}". Se milepael --help.`,
  "one-file": () => "angiv præcis én fil",
  "one-text": () => "angiv præcis én tekst",
  "today-format": () => "--today skal være en dato som ÅÅÅÅ-MM-DD",
  "year-invalid": (v: { year: string }) => `--year skal være et årstal, ikke "${v.year}"`,
  "unknown-format": (v: { format: string }) => `ukendt format "${v.format}"`,
  /** The values of --format that fit the file: a Word or PDF file is never CSV or JSON. */
  "format-hint": (v: { file: "office" | "text" }): string =>
    v.file === "office"
      ? "en Word- eller PDF-fil læses med --format followup, plan eller meetings, eller uden --format"
      : "angiv formatet med --format followup (budgetopfølgning), plan, meetings (referater og dagsordener), csv eller json",
  "sad-face-invalid": () => "--sad-face skal være red eller yellow",
  "diagnostics-format-invalid": () => "--diagnostics-format skal være text eller json",
  valid: (v: { type: string; title: string }) => `gyldigt (${v.type}, "${v.title}")`,
  "output-too-large": (v: { where: string; length: number; limit: number }) =>
    `${v.where}: resultatet er på ${size(v.length, "da")} tegn, over grænsen på ${size(v.limit, "da")}, så milepael ikke kunne læse det igen; hæv grænsen med --max-size (også når det læses)`,
  "cannot-write": (v: { file: string; reason: string }) => `${v.file}: kan ikke skrive: ${v.reason}`,
  "output-is-input": (v: { file: string }) =>
    `${v.file}: -o er den fil, der læses; vælg en anden fil, så den ikke overskrives`,
  "raise-max-size": () => "hæv grænsen med --max-size, f.eks. --max-size 64M",
  // Why a file could not be read or written: Node's error codes in words, any other as "file-error"
  "file-error": (v: { code: string }) => `fejl ${v.code}`,
  "file-error.ENOENT": () => "filen eller mappen findes ikke",
  "file-error.EACCES": () => "adgang nægtet",
  "file-error.EPERM": () => "handlingen er ikke tilladt",
  "file-error.EISDIR": () => "det er en mappe, ikke en fil",
  "file-error.ENOTDIR": () => "en del af stien er ikke en mappe",
  "file-error.ENOSPC": () => "der er ikke mere plads på disken",
  "file-error.EROFS": () => "filsystemet er skrivebeskyttet",
  "file-error.EEXIST": () => "filen findes allerede",
  "file-error.EMFILE": () => "for mange åbne filer",
  "file-error.ENAMETOOLONG": () => "navnet er for langt",
  "format-invalid": () => "--format skal være csv, ics eller json",
  "delimiter-invalid": () => '--delimiter skal være ";" eller ","',
  "layout-invalid": () => "--layout skal være milestones eller overview",
  "ics-plans-only": () => "iCalendar kan kun skrives for planer og møder",
  "not-in-calendar": () => "info: uden tidsrum, ikke i kalenderen",
  "by-invalid": (v: { dimensions: string }) => `--by skal være en af ${v.dimensions}`,
  "unknown-round": (v: { round: string; known: string }) =>
    `ukendt opfølgning "${v.round}"; kendte: ${v.known}`,
  "unknown-section": (v: { section: string; known: string }) =>
    `ukendt afsnit "${v.section}"; kendte: ${v.known}`,
  "selection-follow-up-only": () => "--round og --section gælder kun budgetopfølgninger",
  // Summary tables: headers and row names
  "summary.round": () => "Opfølgning",
  "summary.total": () => "I alt",
  "summary.none": () => "(ingen)",
  "summary.economy": () => "Økonomi",
  "summary.activities": () => "Aktiviteter",
  "summary.dated": () => "Med dato",
  "summary.ongoing": () => "Løbende",
  "summary.undated": () => "Uden dato",
  "summary.tracks": () => "Spor",
  "summary.period": () => "Periode",
  "summary.body": () => "Udvalg",
  "summary.year": () => "År",
  "summary.minutes": () => "Referater",
  "summary.agendas": () => "Dagsordener",
  "summary.items": () => "Punkter",
  "summary.related": (v: { count: string }) => `Relaterede dokumenter: ${v.count}`,
  // Assessing a round
  "who-missing": () => "angiv hvem med --by (eller sæt MILEPAEL_USER)",
  "not-follow-up": () => "fejl: dokumentet er ikke en budgetopfølgning",
  "option-missing": (v: { name: string }) => `${v.name} mangler`,
  "milestone-from-one": () => "--milestone tæller fra 1",
  unchanged: () => "uændret (samme status og note)",
  "target-economy": () => "økonomi",
  "target-milestone": (v: { number: number }) => `milepæl ${v.number}`,
  published: (v: { round: string }) => `${v.round} er offentliggjort`,
  "kind-invalid": () => "--kind skal være follow-up, half-year eller year-end",
  "round-open": (v: { round: string }) => `${v.round} er åben for vurdering`,
  reopened: (v: { round: string }) => `${v.round} er genåbnet`,
  "status-invalid": () => "--status skal være green, yellow, red eller not-assessed",
  "milestone-ambiguous": (v: { milestone: string; count: number }) =>
    `--milestone ${v.milestone}: angiv milepælens nummer (indsatsen har ${v.count} milepæle til den opfølgning)`,
  "milestone-unknown": (v: { milestone: string }) =>
    `--milestone ${v.milestone}: hverken et milepælsnummer (1, 2, …), en opfølgnings id eller navn eller economy`,
  // Committee papers (report)
  "report-format-invalid": () => "--format skal være pdf, html eller docx",
  "report-needs-output": (v: { format: string }) => `--format ${v.format} skriver en fil: angiv -o UD`,
  "pdf-needs-chromium": (v: { what: string }) =>
    `PDF kræver Chromium og pakken playwright-core: ${v.what}. Installér Chromium (Debian: apt-get install chromium) eller sæt CHROMIUM_PATH, eller brug --format html og udskriv fra en browser.`,
  "chromium-not-found": (v: { path: string }) => `${v.path} findes ikke`,
  "playwright-missing": () => "playwright-core er ikke installeret",
};

type Catalogue = typeof da;

const en: Catalogue = {
  help: (v) =>
    `milepael ${v.version}: municipal plans and budget follow-ups as data

Usage:
  milepael <command> [options]
  milepael <command> --help

Commands:
${v.list}

Options:
  -h, --help       show help
  -v, --version    show the version
  --lang da|en     language of messages (default: da, or LANG)
  --max-size N     the largest file, in characters, milepael reads and writes (default: 32M);
                   k and M mean 1024 and 1024², e.g. 64M. One limit both ways, so that
                   milepael can always read what it wrote itself
`,
  "max-size-invalid": () => "--max-size must be a positive whole number, optionally with k or M (e.g. 64M)",
  "lang-invalid": (v) =>
    v.value === "" ? "--lang must be followed by da or en" : `--lang must be da or en, not "${v.value}"`,
  "unknown-command": (v) => `unknown command "${v.name}". See milepael --help.`,
  "one-file": () => "give exactly one file",
  "one-text": () => "give exactly one text",
  "today-format": () => "--today must be a date as YYYY-MM-DD",
  "year-invalid": (v) => `--year must be a year, not "${v.year}"`,
  "unknown-format": (v) => `unknown format "${v.format}"`,
  "format-hint": (v) =>
    v.file === "office"
      ? "a Word or PDF file is read with --format followup, plan or meetings, or without --format"
      : "name the format with --format followup (budget follow-up), plan, meetings (minutes and agendas), csv or json",
  "sad-face-invalid": () => "--sad-face must be red or yellow",
  "diagnostics-format-invalid": () => "--diagnostics-format must be text or json",
  valid: (v) => `valid (${v.type}, "${v.title}")`,
  "output-too-large": (v) =>
    `${v.where}: the result has ${size(v.length, "en")} characters, over the limit of ${size(v.limit, "en")}, so milepael could not read it back; raise the limit with --max-size (also when reading it)`,
  "cannot-write": (v) => `${v.file}: cannot write: ${v.reason}`,
  "output-is-input": (v) =>
    `${v.file}: -o is the file being read; choose another file so it is not overwritten`,
  "raise-max-size": () => "raise the limit with --max-size, e.g. --max-size 64M",
  "file-error": (v) => `error ${v.code}`,
  "file-error.ENOENT": () => "no such file or folder",
  "file-error.EACCES": () => "permission denied",
  "file-error.EPERM": () => "operation not permitted",
  "file-error.EISDIR": () => "it is a folder, not a file",
  "file-error.ENOTDIR": () => "a part of the path is not a folder",
  "file-error.ENOSPC": () => "no space left on the disk",
  "file-error.EROFS": () => "the file system is read-only",
  "file-error.EEXIST": () => "the file already exists",
  "file-error.EMFILE": () => "too many open files",
  "file-error.ENAMETOOLONG": () => "the name is too long",
  "format-invalid": () => "--format must be csv, ics or json",
  "delimiter-invalid": () => '--delimiter must be ";" or ","',
  "layout-invalid": () => "--layout must be milestones or overview",
  "ics-plans-only": () => "iCalendar can only be written for plans and meetings",
  "not-in-calendar": () => "info: no interval, not in the calendar",
  "by-invalid": (v) => `--by must be one of ${v.dimensions}`,
  "unknown-round": (v) => `unknown round "${v.round}"; known: ${v.known}`,
  "unknown-section": (v) => `unknown section "${v.section}"; known: ${v.known}`,
  "selection-follow-up-only": () => "--round and --section apply to budget follow-ups only",
  "summary.round": () => "Round",
  "summary.total": () => "Total",
  "summary.none": () => "(none)",
  "summary.economy": () => "Economy",
  "summary.activities": () => "Activities",
  "summary.dated": () => "Dated",
  "summary.ongoing": () => "Ongoing",
  "summary.undated": () => "Undated",
  "summary.tracks": () => "Tracks",
  "summary.period": () => "Period",
  "summary.body": () => "Body",
  "summary.year": () => "Year",
  "summary.minutes": () => "Minutes",
  "summary.agendas": () => "Agendas",
  "summary.items": () => "Items",
  "summary.related": (v) => `Related documents: ${v.count}`,
  "who-missing": () => "say who with --by (or set MILEPAEL_USER)",
  "not-follow-up": () => "error: the document is not a budget follow-up",
  "option-missing": (v) => `${v.name} is missing`,
  "milestone-from-one": () => "--milestone counts from 1",
  unchanged: () => "unchanged (same status and note)",
  "target-economy": () => "economy",
  "target-milestone": (v) => `milestone ${v.number}`,
  published: (v) => `${v.round} is published`,
  "kind-invalid": () => "--kind must be follow-up, half-year or year-end",
  "round-open": (v) => `${v.round} is open for assessment`,
  reopened: (v) => `${v.round} is reopened`,
  "status-invalid": () => "--status must be green, yellow, red or not-assessed",
  "milestone-ambiguous": (v) =>
    `--milestone ${v.milestone}: give the milestone's number (the initiative has ${v.count} milestones at that round)`,
  "milestone-unknown": (v) =>
    `--milestone ${v.milestone}: neither a milestone number (1, 2, …), a round's id or label, nor economy`,
  // Committee papers (report)
  "report-format-invalid": () => "--format must be pdf, html or docx",
  "report-needs-output": (v) => `--format ${v.format} writes a file: give -o OUT`,
  "pdf-needs-chromium": (v) =>
    `PDF needs Chromium and the playwright-core package: ${v.what}. Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH, or use --format html and print from a browser.`,
  "chromium-not-found": (v) => `${v.path} not found`,
  "playwright-missing": () => "playwright-core is not installed",
};

/** The name of a sentence in the CLI's catalogue. */
export type CliMessage = keyof Catalogue;

/**
 * Whether the catalogue has a sentence of this name, for a name made at run time ("file-error.ENOENT").
 *
 * @example
 * hasCliMessage("file-error.ENOENT"); // true
 */
export function hasCliMessage(key: string): key is CliMessage {
  return Object.hasOwn(da, key);
}

/**
 * One of the CLI's sentences in a locale, with its values filled in (checked by the compiler).
 *
 * @example
 * cliMessage("en", "unknown-format", { format: "xlsx" }); // 'unknown format "xlsx"'
 */
export function cliMessage<K extends CliMessage>(
  locale: Locale,
  key: K,
  ...params: Parameters<Catalogue[K]>
): string {
  const message = (locale === "da" ? da : en)[key] as (...values: Parameters<Catalogue[K]>) => string;
  return message(...params);
}
