import { intlLocale, type Locale } from "../i18n/locale";
import { statusWord } from "../status/vocabulary";
import type { Diagnostic, DiagnosticCode, DiagnosticPath, SourceLocation } from "./diagnostic";

type Params = Record<string, string | number>;
type Message = (params: Params) => string;

const p = (params: Params, key: string): string => String(params[key] ?? "");
/** A count with the locale's thousands separator: "52.800.025" in Danish. */
const n = (params: Params, key: string, locale: Locale): string =>
  typeof params[key] === "number" ? params[key].toLocaleString(intlLocale(locale)) : p(params, key);

const catalogue: Record<Locale, Record<DiagnosticCode, Message>> = {
  da: {
    "schema.not-json": (v) => `Filen er ikke gyldig JSON: ${p(v, "detail")}`,
    "schema.invalid-type": (v) =>
      `Forventede ${typeName(p(v, "expected"), "da")}, men fandt ${typeName(p(v, "received"), "da")}.`,
    "schema.missing": (v) => `Feltet mangler (forventede ${typeName(p(v, "expected"), "da")}).`,
    "schema.invalid-value": (v) => `Ugyldig værdi ${p(v, "received")}; tilladt er: ${p(v, "expected")}.`,
    "schema.unknown-key": (v) => `Ukendt felt: ${p(v, "keys")}.`,
    "schema.too-small": (v) => `For kort eller for lille (mindst ${p(v, "minimum")}).`,
    "schema.too-big": (v) => `For langt eller for stort (højst ${p(v, "maximum")}).`,
    "schema.invalid-format": (v) => `Forkert format; forventede ${formatName(p(v, "format"), "da")}.`,
    "schema.invalid": (v) => `Ugyldig: ${p(v, "detail")}.`,
    "schema.unsupported-version": (v) =>
      `Skemaversion ${p(v, "version")} kendes ikke; denne version af milepael læser op til ${p(v, "supported")}.`,
    "schema.version-missing": (v) =>
      `Dokumentet angiver ingen skemaversion (schemaVersion); det er læst som version ${p(v, "assumed")}.`,
    "schema.upgraded": (v) =>
      `Dokumentet er skrevet med skemaversion ${p(v, "from")} og er opgraderet til ${p(v, "to")}; gem det igen for at skrive den nye version.`,
    "schema.unknown-type": (v) =>
      `Ukendt dokumenttype ${p(v, "type")}; forventede "plan", "budget-follow-up" eller "meetings".`,
    "rules.economy-level-undefined": (v) =>
      `Økonomi kan kun være grøn eller rød, men dokumentet angiver ${statusWord(p(v, "status"), "da")}. Værdien er bevaret.`,
    "rules.assessed-before-cut-off": (v) =>
      `Milepælen er vurderet til ${p(v, "round")}, hvis skæringsdato ${p(v, "cutOff")} endnu ikke er nået.`,
    "rules.overdue": (v) =>
      `Milepælen for ${p(v, "round")} er ikke vurderet, selv om skæringsdatoen ${p(v, "cutOff")} er passeret.`,
    "rules.duplicate-id": (v) => `Id'et "${p(v, "id")}" bruges mere end én gang.`,
    "rules.unknown-round": (v) => `Opfølgningen "${p(v, "round")}" findes ikke i dokumentets opfølgninger.`,
    "rules.unknown-track": (v) => `Sporet "${p(v, "track")}" findes ikke i planens spor.`,
    "rules.duplicate-round-assessment": (v) => `Indsatsen har mere end én milepæl til ${p(v, "round")}.`,
    "import.empty-input": () => "Filen er tom.",
    "import.input-too-large": (v) =>
      `Filen er for stor (${n(v, "size", "da")} ${v.unit === "bytes" ? "byte" : v.unit === "pages" ? "sider" : "tegn"}; grænsen er ${n(v, "limit", "da")}). Del den op, eller hæv grænsen.`,
    "import.internal-error": (v) =>
      `Indlæsningen stødte på en uventet fejl: ${p(v, "detail")}. Det, der var læst, er bevaret.`,
    "import.unknown-format": () =>
      "Formatet kunne ikke genkendes. Angiv det (budgetopfølgning, plan, CSV eller JSON).",
    "import.no-title": () => 'Dokumentet har ingen titel; det har fået titlen "Uden titel".',
    "import.year-inferred": (v) => `Datoer uden år er læst som ${p(v, "year")} (${p(v, "source")}).`,
    "import.unrecognized-line": () => "Linjen kunne ikke placeres i dokumentet; teksten er vist her.",
    "import.row-outside-initiative": () => "Rækken står før den første indsats og kunne ikke placeres.",
    "import.unknown-kind": (v) =>
      `Ukendt art "${p(v, "text")}"; forventede drift, anlæg, drift og anlæg eller øvrig finansiering.`,
    "import.unknown-smiley": (v) =>
      `Ukendt smiley "${p(v, "symbol")}"; vurderingen er sat til ikke vurderet.`,
    "import.smiley-guessed": (v) =>
      `Smileyen ☹ har mistet sin farve (den bruges til både gul og rød); den er læst som ${p(v, "chosen") === "red" ? "rød" : "gul"}.`,
    "import.round-cut-off-assumed": (v) =>
      `Dokumentet angiver ingen skæringsdato for ${p(v, "round")}; ${p(v, "cutOff")} er antaget.`,
    "import.round-cut-off-unknown": (v) =>
      v.cutOff === undefined
        ? `Opfølgningen "${p(v, "round")}" har ingen kendt skæringsdato, og året kendes ikke; den er ikke med blandt dokumentets opfølgninger.`
        : `Opfølgningen "${p(v, "round")}" har ingen kendt skæringsdato; årets udgang ${p(v, "cutOff")} er brugt.`,
    "import.html-removed": (v) => `Indhold, der ikke er tekst, er fjernet fra cellen: ${p(v, "elements")}.`,
    "import.note-split": (v) =>
      `Teksten "${p(v, "text")}" er læst som en note, ikke som en væsentlig bidragsyder.`,
    "import.list-items-split": () =>
      "Punkterne i en liste uden punkttegn er adskilt ud fra store bogstaver; kontrollér dem.",
    "import.date-not-understood": (v) =>
      `Datoen "${p(v, "text")}" blev ikke forstået (${p(v, "reason")}); teksten er bevaret.`,
    "import.activity-without-date": () => "Aktiviteten har ingen dato.",
    "import.no-table": () =>
      "Der blev ikke fundet nogen tabel med aktiviteter (en række med kolonner som Dato og Aktivitet).",
    "import.missing-column": (v) => `Kolonnen ${p(v, "column")} mangler.`,
    "import.unknown-column": (v) =>
      `Kolonnen "${p(v, "column")}" kendes ikke og er lagt i aktivitetens tags.`,
    "import.unclosed-quote": () => "Et citationstegn lukkes aldrig; resten af filen er læst som ét felt.",
    "import.extra-cells": (v) =>
      `Rækken har ${p(v, "count")} celler flere end overskriften; de er lagt i beskrivelsen.`,
    "import.invalid-value": (v) => `Værdien "${p(v, "value")}" i kolonnen ${p(v, "column")} er ugyldig.`,
    "import.cell-ignored": (v) =>
      `Kolonnen "${p(v, "column")}" kendes ikke, så cellen er ikke læst; teksten er vist her.`,
    "import.row-without-initiative": () =>
      "Rækken har en milepæl, men hverken id eller indsats, og kunne ikke placeres; teksten er vist her.",
    "import.milestone-without-round": () =>
      "Milepælen har ingen runde og kunne ikke placeres; teksten er vist her.",
    // Nothing silently lost (issue #15)
    "import.binary-file": (v) =>
      `Filen er ikke tekst, men en binær fil (${binaryName(p(v, "kind"), "da")}). Gem den som tekst (.txt) eller CSV, eller vælg en anden fil.`,
    "import.text-encoding": (v) =>
      p(v, "encoding") === "windows-1252"
        ? "Filen er ikke gyldig UTF-8 og er læst som Windows-1252 (tegnsættet, dansk Excel og Word gemmer tekst i)."
        : `Filen er læst som ${encodingName(p(v, "encoding"))}${p(v, "bom") === "yes" ? " (med byte order mark)" : ""}.`,
    "import.text-normalized": (v) => `Usynlige tegn er rettet før læsningen: ${normalizedList(v, "da")}.`,
    "import.columns-recovered": (v) =>
      `Filen har ingen tabulatorer; kolonner adskilt af flere mellemrum er læst som kolonner (${n(v, "count", "da")} linjer).`,
    "import.nothing-understood": (v) =>
      p(v, "kind") === "initiatives"
        ? "Der blev ikke fundet nogen indsatser; filen er ikke læst som en budgetopfølgning."
        : "Der blev ikke fundet nogen aktiviteter; filen er ikke læst som en plan.",
    "import.no-milestones": () => "Ingen indsats har milepæle; dokumentet har ingen opfølgninger.",
    "import.no-economy": () => "Ingen indsats har en økonomilinje.",
    "import.wingdings-smiley": (v) =>
      `Bogstavet "${p(v, "letter")}" er en smiley fra skrifttypen Wingdings, som gik tabt ved kopieringen; den er læst som ${p(v, "symbol")}.`,
    "import.duplicate-rows": (v) =>
      `Rækken er en nøjagtig kopi af linje ${p(v, "first")} (${n(v, "count", "da")} ${p(v, "count") === "1" ? "kopi" : "kopier"} i alt). Kopierne er læst med; slet dem, hvis de er en fejl.`,
    "import.file-type-not-accepted": (v) =>
      `Filen "${p(v, "name")}" er ikke af en type, der kan læses her (${p(v, "accepted")}).`,
    // Round trips of milepael's own CSV (wt-exports)
    "import.date-columns-disagree": (v) =>
      `Start og Slut (${p(v, "start") || "tom"} – ${p(v, "end") || "tom"}) passer ikke med datoen "${p(v, "text")}" i noget år; datoen er læst af teksten.`,
    // Word (.docx) and PDF files (issue #17)
    "import.smiley-read": (v) =>
      `Smiley læst som ${statusWord(p(v, "status"), "da")} ud fra ${p(v, "source")}.`,
    "import.docx-unknown-picture": (v) =>
      `Billedet "${p(v, "name")}" i smiley-cellen siger ikke, hvilken farve det er; milepælen er sat til ikke vurderet.`,
    "import.docx-damaged": (v) =>
      `Word-filen er beskadiget eller ufuldstændig og kan ikke læses (${p(v, "detail")}).`,
    "import.docx-not-word": (v) =>
      v.kind === "xlsx"
        ? "Filen er et Excel-regneark (.xlsx), ikke et Word-dokument. Gem tabellen som CSV, eller åbn den i Word."
        : v.kind === "pptx"
          ? "Filen er en PowerPoint-præsentation (.pptx), ikke et Word-dokument."
          : "Filen er et zip-arkiv, men ikke et Word-dokument (der er ingen word/document.xml).",
    "import.docx-old-word": () =>
      "Filen er et gammelt Word-dokument (.doc), som ikke kan læses. Åbn det i Word og gem det som .docx.",
    "import.xml-dtd": () =>
      "Word-filen indeholder en DTD (<!DOCTYPE>), som Word aldrig skriver; den læses ikke af sikkerhedshensyn.",
    "import.zip-bomb": (v) =>
      `Filen pakker sig ud til langt mere, end et dokument fylder (${p(v, "entry")}: ${n(v, "size", "da")} byte af ${n(v, "packed", "da")}); den læses ikke.`,
    "import.encrypted": () =>
      "Filen er krypteret eller beskyttet med adgangskode. Fjern beskyttelsen (gem en kopi uden adgangskode) og prøv igen.",
    "import.pdf-damaged": (v) =>
      `PDF-filen er beskadiget eller ufuldstændig og kan ikke læses (${p(v, "detail")}).`,
    "import.pdf-active-content": (v) =>
      p(v, "content") === "forms"
        ? "PDF-filen indeholder formularfelter; deres indhold er ikke læst, kun sidernes tekst er læst."
        : 'PDF-filen indeholder JavaScript og læses ikke af sikkerhedshensyn. Gem dokumentet som PDF uden JavaScript (fx med "Udskriv til PDF"), eller brug den oprindelige Word-fil.',
    "import.docx-copy-used": () =>
      "Word-filen er skrevet af milepael, og dens sider siger det samme som den kopi af dokumentet, milepael gemte i filen; kopien er læst, så linjeskift i teksten er bevaret.",
    "import.docx-copy-differs": () =>
      "Word-filen har en kopi af dokumentet fra milepael, men dens sider siger noget andet; siderne er læst, for det er dem, folk ser i Word.",
    "import.scanned-pdf": () =>
      "PDF-filen har intet tekstlag: den er scannet eller består af billeder. Brug den oprindelige Word-fil, eller kør tekstgenkendelse (OCR) først.",
    // Hardening: input that would freeze or crash a reader (issue #15)
    "import.markup-too-deep": (v) =>
      `Formateringen i cellen er indlejret mere end ${p(v, "depth")} niveauer; det dybere indhold er bevaret som tekst.`,
    "import.cell-too-long": (v) =>
      `Cellen er for lang (${n(v, "length", "da")} tegn; grænsen er ${n(v, "limit", "da")}); den er bevaret som ren tekst uden formatering.`,
    // Assessing a follow-up round (issue #20)
    "assessment.invalid-entry": (v) =>
      p(v, "field") === "by"
        ? "Angiv, hvem der vurderer."
        : p(v, "field") === "at"
          ? "Tidspunktet skal være en dato og et klokkeslæt med tidszone (ÅÅÅÅ-MM-DDTtt:mm:ssZ)."
          : "Opfølgningen skal have et id, en betegnelse og en skæringsdato (ÅÅÅÅ-MM-DD).",
    "assessment.unknown-initiative": (v) => `Indsatsen "${p(v, "initiative")}" findes ikke i dokumentet.`,
    "assessment.unknown-milestone": (v) =>
      `Indsatsen "${p(v, "initiative")}" har ingen milepæl nr. ${p(v, "milestone")}.`,
    "assessment.no-economy-line": (v) => `Indsatsen "${p(v, "initiative")}" har ingen økonomilinje.`,
    "assessment.no-open-round": () => "Ingen opfølgning er åben for vurdering. Start en opfølgning først.",
    "assessment.round-published": (v) =>
      `${p(v, "round")} er offentliggjort og kan ikke ændres. Genåbn den seneste opfølgning med en begrundelse, hvis der er en fejl.`,
    "assessment.early": (v) =>
      `Milepælen hører til ${p(v, "round")}, men den åbne opfølgning er ${p(v, "openRound")}: den vurderes før tid.`,
    "assessment.level-not-on-scale": (v) =>
      `${p(v, "scale") === "economy" ? "Økonomi" : "En milepæl"} kan ikke være ${statusWord(p(v, "status"), "da")}; læsevejledningen tillader ${statusList(p(v, "levels"), "da")}.`,
    "assessment.note-required": (v) =>
      `En ${statusWord(p(v, "status"), "da")} vurdering kræver en statusnote, der forklarer hvorfor.`,
    "assessment.note-required-for-jump": (v) =>
      `Fra ${statusWord(p(v, "from"), "da")} til ${statusWord(p(v, "to"), "da")} på én opfølgning kræver en ny statusnote, der forklarer ændringen.`,
    "assessment.round-already-open": (v) => `${p(v, "round")} er allerede åben.`,
    "assessment.round-already-published": (v) =>
      `${p(v, "round")} er allerede offentliggjort; den kan kun genåbnes, hvis den er den seneste.`,
    "assessment.another-round-open": (v) => `${p(v, "round")} er stadig åben; offentliggør den først.`,
    "assessment.earlier-rounds-closed": (v) =>
      `Tidligere opfølgninger er nu låst, så de ikke kan ændres: ${p(v, "rounds")}.`,
    "assessment.round-not-open": (v) => `${p(v, "round")} er ikke åben og kan ikke offentliggøres.`,
    "assessment.not-assessed-at-publish": (v) =>
      `${n(v, "count", "da")} ${p(v, "count") === "1" ? "milepæl" : "milepæle"} til ${p(v, "round")} er ikke vurderet: ${p(v, "milestones")}.`,
    "assessment.reopen-not-latest": (v) =>
      p(v, "latest") === ""
        ? `${p(v, "round")} kan ikke genåbnes: ingen opfølgning er offentliggjort.`
        : `${p(v, "round")} kan ikke genåbnes; kun den senest offentliggjorte (${p(v, "latest")}) kan.`,
    "assessment.reason-required": () => "Angiv en begrundelse for at genåbne opfølgningen.",
    "assessment.several-open-rounds": (v) =>
      `Kun én opfølgning kan være åben ad gangen, men disse er åbne: ${p(v, "rounds")}.`,
    "assessment.history-unknown-reference": (v) =>
      `Historikken nævner "${p(v, "reference")}", som ikke findes i dokumentet.`,
    "store.conflict": (v) =>
      `Dokumentet er ændret et andet sted (fx i en anden fane) siden du åbnede det${p(v, "savedAt") === "" ? "" : ` (gemt ${p(v, "savedAt")})`}. Dine ændringer er ikke gemt oven i; indlæs den nye version, og foretag dem igen.`,
    "store.full": () =>
      "Browserens lager er fuldt. Ændringerne er bevaret i denne fane, men ikke gemt: eksportér en sikkerhedskopi, før du lukker den.",
    "store.unavailable": () =>
      "Browseren gemmer ikke data her (fx i privat tilstand). Ændringerne er bevaret i denne fane, men ikke gemt: eksportér en sikkerhedskopi, før du lukker den.",
    "store.not-a-backup": () => "Filen er ikke en sikkerhedskopi fra milepael.",
    "store.invalid-entry": (v) =>
      `Dokumentet "${p(v, "id")}" i sikkerhedskopien er ugyldigt og er sprunget over.`,
    "store.import-kept-existing": (v) =>
      `Der findes allerede et andet dokument med id'et "${p(v, "id")}"; det er beholdt, og kopien fra sikkerhedskopien er sprunget over.`,
    // Meetings: minutes and agendas (issue #18)
    "meetings.no-meetings": () =>
      'Der blev ikke fundet noget referat eller nogen dagsorden (en linje som "Referat Økonomiudvalget tirsdag den 3. januar 2017").',
    "meetings.date-missing": (v) =>
      `Mødet i ${p(v, "body")} har ingen dato, der kan læses; teksten er gemt som et relateret dokument.`,
    "meetings.weekday-mismatch": (v) =>
      `Ugedagen "${p(v, "weekday")}" passer ikke til datoen ${p(v, "date")}, som er en ${p(v, "actual")}. Datoen er brugt.`,
    "meetings.year-from-context": (v) =>
      `Mødets overskrift har intet årstal; ${p(v, "year")} er taget fra ${p(v, "source") === "text" ? "teksten omkring den" : "indstillingen year"}.`,
    "meetings.title-repaired": (v) =>
      `Punktets titel havde mistet sine første cifre i tekstudtrækket og er læst som "${p(v, "title")}".`,
    "meetings.item-not-in-toc": (v) => `Punktet "${p(v, "title")}" står ikke i indholdsfortegnelsen.`,
    "meetings.toc-item-missing": (v) =>
      `Indholdsfortegnelsen nævner "${p(v, "title")}", men punktet blev ikke fundet i teksten.`,
    "meetings.attachment-pages-skipped": (v) =>
      `Siderne ${p(v, "fromPage")}-${p(v, "toPage")} (til linje ${p(v, "toLine")}) efter mødets sidste punkt er bilag og er ikke læst som punkter.`,
    "meetings.block-skipped": () => "Teksten kunne ikke placeres i mødet og er sprunget over.",
    "meetings.related-document": (v) =>
      `"${p(v, "title")}" er ikke et møde og er gemt som relateret dokument (${p(v, "kind")}).`,
    "meetings.item-without-meeting": (v) =>
      `"${p(v, "title")}" er et punkt fra ${p(v, "body")} uden mødets overskrift (referat eller dagsorden); det er gemt som relateret dokument.`,
    "meetings.furniture-removed": (v) =>
      `${p(v, "count")} linjer eller sidehoveder fra fremviseren eller mødesystemet (sidetal, "Læs mere", "Download") er fjernet.`,
  },
  en: {
    "schema.not-json": (v) => `The file is not valid JSON: ${p(v, "detail")}`,
    "schema.invalid-type": (v) =>
      `Expected ${typeName(p(v, "expected"), "en")}, found ${typeName(p(v, "received"), "en")}.`,
    "schema.missing": (v) => `The field is missing (expected ${typeName(p(v, "expected"), "en")}).`,
    "schema.invalid-value": (v) => `Invalid value ${p(v, "received")}; allowed: ${p(v, "expected")}.`,
    "schema.unknown-key": (v) => `Unknown field: ${p(v, "keys")}.`,
    "schema.too-small": (v) => `Too short or too small (at least ${p(v, "minimum")}).`,
    "schema.too-big": (v) => `Too long or too big (at most ${p(v, "maximum")}).`,
    "schema.invalid-format": (v) => `Wrong format; expected ${formatName(p(v, "format"), "en")}.`,
    "schema.invalid": (v) => `Invalid: ${p(v, "detail")}.`,
    "schema.unsupported-version": (v) =>
      `Schema version ${p(v, "version")} is unknown; this version of milepael reads up to ${p(v, "supported")}.`,
    "schema.version-missing": (v) =>
      `The document gives no schema version (schemaVersion); it was read as version ${p(v, "assumed")}.`,
    "schema.upgraded": (v) =>
      `The document was written with schema version ${p(v, "from")} and has been upgraded to ${p(v, "to")}; save it again to write the new version.`,
    "schema.unknown-type": (v) =>
      `Unknown document type ${p(v, "type")}; expected "plan", "budget-follow-up" or "meetings".`,
    "rules.economy-level-undefined": (v) =>
      `Economy can only be green or red, but the document says ${statusWord(p(v, "status"), "en")}. The value is kept.`,
    "rules.assessed-before-cut-off": (v) =>
      `The milestone is assessed for ${p(v, "round")}, whose cut-off ${p(v, "cutOff")} has not been reached.`,
    "rules.overdue": (v) =>
      `The milestone for ${p(v, "round")} is not assessed although its cut-off ${p(v, "cutOff")} has passed.`,
    "rules.duplicate-id": (v) => `The id "${p(v, "id")}" is used more than once.`,
    "rules.unknown-round": (v) => `The round "${p(v, "round")}" is not among the document's rounds.`,
    "rules.unknown-track": (v) => `The track "${p(v, "track")}" is not among the plan's tracks.`,
    "rules.duplicate-round-assessment": (v) =>
      `The initiative has more than one milestone for ${p(v, "round")}.`,
    "import.empty-input": () => "The file is empty.",
    "import.input-too-large": (v) =>
      `The file is too large (${n(v, "size", "en")} ${v.unit === "bytes" ? "bytes" : v.unit === "pages" ? "pages" : "characters"}; the limit is ${n(v, "limit", "en")}). Split it, or raise the limit.`,
    "import.internal-error": (v) =>
      `Import met an unexpected error: ${p(v, "detail")}. What was read is kept.`,
    "import.unknown-format": () => "The format was not recognised. Name it (follow-up, plan, CSV or JSON).",
    "import.no-title": () => 'The document has no title; it is called "Uden titel" (untitled).',
    "import.year-inferred": (v) => `Dates without a year are read as ${p(v, "year")} (${p(v, "source")}).`,
    "import.unrecognized-line": () => "The line could not be placed in the document; its text is shown here.",
    "import.row-outside-initiative": () =>
      "The row comes before the first initiative and could not be placed.",
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
    "import.html-removed": (v) => `Content that is not text was removed from the cell: ${p(v, "elements")}.`,
    "import.note-split": (v) => `The text "${p(v, "text")}" is read as a note, not as a key contributor.`,
    "import.list-items-split": () =>
      "The items of a list without bullets were told apart by capital letters; check them.",
    "import.date-not-understood": (v) =>
      `The date "${p(v, "text")}" was not understood (${p(v, "reason")}); the text is kept.`,
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
      `The column "${p(v, "column")}" is not known, so the cell was not read; its text is shown here.`,
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
    "import.nothing-understood": (v) =>
      p(v, "kind") === "initiatives"
        ? "No initiatives were found; the file was not read as a budget follow-up."
        : "No activities were found; the file was not read as a plan.",
    "import.no-milestones": () => "No initiative has milestones; the document has no rounds.",
    "import.no-economy": () => "No initiative has an economy line.",
    "import.wingdings-smiley": (v) =>
      `The letter "${p(v, "letter")}" is a smiley in the Wingdings font, lost in copying; it is read as ${p(v, "symbol")}.`,
    "import.duplicate-rows": (v) =>
      `The row is an exact copy of line ${p(v, "first")} (${n(v, "count", "en")} ${p(v, "count") === "1" ? "copy" : "copies"} in all). The copies were read too; delete them if they are a mistake.`,
    "import.file-type-not-accepted": (v) =>
      `The file "${p(v, "name")}" is not of a type that can be read here (${p(v, "accepted")}).`,
    // Round trips of milepael's own CSV (wt-exports)
    "import.date-columns-disagree": (v) =>
      `Start and End (${p(v, "start") || "empty"} – ${p(v, "end") || "empty"}) do not match the date "${p(v, "text")}" in any year; the date is read from the text.`,
    // Word (.docx) and PDF files (issue #17)
    "import.smiley-read": (v) => `Smiley read as ${statusWord(p(v, "status"), "en")} from ${p(v, "source")}.`,
    "import.docx-unknown-picture": (v) =>
      `The picture "${p(v, "name")}" in the smiley cell does not say which colour it is; the milestone is not assessed.`,
    "import.docx-damaged": (v) =>
      `The Word file is damaged or incomplete and cannot be read (${p(v, "detail")}).`,
    "import.docx-not-word": (v) =>
      v.kind === "xlsx"
        ? "The file is an Excel workbook (.xlsx), not a Word document. Save the table as CSV, or open it in Word."
        : v.kind === "pptx"
          ? "The file is a PowerPoint presentation (.pptx), not a Word document."
          : "The file is a zip archive but not a Word document (it has no word/document.xml).",
    "import.docx-old-word": () =>
      "The file is an old Word document (.doc), which cannot be read. Open it in Word and save it as .docx.",
    "import.xml-dtd": () =>
      "The Word file contains a DTD (<!DOCTYPE>), which Word never writes; for safety it is not read.",
    "import.zip-bomb": (v) =>
      `The file unpacks to far more than any document (${p(v, "entry")}: ${n(v, "size", "en")} bytes from ${n(v, "packed", "en")}); it is not read.`,
    "import.encrypted": () =>
      "The file is encrypted or password-protected. Remove the protection (save a copy without a password) and try again.",
    "import.pdf-damaged": (v) =>
      `The PDF file is damaged or incomplete and cannot be read (${p(v, "detail")}).`,
    "import.pdf-active-content": (v) =>
      p(v, "content") === "forms"
        ? "The PDF contains form fields; their contents were not read, only the pages' text was read."
        : 'The PDF contains JavaScript and for safety is not read. Save the document as a PDF without JavaScript (e.g. with "Print to PDF"), or use the original Word file.',
    "import.docx-copy-used": () =>
      "The Word file was written by milepael and its pages say the same as the copy of the document milepael stored in it; the copy was read, so line breaks in the text are kept.",
    "import.docx-copy-differs": () =>
      "The Word file holds a copy of the document from milepael, but its pages say something else; the pages were read, since they are what people see in Word.",
    "import.scanned-pdf": () =>
      "The PDF has no text layer: it is scanned or made of pictures. Use the original Word file, or run text recognition (OCR) first.",
    // Hardening: input that would freeze or crash a reader (issue #15)
    "import.markup-too-deep": (v) =>
      `The formatting in the cell nests more than ${p(v, "depth")} levels deep; the deeper content is kept as text.`,
    "import.cell-too-long": (v) =>
      `The cell is too long (${n(v, "length", "en")} characters; the limit is ${n(v, "limit", "en")}); it is kept as plain text without formatting.`,
    // Assessing a follow-up round (issue #20)
    "assessment.invalid-entry": (v) =>
      p(v, "field") === "by"
        ? "Say who is assessing."
        : p(v, "field") === "at"
          ? "The time must be a date and time with a time zone (YYYY-MM-DDThh:mm:ssZ)."
          : "The round needs an id, a label and a cut-off date (YYYY-MM-DD).",
    "assessment.unknown-initiative": (v) => `The initiative "${p(v, "initiative")}" is not in the document.`,
    "assessment.unknown-milestone": (v) =>
      `The initiative "${p(v, "initiative")}" has no milestone number ${p(v, "milestone")}.`,
    "assessment.no-economy-line": (v) => `The initiative "${p(v, "initiative")}" has no economy line.`,
    "assessment.no-open-round": () => "No round is open for assessment. Start a round first.",
    "assessment.round-published": (v) =>
      `${p(v, "round")} is published and cannot be changed. Reopen the latest round with a reason if there is a mistake.`,
    "assessment.early": (v) =>
      `The milestone belongs to ${p(v, "round")}, but the open round is ${p(v, "openRound")}: it is assessed early.`,
    "assessment.level-not-on-scale": (v) =>
      `${p(v, "scale") === "economy" ? "The economy" : "A milestone"} cannot be ${statusWord(p(v, "status"), "en")}; the reading guide allows ${statusList(p(v, "levels"), "en")}.`,
    "assessment.note-required": (v) =>
      `A ${statusWord(p(v, "status"), "en")} assessment needs a status note that says why.`,
    "assessment.note-required-for-jump": (v) =>
      `From ${statusWord(p(v, "from"), "en")} to ${statusWord(p(v, "to"), "en")} in one round needs a new status note that explains the change.`,
    "assessment.round-already-open": (v) => `${p(v, "round")} is already open.`,
    "assessment.round-already-published": (v) =>
      `${p(v, "round")} is already published; it can only be reopened if it is the latest.`,
    "assessment.another-round-open": (v) => `${p(v, "round")} is still open; publish it first.`,
    "assessment.earlier-rounds-closed": (v) =>
      `Earlier rounds are now locked so that they cannot change: ${p(v, "rounds")}.`,
    "assessment.round-not-open": (v) => `${p(v, "round")} is not open and cannot be published.`,
    "assessment.not-assessed-at-publish": (v) =>
      `${n(v, "count", "en")} ${p(v, "count") === "1" ? "milestone" : "milestones"} of ${p(v, "round")} ${p(v, "count") === "1" ? "is" : "are"} not assessed: ${p(v, "milestones")}.`,
    "assessment.reopen-not-latest": (v) =>
      p(v, "latest") === ""
        ? `${p(v, "round")} cannot be reopened: no round is published.`
        : `${p(v, "round")} cannot be reopened; only the latest published round (${p(v, "latest")}) can.`,
    "assessment.reason-required": () => "Give a reason for reopening the round.",
    "assessment.several-open-rounds": (v) =>
      `Only one round can be open at a time, but these are: ${p(v, "rounds")}.`,
    "assessment.history-unknown-reference": (v) =>
      `The history names "${p(v, "reference")}", which is not in the document.`,
    "store.conflict": (v) =>
      `The document was changed elsewhere (another tab, perhaps) since you opened it${p(v, "savedAt") === "" ? "" : ` (saved ${p(v, "savedAt")})`}. Your changes were not written over it; load the new version and make them again.`,
    "store.full": () =>
      "The browser's storage is full. Your changes are kept in this tab but not saved: export a backup before you close it.",
    "store.unavailable": () =>
      "The browser does not keep data here (private mode, perhaps). Your changes are kept in this tab but not saved: export a backup before you close it.",
    "store.not-a-backup": () => "The file is not a milepael backup.",
    "store.invalid-entry": (v) => `The document "${p(v, "id")}" in the backup is not valid and was skipped.`,
    "store.import-kept-existing": (v) =>
      `Another document with the id "${p(v, "id")}" already exists; it was kept and the backup's copy skipped.`,
    // Meetings: minutes and agendas (issue #18)
    "meetings.no-meetings": () =>
      'No minutes or agenda were found (a line such as "Referat Økonomiudvalget tirsdag den 3. januar 2017").',
    "meetings.date-missing": (v) =>
      `The meeting of ${p(v, "body")} has no readable date; the text is kept as a related document.`,
    "meetings.weekday-mismatch": (v) =>
      `The weekday "${p(v, "weekday")}" does not fit the date ${p(v, "date")}, which is a ${p(v, "actual")}. The date is used.`,
    "meetings.year-from-context": (v) =>
      `The meeting's heading has no year; ${p(v, "year")} was taken from ${p(v, "source") === "text" ? "the text around it" : "the year option"}.`,
    "meetings.title-repaired": (v) =>
      `The item's title had lost its first digits in text extraction and was read as "${p(v, "title")}".`,
    "meetings.item-not-in-toc": (v) => `The item "${p(v, "title")}" is not in the table of contents.`,
    "meetings.toc-item-missing": (v) =>
      `The table of contents lists "${p(v, "title")}", but no such item was found in the text.`,
    "meetings.attachment-pages-skipped": (v) =>
      `Pages ${p(v, "fromPage")}-${p(v, "toPage")} (to line ${p(v, "toLine")}) after the meeting's last item are attachments and were not read as items.`,
    "meetings.block-skipped": () => "The text could not be placed in the meeting and was skipped.",
    "meetings.related-document": (v) =>
      `"${p(v, "title")}" is not a meeting and was kept as a related document (${p(v, "kind")}).`,
    "meetings.item-without-meeting": (v) =>
      `"${p(v, "title")}" is an item of ${p(v, "body")} without the meeting's heading (minutes or agenda); it was kept as a related document.`,
    "meetings.furniture-removed": (v) =>
      `${p(v, "count")} lines or running heads of the viewer or meeting system (page numbers, "Læs mere", "Download") were removed.`,
  },
};

// Nothing silently lost (issue #15): names in the messages above.
function binaryName(kind: string, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    png: ["et PNG-billede", "a PNG image"],
    jpeg: ["et JPEG-billede", "a JPEG image"],
    gif: ["et GIF-billede", "a GIF image"],
    pdf: ["PDF", "PDF"],
    docx: ["Word-dokument, .docx", "Word document, .docx"],
    xlsx: ["Excel-projektmappe, .xlsx", "Excel workbook, .xlsx"],
    pptx: ["PowerPoint, .pptx", "PowerPoint, .pptx"],
    zip: ["ZIP-arkiv", "ZIP archive"],
    ole2: ["gammelt Office-format, .doc eller .xls", "old Office format, .doc or .xls"],
    binary: ["NUL-bytes", "NUL bytes"],
  };
  const pair = Object.hasOwn(names, kind) ? names[kind] : undefined;
  return pair ? pair[locale === "da" ? 0 : 1] : kind;
}

function encodingName(encoding: string): string {
  const names: Record<string, string> = {
    "utf-8": "UTF-8",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
    "windows-1252": "Windows-1252",
  };
  return (Object.hasOwn(names, encoding) ? names[encoding] : undefined) ?? encoding;
}

/** "3 hårde mellemrum, 1 blødt bindestreg": the counts of what `normalizeInput` changed. */
function normalizedList(params: Params, locale: Locale): string {
  const names: Record<string, [string, string, string, string]> = {
    nbsp: ["hårdt mellemrum", "hårde mellemrum", "non-breaking space", "non-breaking spaces"],
    softHyphen: ["blød bindestreg", "bløde bindestreger", "soft hyphen", "soft hyphens"],
    zeroWidth: ["tegn uden bredde", "tegn uden bredde", "zero-width character", "zero-width characters"],
  };
  return Object.entries(names)
    .filter(([key]) => typeof params[key] === "number" && params[key] > 0)
    .map(([key, [daOne, daMany, enOne, enMany]]) => {
      const count = params[key] as number;
      const word = locale === "da" ? (count === 1 ? daOne : daMany) : count === 1 ? enOne : enMany;
      return `${n(params, key, locale)} ${word}`;
    })
    .join(", ");
}

function typeName(type: string, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    string: ["tekst", "text"],
    number: ["et tal", "a number"],
    boolean: ["sand/falsk", "true/false"],
    object: ["et objekt", "an object"],
    array: ["en liste", "a list"],
    null: ["null", "null"],
    undefined: ["intet", "nothing"],
  };
  const pair = names[type];
  return pair ? pair[locale === "da" ? 0 : 1] : type;
}

function formatName(format: string, locale: Locale): string {
  if (format === "date") return locale === "da" ? "en dato som ÅÅÅÅ-MM-DD" : "a date as YYYY-MM-DD";
  return format;
}

// Assessing a follow-up round (issue #20): "grøn eller rød" from "green, red".
function statusList(levels: string, locale: Locale): string {
  const names = levels
    .split(", ")
    .filter((level) => level !== "")
    .map((level) => statusWord(level, locale));
  const last = names.pop() ?? "";
  return names.length === 0 ? last : `${names.join(", ")} ${locale === "da" ? "eller" : "or"} ${last}`;
}

/**
 * A path as people read it: `sections[0].initiatives[2].economy.status`.
 *
 * @example
 * formatPath(["sections", 0, "title"]); // "sections[0].title"
 */
export function formatPath(path: DiagnosticPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`),
    "",
  );
}

/**
 * Where in a Word or PDF file, as people read it: "tabel 3, række 2, celle 4", "side 2, linje 14".
 *
 * @example
 * formatLocation({ table: 3, row: 2, cell: 4 }, "da"); // "tabel 3, række 2, celle 4"
 */
export function formatLocation(location: SourceLocation, locale: Locale): string {
  const words =
    locale === "da"
      ? { table: "tabel", row: "række", cell: "celle", paragraph: "afsnit", page: "side", line: "linje" }
      : { table: "table", row: "row", cell: "cell", paragraph: "paragraph", page: "page", line: "line" };
  const order = ["page", "table", "row", "cell", "paragraph", "line"] as const;
  return order
    .filter((key) => location[key] !== undefined)
    .map((key) => `${words[key]} ${location[key]}`)
    .join(", ");
}

/**
 * The message of a diagnostic in a locale, without its location.
 *
 * @example
 * diagnosticMessage({ level: "error", code: "rules.duplicate-id", path: [], params: { id: "5.03" } }, "en");
 * // 'The id "5.03" is used more than once.'
 */
export function diagnosticMessage(finding: Diagnostic, locale: Locale): string {
  return catalogue[locale][finding.code](finding.params);
}

/**
 * A diagnostic as one line: location (line or path), level and message.
 *
 * @example
 * formatDiagnostic(finding, "da"); // "sections[0].initiatives[1].id: fejl: Id'et "5.03" bruges mere end én gang."
 */
export function formatDiagnostic(finding: Diagnostic, locale: Locale): string {
  const levels: Record<Locale, Record<Diagnostic["level"], string>> = {
    da: { error: "fejl", warning: "advarsel", info: "info" },
    en: { error: "error", warning: "warning", info: "info" },
  };
  const where =
    finding.location !== undefined
      ? formatLocation(finding.location, locale)
      : finding.line === undefined
        ? formatPath(finding.path)
        : `${finding.line}`;
  const location = where === "" ? "" : `${where}: `;
  return `${location}${levels[locale][finding.level]}: ${diagnosticMessage(finding, locale)}`;
}
