import { describe, expect, it } from "vitest";
import { budgetFollowUp2017, meetingsLejre2017 } from "../fixtures";
import { xssPayloads } from "../richText/xssPayloads";
import { buildReport } from "./buildReport";
import { renderReportHtml, reportPageCss } from "./renderReportHtml";

describe("renderReportHtml", () => {
  it("writes the title, the header fields, the round summary as takeaway and one table per initiative", () => {
    const html = renderReportHtml(budgetFollowUp2017);
    expect(html).toContain("<title>Tredje opfølgning på Aftale om budget 2017</title>");
    expect(html).toContain("<dt>Sagsid</dt><dd>00.30.00-S00-6-16</dd>");
    expect(html).toContain(
      '<p class="mp-Report-summary">3 af 14 milepæle til 3. budgetopfølgning 2017 er røde',
    );
    expect(html).toContain(
      '<figcaption id="mp-chart-1-caption">3 af 14 milepæle til 3. budgetopfølgning 2017 er røde',
    );
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives).length;
    expect(html.match(/<table class="mp-Report-table" data-role="initiative">/g)).toHaveLength(initiatives);
    expect(html.match(/<section class="mp-Report-initiative">/g)).toHaveLength(initiatives);
  });

  it("prints under 'Om dokumentet' the organisation, each round's kind, cut-off and meeting date, and the round reported on, as the Word paper does", () => {
    const html = renderReportHtml({
      ...budgetFollowUp2017,
      metadata: { ...budgetFollowUp2017.metadata, organisation: "Ballerup Kommune" },
      rounds: budgetFollowUp2017.rounds.map((round, index) =>
        index === 1 ? { ...round, kind: "half-year", meetingDate: "2017-08-29" } : round,
      ),
    });
    expect(html).toContain("<h2>Om dokumentet</h2>\n<p>Organisation: Ballerup Kommune</p>");
    expect(html).toMatch(
      /<th scope="row">2\. budgetopfølgning 2017<\/th><td>Halvårsregnskab<\/td><td>30\. juni 2017<\/td><td>29\. august 2017<\/td>/,
    );
    expect(html).toContain("<p>Dokumentet rapporterer på: 3. budgetopfølgning 2017</p>");
  });

  it("keeps the page A4 portrait for a follow-up, with the title and page numbers in the margins", () => {
    const html = renderReportHtml(budgetFollowUp2017);
    expect(html).toContain("@page { size: A4 portrait;");
    expect(html).toContain('@top-left { content: "Tredje opfølgning på Aftale om budget 2017"');
    expect(html).toContain("counter(page)");
  });

  it("prints the same margins on another page size, a title that tries to close the style kept inside", () => {
    const report = buildReport({
      ...budgetFollowUp2017,
      metadata: { ...budgetFollowUp2017.metadata, title: "</style><script>x()</script>" },
    });
    const css = reportPageCss(report, { size: "A3", orientation: "landscape" });
    expect(css).toMatch(/^@page \{ size: A3 landscape; margin: 18mm 15mm 18mm 15mm;/);
    expect(css).toContain('"Side " counter(page) " af " counter(pages)');
    expect(css).not.toContain("</style>");
  });

  it("writes in English when asked, the follow-up's own table labels kept", () => {
    const html = renderReportHtml(budgetFollowUp2017, { locale: "en" });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h2>Reading guide</h2>");
    expect(html).toContain("Kort beskrivelse af indsatsen (drift)");
  });

  it("never lets markup from the document through: no script, no handler, whatever the text holds", () => {
    for (const payload of xssPayloads) {
      const hostile = structuredClone(budgetFollowUp2017);
      hostile.metadata.title = payload;
      const first = hostile.sections[0]?.initiatives[0];
      if (first) {
        first.title = payload;
        first.description = payload;
        first.responsibleCenter = payload;
      }
      const html = renderReportHtml(hostile);
      expect(html).not.toMatch(
        /<script|<img|<iframe|<svg(?! xmlns="http:\/\/www.w3.org\/2000\/svg" class="mp-chart")|<[a-z][^>]*\son\w+=/i,
      );
    }
  });

  it("writes meetings as a table of items per meeting, and the related documents as one table", () => {
    const report = buildReport(meetingsLejre2017);
    const tables = (role: string) =>
      report.blocks.filter((block) => block.kind === "table" && block.role === role);
    expect(tables("meeting")).toHaveLength(
      meetingsLejre2017.meetings.filter((meeting) => meeting.items.length > 0).length,
    );
    expect(tables("related")).toHaveLength(1);
  });

  it("prints an item's summary and case under their labels, in bold", () => {
    const html = renderReportHtml(meetingsLejre2017);
    const item = meetingsLejre2017.meetings[0]?.items[1];
    expect(html).toContain("<p><strong>Resumé</strong></p>");
    expect(html).toContain("<p><strong>Sagsfremstilling</strong></p>");
    expect(html).toContain(`<h3>${item?.number}. ${item?.title}</h3>`);
  });

  it("prints each line of a case text as a paragraph of its own, as the Word export breaks it, not run together", () => {
    const html = renderReportHtml(meetingsLejre2017);
    const caseText = meetingsLejre2017.meetings[0]?.items[2]?.caseText ?? "";
    const lines = caseText.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(html).toContain(lines.map((line) => `<p>${line}</p>`).join(""));
  });
});
