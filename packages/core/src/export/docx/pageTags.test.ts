import { describe, expect, it } from "vitest";
import { markText, parsePageDate, parsePageStatus, readTag, writeTag } from "./pageTags";
import { paragraphsToRich, richToParagraphs } from "./tagParagraphs";

describe("the tags and values of milepael's Word pages", () => {
  it("reads back a tag whose arguments hold spaces, equals signs and percent signs", () => {
    const tag = { name: "milestone.round", args: { id: "2017 = 3 %", c: "4" } };
    expect(readTag(writeTag(tag))).toEqual(tag);
    expect(readTag("Titel")).toBeNull();
  });

  it("reads a date back from the Danish and the English way of writing it", () => {
    expect(parsePageDate("27. oktober 2017")).toBe("2017-10-27");
    expect(parsePageDate("1 February 1900")).toBe("1900-02-01");
    expect(parsePageDate("30. februar 2017")).toBeNull();
    expect(parsePageDate("snart")).toBeNull();
  });

  it("reads a status from its face and word, the word deciding", () => {
    expect(parsePageStatus("☹ Gul")).toBe("yellow");
    expect(parsePageStatus("Ikke vurderet")).toBe("not-assessed");
    expect(parsePageStatus("☺ Green")).toBe("green");
    expect(parsePageStatus("☺")).toBeNull();
  });

  it("writes tabs and both kinds of line break as marks, and what XML cannot hold as U+FFFD", () => {
    expect(markText("a\tb\nc\rd\u0001")).toBe("a\uFDD3b\uFDD4c\uFDD5d\uFFFD");
  });

  it("keeps two lists with nothing between them as two at any level, and a list nested in another kind nested", () => {
    for (const html of [
      "<ul><li>a</li></ul><ul><li>b</li></ul>",
      "<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>",
      "<p>a <strong>b</strong><br><em>c</em></p><ol><li>d</li></ol>",
      // Two lists of one kind side by side inside an item: each nested list its own instance.
      "<ul><li><ol><li><br></li></ol><ol><li><br></li></ol></li></ul>",
      "<ol><li>a<ul><li>b</li></ul><ul><li>c</li></ul></li><li>d<ul><li>e</li></ul></li></ol>",
    ])
      expect(paragraphsToRich(richToParagraphs(html))).toBe(html);
  });
});
