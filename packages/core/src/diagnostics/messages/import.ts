import { statusWord } from "../../status/vocabulary";
import {
  dateNotUnderstoodDa,
  dateNotUnderstoodEn,
  documentDateNotReadDa,
  documentDateNotReadEn,
} from "./dateNotUnderstood";
import { economyRowsMergedDa, economyRowsMergedEn } from "./economyRowsMerged";
import { type DanishMessages, type EnglishMessages, n, p, select, type Value } from "./format";
import { inputTooLargeDa, inputTooLargeEn } from "./inputSize";
import { binaryName, encodingName, type NormalizedCountParams, normalizedList } from "./names";
import type { officeFilesDa } from "./officeFiles";

// The importers: text, CSV, Word and PDF; what they read, guessed, refused or lost.
export const importDa = {
  "import.empty-input": () => "Filen er tom.",
  "import.input-too-large": inputTooLargeDa,
  "import.internal-error": (v: { detail: Value }) =>
    `Indlæsningen stødte på en uventet fejl: ${p(v, "detail")}. Det, der var læst, er bevaret.`,
  "import.unknown-format": () =>
    "Formatet kunne ikke genkendes. Angiv det: budgetopfølgning, plan, referater og dagsordener, CSV eller JSON.",
  "import.no-title": () => 'Dokumentet har ingen titel; det har fået titlen "Uden titel".',
  "import.year-inferred": (v: { year: Value; source: Value }) =>
    `Datoer uden år er læst som ${p(v, "year")} (${p(v, "source")}).`,
  "import.unrecognized-line": () => "Linjen kunne ikke placeres i dokumentet; teksten er vist her.",
  "import.row-outside-initiative": () => "Rækken står før den første indsats og kunne ikke placeres.",
  "import.unknown-kind": (v: { text: Value }) =>
    `Ukendt art "${p(v, "text")}"; forventede drift, anlæg, drift og anlæg eller øvrig finansiering.`,
  "import.unknown-smiley": (v: { symbol: Value }) =>
    `Ukendt smiley "${p(v, "symbol")}"; vurderingen er sat til ikke vurderet.`,
  // `symbol`: the sad face as the document wrote it, for the host; the message shows it as ☹
  "import.smiley-guessed": (v: { symbol: Value; chosen: Value }) =>
    `Smileyen ☹ har mistet sin farve (den bruges til både gul og rød); den er læst som ${p(v, "chosen") === "red" ? "rød" : "gul"}.`,
  "import.round-cut-off-assumed": (v: { round: Value; cutOff: Value }) =>
    `Dokumentet angiver ingen skæringsdato for ${p(v, "round")}; ${p(v, "cutOff")} er antaget.`,
  "import.round-cut-off-unknown": (v: { round: Value; cutOff?: Value }) =>
    v.cutOff === undefined
      ? `Opfølgningen "${p(v, "round")}" har ingen kendt skæringsdato, og året kendes ikke; den er ikke med blandt dokumentets opfølgninger.`
      : `Opfølgningen "${p(v, "round")}" har ingen kendt skæringsdato; årets udgang ${p(v, "cutOff")} er brugt.`,
  // CSV rich text (wt-html): the column, where the importer knows it
  "import.html-removed": (v: { elements: Value; column?: Value }) =>
    `Indhold, der ikke er tekst, er fjernet fra cellen${v.column === undefined ? "" : ` i kolonnen "${p(v, "column")}"`}: ${p(v, "elements")}. Cellens tekst er bevaret, undtagen hvad der stod inde i kode og indlejret indhold (script, iframe, object o.l.).`,
  "import.note-split": (v: { text: Value }) =>
    `Teksten "${p(v, "text")}" er læst som en note, ikke som en væsentlig bidragsyder.`,
  "import.list-items-split": () =>
    "Punkterne i en liste uden punkttegn er adskilt ud fra store bogstaver; kontrollér dem.",
  "import.header-repeated": () =>
    "Tabellens overskriftsrække står her igen (som Word gentager den på hver side) og er ikke læst som en aktivitet.",
  // A plan's paper read back: the headings milepael's Word export sets around its text and table.
  "import.paper-heading": (v: { heading: Value }) =>
    `Overskriften "${p(v, "heading")}" er læst som overskriften milepaels eget papir sætter (i Word eller PDF), ikke som tekst i indledningen.`,
  "import.row-joined": () =>
    "Rækken uden dato er læst som resten af rækken ovenfor (som når et sideskift deler en række); er den en aktivitet for sig, så giv den en dato.",
  "import.date-not-understood": dateNotUnderstoodDa,
  "import.document-date-not-read": documentDateNotReadDa,
  "import.activity-without-date": () => "Aktiviteten har ingen dato.",
  "import.no-table": () =>
    "Der blev ikke fundet nogen tabel med aktiviteter (en række med kolonner som Dato og Aktivitet).",
  "import.missing-column": (v: { column: Value }) => `Kolonnen ${p(v, "column")} mangler.`,
  "import.unknown-column": (v: { column: Value }) =>
    `Kolonnen "${p(v, "column")}" kendes ikke og er lagt i aktivitetens tags.`,
  "import.unclosed-quote": () => "Et citationstegn lukkes aldrig; resten af filen er læst som ét felt.",
  "import.extra-cells": (v: { count: Value }) =>
    `Rækken har ${p(v, "count")} celler flere end overskriften; de er lagt i beskrivelsen.`,
  "import.invalid-value": (v: { value: Value; column: Value }) =>
    `Værdien "${p(v, "value")}" i kolonnen ${p(v, "column")} er ugyldig.`,
  // `count` when a row's cells under several unknown columns are reported at once (`reportUnreadCells`).
  "import.cell-ignored": (v: { column: Value; count?: number }) =>
    (v.count ?? 1) > 1
      ? `${n(v, "count", "da")} celler i kolonner, der ikke kendes (${p(v, "column")}), er ikke læst; teksten er vist her.`
      : `Kolonnen "${p(v, "column")}" kendes ikke, så cellen er ikke læst; teksten er vist her.`,
  "import.row-without-initiative": () =>
    "Rækken har en milepæl, men hverken id eller indsats, og kunne ikke placeres; teksten er vist her.",
  "import.milestone-without-round": () =>
    "Milepælen har ingen runde og kunne ikke placeres; teksten er vist her.",
  // Nothing silently lost (issue #15)
  "import.binary-file": (v: { kind: Value }) =>
    `Filen er ikke tekst, men en binær fil (${binaryName(p(v, "kind"), "da")}). Gem den som tekst (.txt) eller CSV, eller vælg en anden fil.`,
  "import.text-encoding": (v: { encoding: Value; bom: Value }) =>
    p(v, "encoding") === "windows-1252"
      ? "Filen er ikke gyldig UTF-8 og er læst som Windows-1252 (tegnsættet, dansk Excel og Word gemmer tekst i)."
      : `Filen er læst som ${encodingName(p(v, "encoding"))}${p(v, "bom") === "yes" ? " (med byte order mark)" : ""}.`,
  "import.text-normalized": (v: NormalizedCountParams) =>
    `Usynlige tegn er rettet før læsningen: ${normalizedList(v, "da")}.`,
  "import.columns-recovered": (v: { count: number }) =>
    `Filen har ingen tabulatorer; kolonner adskilt af flere mellemrum er læst som kolonner (${n(v, "count", "da")} linjer).`,
  "import.nothing-understood": select("kind", {
    initiatives: "Der blev ikke fundet nogen indsatser; filen er ikke læst som en budgetopfølgning.",
    "dated-activities":
      "Teksten har hverken en titel eller en eneste dato, der blev forstået; den er ikke læst som en plan.",
    other: "Der blev ikke fundet nogen aktiviteter; filen er ikke læst som en plan.",
  }),
  "import.no-milestones": () => "Ingen indsats har milepæle; dokumentet har ingen opfølgninger.",
  "import.no-economy": () => "Ingen indsats har en økonomilinje.",
  "import.wingdings-smiley": (v: { letter: Value; symbol: Value }) =>
    `Bogstavet "${p(v, "letter")}" er en smiley fra skrifttypen Wingdings, som gik tabt ved kopieringen; den er læst som ${p(v, "symbol")}.`,
  "import.duplicate-rows": (v: { first: Value; count: number }) =>
    `Rækken er en nøjagtig kopi af linje ${p(v, "first")} (${n(v, "count", "da")} ${p(v, "count") === "1" ? "kopi" : "kopier"} i alt). Kopierne er læst med; slet dem, hvis de er en fejl.`,
  "import.csv-header-repeated": () =>
    "Tabellens overskriftsrække står her igen (fx to ark sat sammen) og er ikke læst som en række.",
  "import.file-type-not-accepted": (v: { name: Value; accepted: Value }) =>
    `Filen "${p(v, "name")}" er ikke af en type, der kan læses her (${p(v, "accepted")}).`,
  // Round trips of milepael's own CSV (wt-exports)
  "import.date-columns-disagree": (v: { start: Value; end: Value; text: Value }) =>
    `Start og Slut (${p(v, "start") || "tom"} – ${p(v, "end") || "tom"}) passer ikke med datoen "${p(v, "text")}" i noget år; datoen er læst af teksten.`,
  // Word (.docx) and PDF files (issue #17); what they say of the file itself is in officeFiles.ts
  "import.smiley-read": (v: { status: Value; source: Value }) =>
    `Smiley læst som ${statusWord(p(v, "status"), "da")} ud fra ${p(v, "source")}.`,
  // Hardening: input that would freeze or crash a reader (issue #15)
  "import.markup-too-deep": (v: { depth: Value }) =>
    `Formateringen i cellen er indlejret mere end ${p(v, "depth")} niveauer; det dybere indhold er bevaret som tekst.`,
  "import.cell-too-long": (v: { length: number; limit: number }) =>
    `Cellen er for lang (${n(v, "length", "da")} tegn; grænsen er ${n(v, "limit", "da")}); den er bevaret som ren tekst uden formatering.`,
  // A follow-up CSV's repeated cells that differ between an initiative's rows
  // CSV rich text (wt-html): the value not kept named, and a tie goes to the first row
  "import.repeated-cell-differs": (v: {
    column: Value;
    first: Value;
    firstLine: Value;
    value: Value;
    kept: Value;
    notKept: Value;
  }) =>
    `Kolonnen "${p(v, "column")}" siger "${p(v, "value")}" her, men "${p(v, "first")}" på linje ${p(v, "firstLine")}, indsatsens første række med en værdi. "${p(v, "kept")}" er brugt, "${p(v, "notKept")}" er ikke. En rettelse i Excel rammer som regel én række, så den værdi, færrest rækker har, er brugt; har flere værdier lige mange rækker, den, der står først (af to rækker den første, som åbner indsatsen). Ret de andre rækker, hvis det er forkert.`,
  // follow-up text hardening
  "import.economy-rows-merged": economyRowsMergedDa,
  // A header row with very many unknown columns: one finding, not one per column
  "import.unknown-columns": (v: { count: Value }) =>
    `${p(v, "count")} kolonner i overskriften kendes ikke og er lagt i aktiviteternes tags; navnene er vist her.`,
  // follow-up text: the text before the first section (a note, the reading guide)
  "import.preamble-ignored": () =>
    "Teksten før det første afsnit indgår ikke i dokumentet; den er vist her. Kontrollér, om den ændrer, hvordan opfølgningen skal læses (fx hvad en smiley betyder).",
  "import.reading-guide-standard": () =>
    "Her begynder dokumentets læsevejledning, og den er den almindelige (smileys på indsats og økonomi). Den er ikke gemt som tekst, for dens regler er milepaels standard; tekst i den, der afviger, er meldt for sig.",
  "import.id-in-two-sections": (v: { id: Value; section: Value; kept: Value }) =>
    `Id'et "${p(v, "id")}" står også under afsnittet "${p(v, "section")}"; rækken er læst som en anden indsats med id'et "${p(v, "kept")}". Ret afsnittet, hvis det er den samme indsats.`,
  // CSV rich text (wt-html): a plan CSV's Start or Slut cell that is no day
  "import.day-column-invalid": (v: { column: Value; value: Value; text: Value }) =>
    `Kolonnen "${p(v, "column")}" skal have en dag som 2017-05-08, 08-05-2017 eller 8.5.2017, men har "${p(v, "value")}"; datoen er læst af teksten "${p(v, "text")}".`,
  "import.date-from-day-columns": (v: { text: Value; start: Value; end?: Value }) =>
    `Datoen er tom, så den er læst af ${v.end === undefined ? `kolonnen ${p(v, "start")}` : `kolonnerne ${p(v, "start")} og ${p(v, "end")}`} og skrevet som "${p(v, "text")}".`,
} satisfies Omit<DanishMessages<"import">, keyof typeof officeFilesDa>;

export const importEn: EnglishMessages<typeof importDa> = {
  "import.empty-input": () => "The file is empty.",
  "import.input-too-large": inputTooLargeEn,
  "import.internal-error": (v) => `Import met an unexpected error: ${p(v, "detail")}. What was read is kept.`,
  "import.unknown-format": () =>
    "The format was not recognised. Name it: follow-up, plan, minutes and agendas, CSV or JSON.",
  "import.no-title": () => 'The document has no title; it is called "Uden titel" (untitled).',
  "import.year-inferred": (v) => `Dates without a year are read as ${p(v, "year")} (${p(v, "source")}).`,
  "import.unrecognized-line": () => "The line could not be placed in the document; its text is shown here.",
  "import.row-outside-initiative": () => "The row comes before the first initiative and could not be placed.",
  "import.unknown-kind": (v) =>
    `Unknown kind "${p(v, "text")}"; expected drift, anlæg, drift og anlæg or øvrig finansiering.`,
  "import.unknown-smiley": (v) =>
    `Unknown smiley "${p(v, "symbol")}"; the assessment is set to not assessed.`,
  "import.smiley-guessed": (v) =>
    `The smiley ☹ lost its colour (it is used for both yellow and red); it is read as ${p(v, "chosen")}.`,
  "import.round-cut-off-assumed": (v) =>
    `The document gives no cut-off for ${p(v, "round")}; ${p(v, "cutOff")} is assumed.`,
  "import.round-cut-off-unknown": (v) =>
    v.cutOff === undefined
      ? `The round "${p(v, "round")}" has no known cut-off and the year is unknown; it is left out of the document's rounds.`
      : `The round "${p(v, "round")}" has no known cut-off; the year end ${p(v, "cutOff")} is used.`,
  // CSV rich text (wt-html): the column, where the importer knows it
  "import.html-removed": (v) =>
    `Content that is not text was removed from the cell${v.column === undefined ? "" : ` in the column "${p(v, "column")}"`}: ${p(v, "elements")}. The cell's text is kept, except what stood inside code and embedded content (script, iframe, object and the like).`,
  "import.note-split": (v) => `The text "${p(v, "text")}" is read as a note, not as a key contributor.`,
  "import.list-items-split": () =>
    "The items of a list without bullets were told apart by capital letters; check them.",
  "import.header-repeated": () =>
    "The table's header row stands here again (as Word repeats it on each page) and was not read as an activity.",
  // A plan's paper read back: the headings milepael's Word export sets around its text and table.
  "import.paper-heading": (v) =>
    `The heading "${p(v, "heading")}" was read as the heading milepael's own paper sets (in Word or PDF), not as text of the introduction.`,
  "import.row-joined": () =>
    "The row without a date was read as the rest of the row above (as when a page break splits a row); if it is an activity of its own, give it a date.",
  "import.date-not-understood": dateNotUnderstoodEn,
  "import.document-date-not-read": documentDateNotReadEn,
  "import.activity-without-date": () => "The activity has no date.",
  "import.no-table": () =>
    "No table of activities was found (a row with columns such as Dato and Aktivitet).",
  "import.missing-column": (v) => `The column ${p(v, "column")} is missing.`,
  "import.unknown-column": (v) =>
    `The column "${p(v, "column")}" is not known and went into the activity's tags.`,
  "import.unclosed-quote": () =>
    "A quotation mark is never closed; the rest of the file was read as one field.",
  "import.extra-cells": (v) =>
    `The row has ${p(v, "count")} more cells than the header; they went into the description.`,
  "import.invalid-value": (v) => `The value "${p(v, "value")}" in column ${p(v, "column")} is not valid.`,
  "import.cell-ignored": (v) =>
    (v.count ?? 1) > 1
      ? `${n(v, "count", "en")} cells in columns that are not known (${p(v, "column")}) were not read; their text is shown here.`
      : `The column "${p(v, "column")}" is not known, so the cell was not read; its text is shown here.`,
  "import.row-without-initiative": () =>
    "The row has a milestone but neither an id nor an initiative and could not be placed; its text is shown here.",
  "import.milestone-without-round": () =>
    "The milestone has no round and could not be placed; its text is shown here.",
  // Nothing silently lost (issue #15)
  "import.binary-file": (v) =>
    `The file is not text but a binary file (${binaryName(p(v, "kind"), "en")}). Save it as text (.txt) or CSV, or choose another file.`,
  "import.text-encoding": (v) =>
    p(v, "encoding") === "windows-1252"
      ? "The file is not valid UTF-8 and was read as Windows-1252 (the character set Danish Excel and Word save text in)."
      : `The file was read as ${encodingName(p(v, "encoding"))}${p(v, "bom") === "yes" ? " (with a byte order mark)" : ""}.`,
  "import.text-normalized": (v) =>
    `Invisible characters were corrected before reading: ${normalizedList(v, "en")}.`,
  "import.columns-recovered": (v) =>
    `The file has no tabs; columns separated by several spaces were read as columns (${n(v, "count", "en")} lines).`,
  "import.nothing-understood": select("kind", {
    initiatives: "No initiatives were found; the file was not read as a budget follow-up.",
    "dated-activities": "Neither a title nor a date was understood; the text was not read as a plan.",
    other: "No activities were found; the file was not read as a plan.",
  }),
  "import.no-milestones": () => "No initiative has milestones; the document has no rounds.",
  "import.no-economy": () => "No initiative has an economy line.",
  "import.wingdings-smiley": (v) =>
    `The letter "${p(v, "letter")}" is a smiley in the Wingdings font, lost in copying; it is read as ${p(v, "symbol")}.`,
  "import.duplicate-rows": (v) =>
    `The row is an exact copy of line ${p(v, "first")} (${n(v, "count", "en")} ${p(v, "count") === "1" ? "copy" : "copies"} in all). The copies were read too; delete them if they are a mistake.`,
  "import.csv-header-repeated": () =>
    "The table's header row stands here again (two sheets pasted together, say) and was not read as a row.",
  "import.file-type-not-accepted": (v) =>
    `The file "${p(v, "name")}" is not of a type that can be read here (${p(v, "accepted")}).`,
  // Round trips of milepael's own CSV (wt-exports)
  "import.date-columns-disagree": (v) =>
    `Start and End (${p(v, "start") || "empty"} – ${p(v, "end") || "empty"}) do not match the date "${p(v, "text")}" in any year; the date is read from the text.`,
  // Word (.docx) and PDF files (issue #17); what they say of the file itself is in officeFiles.ts
  "import.smiley-read": (v) => `Smiley read as ${statusWord(p(v, "status"), "en")} from ${p(v, "source")}.`,
  // Hardening: input that would freeze or crash a reader (issue #15)
  "import.markup-too-deep": (v) =>
    `The formatting in the cell nests more than ${p(v, "depth")} levels deep; the deeper content is kept as text.`,
  "import.cell-too-long": (v) =>
    `The cell is too long (${n(v, "length", "en")} characters; the limit is ${n(v, "limit", "en")}); it is kept as plain text without formatting.`,
  // A follow-up CSV's repeated cells that differ between an initiative's rows
  // CSV rich text (wt-html): the value not kept named, and a tie goes to the first row
  "import.repeated-cell-differs": (v) =>
    `The column "${p(v, "column")}" says "${p(v, "value")}" here but "${p(v, "first")}" on line ${p(v, "firstLine")}, the initiative's first row with a value. "${p(v, "kept")}" is used, "${p(v, "notKept")}" is not. An edit in Excel usually touches one row, so the value the fewest rows carry is used; when values tie, the one that comes first (of two rows, the first, which opens the initiative). Correct the other rows if that is wrong.`,
  // follow-up text hardening
  "import.economy-rows-merged": economyRowsMergedEn,
  // A header row with very many unknown columns: one finding, not one per column
  "import.unknown-columns": (v) =>
    `${p(v, "count")} columns in the header are not known and went into the activities' tags; their names are shown here.`,
  // follow-up text: the text before the first section (a note, the reading guide)
  "import.preamble-ignored": () =>
    "The text before the first section is not part of the document; it is shown here. Check whether it changes how the follow-up is to be read (e.g. what a smiley means).",
  "import.reading-guide-standard": () =>
    "The document's reading guide starts here, and it is the standard one (smileys for initiatives and economy). It is not kept as text, since its rules are milepael's default; text in it that differs is reported on its own.",
  "import.id-in-two-sections": (v) =>
    `The id "${p(v, "id")}" also stands under the section "${p(v, "section")}"; this row is read as another initiative with the id "${p(v, "kept")}". Correct the section if it is the same initiative.`,
  // CSV rich text (wt-html): a plan CSV's Start or Slut cell that is no day
  "import.day-column-invalid": (v) =>
    `The column "${p(v, "column")}" should hold a day such as 2017-05-08, 08-05-2017 or 8.5.2017, but holds "${p(v, "value")}"; the date is read from the text "${p(v, "text")}".`,
  "import.date-from-day-columns": (v) =>
    `The date is empty, so it was read from ${v.end === undefined ? `the column ${p(v, "start")}` : `the columns ${p(v, "start")} and ${p(v, "end")}`} and written as "${p(v, "text")}".`,
};
