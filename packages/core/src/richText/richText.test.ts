import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeEntities,
  maxRichTextDepth,
  parseRichText,
  richTextToPlainText,
  sanitizeRichText,
} from "./richText";
import { xssPayloads } from "./xssPayloads";

/** Every tag in sanitised output must be one we write, bare. */
function assertInert(html: string) {
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    expect(tag).toMatch(/^<\/?(p|ul|ol|li|br|strong|em)>$/);
  }
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/<script/i);
}

/** Sanitising `input` gives inert HTML, which a second pass leaves as it is. */
function assertInertAndStable(input: string) {
  const { html } = sanitizeRichText(input);
  assertInert(html);
  expect(sanitizeRichText(html).html).toBe(html);
}

describe("sanitizeRichText", () => {
  it("keeps the seed's paragraphs and drops the white space between them", () => {
    expect(sanitizeRichText("<p>En.</p> <p>To.</p>").html).toBe("<p>En.</p><p>To.</p>");
  });

  it("unwraps a single paragraph into plain text", () => {
    expect(sanitizeRichText("<p>Afklaring med staten pågår.</p>").html).toBe("Afklaring med staten pågår.");
  });

  it("escapes text and decodes entities only once", () => {
    expect(sanitizeRichText("2 < 3").html).toBe("2 &lt; 3");
    expect(sanitizeRichText("<p>a &lt;b&gt; c</p>").html).toBe("a &lt;b&gt; c");
  });

  it("keeps an '&' as plain text writes it, escaped only where it would start an entity", () => {
    expect(sanitizeRichText("Kig & Lyt").html).toBe("Kig & Lyt");
    expect(sanitizeRichText("Kig &amp; Lyt").html).toBe("Kig & Lyt");
    expect(sanitizeRichText("<p>R&amp;D</p><p>Børne- &amp; Ungeudvalget</p>").html).toBe(
      "<p>R&D</p><p>Børne- & Ungeudvalget</p>",
    );
    // HTML reads these names without a semicolon, even inside a word: the "&" is escaped.
    expect(sanitizeRichText("Budget&regnskab, Leverance&notat").html).toBe(
      "Budget&amp;regnskab, Leverance&amp;notat",
    );
    expect(sanitizeRichText("Kultur&Fritid, R&D").html).toBe("Kultur&Fritid, R&D");
    // Text that reads as an entity keeps its escape, so it reads back as written.
    expect(sanitizeRichText("<p>&amp;amp; og &amp;#38;</p>").html).toBe("&amp;amp; og &amp;#38;");
    expect(richTextToPlainText(sanitizeRichText("<p>&amp;amp; og &amp;#38;</p>").html)).toBe(
      "&amp; og &#38;",
    );
  });

  it("turns bullets written straight into a list into list items", () => {
    expect(
      sanitizeRichText('Workshop omkring: <ul style="list-style-type: none">• mindset,• mødestruktur').html,
    ).toBe("Workshop omkring: <ul><li>mindset,</li><li>mødestruktur</li></ul>");
  });

  it("turns numbered markers written straight into a list into items", () => {
    expect(sanitizeRichText('<ol style="list-style-type: none"> 1) Alle lokaler 2) Bedre booking').html).toBe(
      "<ol><li>Alle lokaler</li><li>Bedre booking</li></ol>",
    );
  });

  it("maps b and i to strong and em, and drops attributes", () => {
    expect(sanitizeRichText('<p class="x"><b>Fed</b> og <i style="c">kursiv</i></p>').html).toBe(
      "<strong>Fed</strong> og <em>kursiv</em>",
    );
  });

  it("closes what the author left open", () => {
    expect(sanitizeRichText("<p>en <strong>to").html).toBe("en <strong>to</strong>");
    expect(sanitizeRichText("<li>løs</li>").html).toBe("<ul><li>løs</li></ul>");
  });

  it("reports what it removed with content", () => {
    expect(sanitizeRichText("Hej<script>alert(1)</script><style>p{}</style>").removed).toEqual([
      "script",
      "style",
    ]);
  });

  it("names an event handler written straight after a quoted value, as a browser reads it", () => {
    expect(sanitizeRichText('<p title="x"onclick=y>Tekst</p>').removed).toEqual(["onclick"]);
    expect(sanitizeRichText('<p title="x onclick=y">Tekst</p>').removed).toEqual([]);
  });

  it.each(xssPayloads)("makes %j inert", (payload) => {
    assertInertAndStable(payload);
  });

  it("keeps the words around a payload", () => {
    expect(sanitizeRichText('Se <a href="javascript:alert(1)">her</a>.').html).toBe("Se her.");
  });

  it("is inert and stable for any input at all", () => {
    // Tags kept and dropped, a script and a javascript: link, entities, a bullet, a quote, comments, svg.
    const fragments = [
      "<p>",
      "</p>",
      "<ul>",
      "<li>",
      "<b>",
      "<script>",
      "</script>",
      "<a href='javascript:x'>",
      "&amp;",
      "&#60;",
      "<",
      ">",
      "tekst",
      " ",
      "•",
      '"',
      "<!--",
      "-->",
      "<svg>",
    ];
    const htmlish = fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.oneof(fc.string(), htmlish), assertInertAndStable), { numRuns: 3000 });
  });
});

describe("richTextToPlainText", () => {
  it("puts paragraphs on lines and bullets before items", () => {
    expect(richTextToPlainText("<p>Kig &amp; Lyt</p><ul><li>a</li><li>b</li></ul>")).toBe(
      "Kig & Lyt\n• a\n• b",
    );
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric entities, keeping unknown and control ones as written", () => {
    expect(decodeEntities("&aring;&#248;&#xE6; &foo; &#0;")).toBe("åøæ &foo; &#0;");
  });
});

describe("parseRichText", () => {
  it("gives a tree the UI can render without innerHTML", () => {
    expect(parseRichText("<p>Hej <b>du</b></p>").nodes).toEqual([
      {
        type: "element",
        tag: "p",
        children: [
          { type: "text", text: "Hej " },
          { type: "element", tag: "strong", children: [{ type: "text", text: "du" }] },
        ],
      },
    ]);
  });
});

describe("deeply nested markup", () => {
  const nested = `${"<b>".repeat(2517)}dybt${"</b>".repeat(2517)} og fladt`;

  it("keeps content nested deeper than the limit as text instead of overflowing the stack", () => {
    const { nodes, tooDeep } = parseRichText(nested);
    expect(tooDeep).toBe(true);
    expect(richTextToPlainText(nested)).toBe("dybt og fladt");
    let depth = 0;
    for (let node = nodes[0]; node?.type === "element"; node = node.children[0]) depth += 1;
    expect(depth).toBe(maxRichTextDepth);
  });

  it("tells the importer the markup was flattened", () => {
    const { html, tooDeep } = sanitizeRichText(nested);
    expect(tooDeep).toBe(true);
    expect(html).toBe(
      `${"<strong>".repeat(maxRichTextDepth)}dybt${"</strong>".repeat(maxRichTextDepth)} og fladt`,
    );
    expect(sanitizeRichText("<b>lidt</b>").tooDeep).toBeUndefined();
  });

  it("keeps an over-long input as plain text when a limit is given", () => {
    expect(sanitizeRichText("<b>fed</b> tekst", { maxLength: 10 })).toEqual({
      html: "&lt;b&gt;fed&lt;/b&gt; tekst",
      removed: [],
      tooLong: true,
    });
  });
});
