import { locales } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import { paperGuideText } from "../../report/paperGuideText";
import { statusScales, statusValues } from "../../status/status";
import { statusFaces } from "../../status/vocabulary";
import { cellText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { isDebris, type SourceLine } from "../shared/lines";

/**
 * The standard reading guide ("Læsevejledning") of a budget-agreement follow-up, as in the seed
 * (Ballerup 2017), one paragraph or list item a line. Its rules are milepael's default reading
 * guide (`defaultReadingGuide`): milestones green, yellow or red, economy green or red.
 */
const standardGuideText = `Læsevejledning
Denne læsevejledning skal skabe klarhed over, hvilke kriterier, der er lagt til grund for den status, der gives på Aftale om budget 2017 ved budgetopfølgningerne.
Den samlede opfølgning og status på delelementerne i Aftale om budget 2017 sker ved smileys, der gives i forhold til indsats og økonomi.
Status på indsats gives ved at følge op på de opsatte milepæle ved budgetopfølgningerne. Milepæle er de nødvendige skridt, der skal tages for at nå frem til det endelige mål, som vil være det pågældende delelement i budgetaftalen.
Er milepælen fx at der skal være udarbejdet en analyse følges der op på, om analysen er udarbejdet og er den udarbejdet gives en glad smiley. Dertil vil analysen blive behandlet på pågældende fagudvalg.
Definition af smileys på indsats:
- ☺: Milepæl er opfyldt
- ☹: Milepæl er ikke fuldt opfyldt, men det er fortsat realistisk, at det samlede mål for året opnås
- ☹: Milepæl er ikke opfyldt, og det er ikke realistisk at opfylde milepæl indenfor perioden under givende forudsætninger
Der gives én samlet smiley-status på økonomi ved hver opfølgning. Hvis der er ændringer til økonomien i forhold til det vedtagne budget, skal det indgå i budgetopfølgningen, hvor der anvises en alternativ finansiering. Opfølgningen på økonomien vil herefter være i forhold til den eventuelle ændrede økonomi, som er godkendt af Kommunalbestyrelsen.
Definition af smileys på økonomi
- ☺: Budget er overholdt/Besparelse er opnået
- ☹: Budget ikke overholdt/Den forventede besparelse opnås ikke i indeværende periode`;

/**
 * The reading guide milepael's own committee paper prints (`buildReport`), in Danish and English,
 * every level of both scales: a paper read back is a follow-up with milepael's guide before its
 * first section.
 */
function milepaelGuideLines(): string[] {
  return locales.flatMap((locale) => {
    const levels = statusScales.flatMap((scale) =>
      statusValues.map((status) => {
        const label = statusLabel(status, scale, locale);
        return `${statusFaces[status]} ${label.name}: ${label.meaning}`;
      }),
    );
    return [...Object.values(paperGuideText).map((words) => words[locale]), ...levels];
  });
}

/**
 * The headings of what milepael's committee paper prints after its guide, from the document itself
 * (the round's summary, the rounds' table): after milepael's guide, the rest of the front matter.
 */
const paperHeadings = new Set(["sammenfatning", "summary", "om dokumentet", "about the document"]);
/** The heading of the paper's summary, drawn from the document (`reportNotesUnderSummary` checks it). */
const summaryHeadings = new Set(["sammenfatning", "summary"]);
/** The heading of the paper's last part before the sections: fields and rounds, each read. */
const aboutHeadings = new Set(["om dokumentet", "about the document"]);
/** The lead sentence of milepael's paper guide, normalised, in both languages: a paper's mark. */
const paperLeads = new Set(Object.values(paperGuideText.readingGuideLead).map(guideLine));

/** The guide's headings, normalised: standard only when standard text follows them. */
const guideHeadings = new Set(["læsevejledning", "reading guide"]);
let standardGuide: ReadonlySet<string> | undefined;

/**
 * A line of a reading guide in the form the standard guide is compared in: its text without
 * markup, heading or list marks and end punctuation, in lower case, every year "####" (the guide
 * names the budget's year), happy faces ☺ and sad or neutral faces ☹ (text extraction writes them
 * several ways, Wingdings' letters J, K and L among them, and lost the neutral face's colour).
 *
 * @example
 * guideLine("## Definition af smileys på indsats:"); // "definition af smileys på indsats"
 */
export function guideLine(text: string): string {
  const plain = cellText(text)
    .replace(/^(?:#{1,6}\s+|\*\*|[-*•–]\s+)/, "")
    // Saved from Word as Windows-1252 text, a definition's smiley is its Wingdings letter.
    .replace(/^J(?=:)/, "☺")
    .replace(/^[KL](?=:)/, "☹");
  // The end's marks by index: a pattern anchored at the end retried every run of dots or colons.
  let end = plain.length;
  while (end > 0 && ":.* ".includes(plain[end - 1] as string)) end -= 1;
  return plain
    .slice(0, end)
    .toLowerCase()
    .replace(/\b\d{4}\b/g, "####")
    .replace(/😊|🙂|☺\uFE0F?/gu, "☺")
    .replace(/😐|🙁|😞|☹\uFE0F?/gu, "☹");
}

/**
 * Whether a line is the lead sentence of milepael's paper guide, in either language: the paper's mark.
 *
 * @example
 * isPaperLead(paperGuideText.readingGuideLead.da); // true
 */
export function isPaperLead(text: string): boolean {
  return paperLeads.has(guideLine(text));
}

/**
 * Where milepael's own paper (its guide's lead sentence stands before) prints what it draws from the
 * document before the first section: its first heading after the guide ("Sammenfatning", "Om
 * dokumentet"), or -1. After any other guide, a "Sammenfatning" is the municipality's text.
 *
 * @example
 * head.slice(paperFrontMatterStart(head)); // "## Om dokumentet", "Organisation: …", "År: 2018", …
 */
export function paperFrontMatterStart(lines: readonly SourceLine[]): number {
  const lead = lines.findIndex((line) => isPaperLead(line.text));
  if (lead < 0) return -1;
  return lines.findIndex((line, index) => index > lead && paperHeadings.has(guideLine(line.text)));
}

/**
 * Reports the lines before a follow-up's first section that no field takes (the header and the
 * title are read by `readHeader`; their lines are `used`): the standard reading guide once, as
 * info, at its first line; every other paragraph (a run of lines between blank lines or the
 * guide's) as a warning with its first line and its text (lines joined by "\n"), so that nothing is lost
 * silently. A municipality's note or its own wording of a definition changes how the document is
 * read, hence a warning. Returns the lines under the summary of milepael's own paper, which only
 * the document read can tell from a note typed there (`reportNotesUnderSummary`).
 *
 * @example
 * const summaryLines = reportPreamble(head.slice(0, firstSection), header.used, collector);
 * // info "import.reading-guide-standard" on line 17; warning "import.preamble-ignored" on a note
 */
export function reportPreamble(
  lines: readonly SourceLine[],
  used: ReadonlySet<number>,
  collector: DiagnosticCollector,
): SourceLine[] {
  standardGuide ??= new Set([...standardGuideText.split("\n"), ...milepaelGuideLines()].map(guideLine));
  const guide = standardGuide;
  // Per line: blank (no text, page debris, or the header's), part of the standard guide, or text.
  const kinds = lines.map((line): "blank" | "guide" | "text" => {
    if (line.text.trim() === "" || isDebris(line.text) || used.has(line.number)) return "blank";
    return guide.has(guideLine(line.text)) ? "guide" : "text";
  });
  // The heading alone is no standard guide: it is when standard text follows it.
  for (let index = 0; index < lines.length; index += 1) {
    if (kinds[index] !== "guide" || !guideHeadings.has(guideLine((lines[index] as SourceLine).text)))
      continue;
    let next = index + 1;
    while (kinds[next] === "blank") next += 1;
    if (kinds[next] !== "guide" || guideHeadings.has(guideLine(lines[next]?.text ?? "")))
      kinds[index] = "text";
  }

  // milepael's own paper: what follows under the paper's headings is drawn from the document, up to
  // "Om dokumentet", under which every line the paper prints is read (its fields, the rounds' table
  // and the round reported on: `used`); a line typed there besides is reported.
  const paper = paperFrontMatterStart(lines);
  let summaryLines: SourceLine[] = [];
  if (paper >= 0) {
    const about = lines.findIndex((line, index) => index >= paper && aboutHeadings.has(guideLine(line.text)));
    const end = about < 0 ? lines.length : about;
    if (summaryHeadings.has(guideLine((lines[paper] as SourceLine).text)))
      // Blank, debris and the header's lines stay as blank lines: they part the summary's paragraphs.
      summaryLines = lines
        .slice(paper + 1, end)
        .map((line, index) =>
          kinds[paper + 1 + index] === "text" ? line : { number: line.number, text: "" },
        );
    kinds.fill("blank", paper, end + 1);
  }

  // The guide is reported once, at its first line (a line number in the message would be the
  // text's, wrong for Word and PDF, whose importers turn the line into a paragraph or a page).
  const first = kinds.indexOf("guide");
  let block: SourceLine[] = [];
  const reportBlock = () => {
    const from = block[0];
    if (from === undefined) return;
    const raw = block.map((line) => line.text).join("\n");
    collector.add("warning", "import.preamble-ignored", from.number, {}, raw);
    block = [];
  };
  for (const [index, line] of lines.entries()) {
    if (kinds[index] === "text") {
      block.push(line);
      continue;
    }
    reportBlock();
    if (index === first) collector.add("info", "import.reading-guide-standard", line.number, {}, line.text);
  }
  reportBlock();
  return summaryLines;
}
