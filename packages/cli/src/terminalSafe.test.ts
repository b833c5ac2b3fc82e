import { describe, expect, it } from "vitest";
import { terminalSafe, terminalWriter } from "./terminalSafe";

describe("terminalSafe", () => {
  it.each([
    { what: "colours", text: "\u001b[31mRød\u001b[0m", safe: "Rød" },
    { what: "a screen clear and a cursor move", text: "a\u001b[2J\u001b[1;1Hb", safe: "ab" },
    { what: "a window title", text: "\u001b]0;ny titel\u0007Plan", safe: "Plan" },
    {
      what: "an OSC 8 hyperlink, keeping its text",
      text: "\u001b]8;;https://evil.example\u001b\\klik\u001b]8;;\u001b\\",
      safe: "klik",
    },
    { what: "the 8-bit forms of CSI, OSC and ST", text: "\u009b31mC1\u009d8;;x\u009cy", safe: "C1y" },
  ])("removes $what", ({ text, safe }) => {
    expect(terminalSafe(text)).toBe(safe);
  });

  it("drops an escape sequence left open only to the end of its line", () => {
    expect(terminalSafe("titel \u001b]0;aldrig lukket\nnæste linje")).toBe("titel \nnæste linje");
  });

  it.each([
    ["Æbler\tpærer\nØl – 😊", "Æbler\tpærer\nØl – 😊"],
    ["sikker\rFALSK", "sikker\nFALSK"],
    ["a\r\nb", "a\nb"],
  ])(
    "keeps line feeds, tabs and all printable text, and turns a lone CR into a line break: %j",
    (text, safe) => {
      expect(terminalSafe(text)).toBe(safe);
    },
  );

  it("removes other control characters and bidirectional overrides", () => {
    expect(terminalSafe("a\u0000b\u0007c\u007fd\u202eevil\u2066e")).toBe("abcdevile");
  });
});

describe("terminalWriter", () => {
  it("makes everything safe on a terminal and leaves piped output byte for byte", () => {
    const written: string[] = [];
    const write = (text: string) => written.push(text);
    terminalWriter({ isTTY: true, write })('a;"\u001b[2Jb\r\n"\r\n');
    terminalWriter({ isTTY: false, write })('a;"\u001b[2Jb\r\n"\r\n');
    terminalWriter({ write })("\u001b");
    expect(written).toEqual(['a;"b\n"\n', 'a;"\u001b[2Jb\r\n"\r\n', "\u001b"]);
  });
});
