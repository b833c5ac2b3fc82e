// What a Word run (`w:r`) reads as: text, breaks, smileys and pictures. A run's reading needs only
// the run and the package's relationships (for pictures' file names), so it stands apart from the
// body reader's walk over paragraphs and tables (readWordXml.ts).

import {
  type FoundSmiley,
  isYellowish,
  pictureSmiley,
  unicodeFacePattern,
  unicodeSmiley,
  wingdingsSmiley,
} from "./smiley";
import { child, childElements, descendant, isOn, textOf, type XmlElement } from "./xml";

/** A piece of a paragraph. */
export type Inline =
  | { kind: "text"; text: string; bold: boolean; italic: boolean }
  | { kind: "break" }
  | { kind: "smiley"; smiley: FoundSmiley }
  | { kind: "picture"; name: string };

/**
 * A run's content as inlines, in order: its text (bold and italic as the run sets them), tabs as
 * spaces, breaks, and every smiley, whether a Unicode face, a Wingdings character or a picture,
 * red turned yellow where the run is coloured yellow. Field codes and deleted text are skipped.
 *
 * @example
 * const out: Inline[] = [];
 * readRunInlines(parseXml('<w:r><w:t>Status: 🙂</w:t></w:r>'), new Map(), out); // text, then a green smiley
 */
export function readRunInlines(run: XmlElement, relationships: Map<string, string>, out: Inline[]): void {
  const properties = child(run, "w:rPr");
  const bold = isOn(child(properties, "w:b"));
  const italic = isOn(child(properties, "w:i"));
  const fonts = child(properties, "w:rFonts");
  const fontNames = fonts ? Object.values(fonts.attributes).join(" ") : "";
  const inWingdings = /wingdings/i.test(fontNames);
  const colour = child(properties, "w:color")?.attributes["w:val"] ?? "";
  const coloured = (smiley: FoundSmiley): FoundSmiley =>
    smiley.status === "red" && isYellowish(colour)
      ? { status: "yellow", source: `${smiley.source}, farve ${colour}` }
      : smiley;
  let inField = false;
  for (const element of childElements(run)) {
    switch (element.name) {
      case "w:fldChar":
        // The instruction between "begin" and "separate" is a field code, not text.
        inField = element.attributes["w:fldCharType"] === "begin";
        break;
      case "w:t": {
        if (inField) break;
        // A newline inside the text is no line break in Word, which shows it as a space; kept, it
        // would end the table row the text stands in.
        const text = textOf(element).replace(/\r\n?|\n/g, " ");
        if (inWingdings) {
          for (const character of text) {
            const smiley = wingdingsSmiley(character.codePointAt(0) ?? 0);
            if (smiley) out.push({ kind: "smiley", smiley: coloured(smiley) });
          }
          break;
        }
        let last = 0;
        for (const match of text.matchAll(unicodeFacePattern)) {
          const smiley = unicodeSmiley(match[0]);
          if (smiley === null) continue;
          if ((match.index ?? 0) > last)
            out.push({ kind: "text", text: text.slice(last, match.index), bold, italic });
          out.push({ kind: "smiley", smiley: coloured(smiley) });
          last = (match.index ?? 0) + match[0].length;
        }
        if (last < text.length) out.push({ kind: "text", text: text.slice(last), bold, italic });
        break;
      }
      case "w:tab":
      case "w:ptab":
        out.push({ kind: "text", text: " ", bold: false, italic: false });
        break;
      case "w:br":
      case "w:cr":
        out.push({ kind: "break" });
        break;
      case "w:noBreakHyphen":
        out.push({ kind: "text", text: "-", bold, italic });
        break;
      case "w:sym": {
        const font = element.attributes["w:font"] ?? "";
        const code = Number.parseInt(element.attributes["w:char"] ?? "", 16);
        const smiley = /wingdings/i.test(font)
          ? wingdingsSmiley(code)
          : Number.isFinite(code)
            ? unicodeSmiley(String.fromCodePoint(code))
            : null;
        if (smiley) out.push({ kind: "smiley", smiley: coloured(smiley) });
        break;
      }
      case "w:drawing":
      case "w:pict":
      case "w:object":
        out.push(picture(element, relationships));
        break;
      case "mc:AlternateContent": {
        const choice = child(element, "mc:Choice");
        const drawing = choice
          ? (descendant(choice, "w:drawing") ?? descendant(choice, "w:pict"))
          : undefined;
        if (drawing) out.push(picture(drawing, relationships));
        break;
      }
      default:
        // w:delText, w:instrText, footnote and comment references: not body text.
        break;
    }
  }
}

/** A picture as a smiley when its alt text or file name says which, else by its name. */
function picture(element: XmlElement, relationships: Map<string, string>): Inline {
  const docPr = descendant(element, "wp:docPr");
  const imageData = descendant(element, "v:imagedata");
  const shape = descendant(element, "v:shape");
  const embed = descendant(element, "a:blip")?.attributes["r:embed"] ?? imageData?.attributes["r:id"];
  const file = embed === undefined ? undefined : relationships.get(embed)?.split("/").pop();
  const texts = [
    docPr?.attributes.descr,
    docPr?.attributes.title,
    shape?.attributes.alt,
    imageData?.attributes["o:title"],
    docPr?.attributes.name,
    file,
  ].filter((text): text is string => text !== undefined && text.trim() !== "");
  const smiley = pictureSmiley(texts);
  if (smiley) return { kind: "smiley", smiley };
  return { kind: "picture", name: texts.join(", ") || "?" };
}
