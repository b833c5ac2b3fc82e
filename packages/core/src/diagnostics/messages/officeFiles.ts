import { type DanishMessages, type EnglishMessages, n, p, select, type Value } from "./format";
import { documentKind } from "./names";

// The importers' findings about a Word or PDF file as a file (issue #17): damaged, of another kind,
// encrypted, unsafe, scanned, or carrying milepael's own copy of the document. The findings about
// what the file's text says are with the other importers' in import.ts.

/** The Word and PDF file codes of the import area. */
type OfficeFileCode =
  | "import.docx-unknown-picture"
  | "import.docx-damaged"
  | "import.docx-not-word"
  | "import.docx-old-word"
  | "import.xml-dtd"
  | "import.zip-bomb"
  | "import.encrypted"
  | "import.pdf-damaged"
  | "import.pdf-active-content"
  | "import.docx-copy-used"
  | "import.docx-copy-differs"
  | "import.docx-copy-unreadable"
  | "import.docx-tags-unreadable"
  | "import.docx-controls-removed"
  | "import.docx-typed-beside"
  | "import.format-not-used"
  | "import.format-not-for-file"
  | "import.scanned-pdf";

export const officeFilesDa = {
  "import.docx-unknown-picture": (v: { name: Value }) =>
    `Billedet "${p(v, "name")}" i smiley-cellen siger ikke, hvilken farve det er; milepælen er sat til ikke vurderet.`,
  "import.docx-damaged": (v: { detail: Value }) =>
    `Word-filen er beskadiget eller ufuldstændig og kan ikke læses (${p(v, "detail")}).`,
  "import.docx-not-word": select("kind", {
    xlsx: "Filen er et Excel-regneark (.xlsx), ikke et Word-dokument. Gem tabellen som CSV, eller åbn den i Word.",
    pptx: "Filen er en PowerPoint-præsentation (.pptx), ikke et Word-dokument.",
    other: "Filen er et zip-arkiv, men ikke et Word-dokument (der er ingen word/document.xml).",
  }),
  "import.docx-old-word": () =>
    "Filen er et gammelt Word-dokument (.doc), som ikke kan læses. Åbn det i Word og gem det som .docx.",
  "import.xml-dtd": () =>
    "Word-filen indeholder en DTD (<!DOCTYPE>), som Word aldrig skriver; den læses ikke af sikkerhedshensyn.",
  "import.zip-bomb": (v: { entry: Value; size: number; packed: number }) =>
    `Filen pakker sig ud til langt mere, end et dokument fylder (${p(v, "entry")}: ${n(v, "size", "da")} byte af ${n(v, "packed", "da")}); den læses ikke.`,
  "import.encrypted": () =>
    "Filen er krypteret eller beskyttet med adgangskode. Fjern beskyttelsen (gem en kopi uden adgangskode) og prøv igen.",
  "import.pdf-damaged": (v: { detail: Value }) =>
    `PDF-filen er beskadiget eller ufuldstændig og kan ikke læses (${p(v, "detail")}).`,
  "import.pdf-active-content": select("content", {
    forms: "PDF-filen indeholder formularfelter; deres indhold er ikke læst, kun sidernes tekst er læst.",
    other:
      'PDF-filen indeholder JavaScript og læses ikke af sikkerhedshensyn. Gem dokumentet som PDF uden JavaScript (fx med "Udskriv til PDF"), eller brug den oprindelige Word-fil.',
  }),
  "import.docx-copy-used": () =>
    "Word-filen er skrevet af milepael, og dens sider siger det samme som den kopi af dokumentet, milepael gemte i filen; kopien er læst, så linjeskift i teksten er bevaret.",
  "import.docx-copy-differs": () =>
    "Word-filen har en kopi af dokumentet fra milepael, men dens sider siger noget andet; siderne er læst, for det er dem, folk ser i Word.",
  "import.docx-copy-unreadable": (v: { reason: "damaged" | "newer" }) =>
    p(v, "reason") === "newer"
      ? "Word-filen har en kopi af dokumentet fra en nyere udgave af milepael, som denne ikke kan læse; siderne er læst."
      : "Word-filen har en kopi af dokumentet fra milepael, men kopien kunne ikke læses (den er beskadiget eller ændret); siderne er læst.",
  "import.docx-tags-unreadable": () =>
    "Word-filen er skrevet af milepael, men dens felter er ændret, så de ikke længere passer sammen (fx er en rækkes overskrift skrevet om); siderne er læst som tekst. Kontrollér indsatser, milepæle og økonomi.",
  "import.docx-typed-beside": () =>
    "Teksten her er skrevet i Word ved siden af et af milepaels felter, ikke i det; den er ikke læst som en del af feltets værdi og er vist her. Skriv den i feltet, hvis den hører til værdien.",
  "import.docx-controls-removed": (v: {
    part: "title" | "section" | "initiative" | "milestone" | "economy" | "round";
    name: Value;
  }) =>
    `Word har fjernet et af milepaels felter ${
      {
        title: "på forsiden af",
        section: "i afsnittet",
        initiative: "i indsatsen",
        milestone: "i en milepæl under indsatsen",
        economy: "i økonomien under indsatsen",
        round: "i opfølgningen",
      }[v.part]
    } "${p(v, "name")}" (fx fordi der er skrevet hen over feltet), men teksten står på siden; siderne er læst som tekst. Kontrollér dette sted.`,
  // readAs "found": milepael's own file, read as what it is; "format": read as given, though it looks like `found`.
  "import.format-not-used": (v: {
    format: Value;
    found: "budget-follow-up" | "plan" | "meetings";
    readAs: "found" | "format";
  }) =>
    p(v, "readAs") === "format"
      ? `Filen ligner ${documentKind(p(v, "found"), "da")}, men er læst med det angivne format (${p(v, "format")}). Kontrollér resultatet, eller læs filen uden at angive et format.`
      : `Filen er skrevet af milepael som ${documentKind(p(v, "found"), "da")} og er læst som sådan; det angivne format (${p(v, "format")}) er ikke brugt.`,
  "import.format-not-for-file": (v: { kind: "docx" | "pdf"; format: "csv" | "json" }) =>
    `${v.kind === "pdf" ? "PDF-filen" : "Word-filen"} kan ikke læses som ${v.format === "json" ? "JSON" : "CSV"}: en Word- eller PDF-fil kan kun være en budgetopfølgning, en plan eller referater og dagsordener. Angiv et af dem, eller intet format, så ses det af filens indhold.`,
  "import.scanned-pdf": () =>
    "PDF-filen har intet tekstlag: den er scannet eller består af billeder. Brug den oprindelige Word-fil, eller kør tekstgenkendelse (OCR) først.",
} satisfies Pick<DanishMessages<"import">, OfficeFileCode>;

export const officeFilesEn: EnglishMessages<typeof officeFilesDa> = {
  "import.docx-unknown-picture": (v) =>
    `The picture "${p(v, "name")}" in the smiley cell does not say which colour it is; the milestone is not assessed.`,
  "import.docx-damaged": (v) =>
    `The Word file is damaged or incomplete and cannot be read (${p(v, "detail")}).`,
  "import.docx-not-word": select("kind", {
    xlsx: "The file is an Excel workbook (.xlsx), not a Word document. Save the table as CSV, or open it in Word.",
    pptx: "The file is a PowerPoint presentation (.pptx), not a Word document.",
    other: "The file is a zip archive but not a Word document (it has no word/document.xml).",
  }),
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
  "import.pdf-active-content": select("content", {
    forms: "The PDF contains form fields; their contents were not read, only the pages' text was read.",
    other:
      'The PDF contains JavaScript and for safety is not read. Save the document as a PDF without JavaScript (e.g. with "Print to PDF"), or use the original Word file.',
  }),
  "import.docx-copy-used": () =>
    "The Word file was written by milepael and its pages say the same as the copy of the document milepael stored in it; the copy was read, so line breaks in the text are kept.",
  "import.docx-copy-differs": () =>
    "The Word file holds a copy of the document from milepael, but its pages say something else; the pages were read, since they are what people see in Word.",
  "import.docx-copy-unreadable": (v) =>
    p(v, "reason") === "newer"
      ? "The Word file holds a copy of the document from a newer version of milepael, which this one cannot read; the pages were read."
      : "The Word file holds a copy of the document from milepael, but the copy could not be read (it is damaged or was changed); the pages were read.",
  "import.docx-tags-unreadable": () =>
    "The Word file was written by milepael, but its fields were edited so that they no longer fit together (a row's heading typed again, for example); the pages were read as text. Check the initiatives, milestones and economy.",
  "import.docx-typed-beside": () =>
    "This text was typed in Word beside one of milepael's fields, not in it; it was not read as part of the field's value and is shown here. Type it inside the field if it belongs to the value.",
  "import.docx-controls-removed": (v) =>
    `Word removed one of milepael's fields ${
      {
        title: "on the title page of",
        section: "in the section",
        initiative: "in the initiative",
        milestone: "in a milestone of the initiative",
        economy: "in the economy of the initiative",
        round: "in the round",
      }[v.part]
    } "${p(v, "name")}" (text typed over the field, for example), but its text is on the page; the pages were read as text. Check this place.`,
  "import.format-not-used": (v) =>
    p(v, "readAs") === "format"
      ? `The file looks like ${documentKind(p(v, "found"), "en")}, but was read in the format given (${p(v, "format")}). Check the result, or read the file without giving a format.`
      : `The file was written by milepael as ${documentKind(p(v, "found"), "en")} and was read as such; the format given (${p(v, "format")}) was not used.`,
  "import.format-not-for-file": (v) =>
    `The ${v.kind === "pdf" ? "PDF" : "Word"} file cannot be read as ${v.format === "json" ? "JSON" : "CSV"}: a Word or PDF file can only be a budget follow-up, a plan or minutes and agendas. Give one of those, or no format, and the file's content tells.`,
  "import.scanned-pdf": () =>
    "The PDF has no text layer: it is scanned or made of pictures. Use the original Word file, or run text recognition (OCR) first.",
};
