// The opt-in typeface: `@milepael/ui/font.css` as the build ships it (dist/font.css with its WOFF2
// files beside it) loads IBM Plex Sans, the face --mp-font names, in the weights the kit uses.

import { describe, expect, it } from "vitest";
import "../../dist/font.css";

describe("@milepael/ui/font.css", () => {
  it.each([
    ["regular", "400 16px"],
    ["italic", "italic 400 16px"],
    ["semibold", "600 16px"],
    ["bold", "700 16px"],
  ])("loads IBM Plex Sans %s from the package's own files", async (_name, font) => {
    const faces = await document.fonts.load(`${font} "IBM Plex Sans"`, "Æblegrød på Ørsted");
    expect(faces.map((face) => [face.family.replaceAll('"', ""), face.status])).toEqual([
      ["IBM Plex Sans", "loaded"],
    ]);
  });
});
