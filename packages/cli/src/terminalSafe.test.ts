import { describe, expect, it } from "vitest";
import { terminalSafe, terminalWriter } from "./terminalSafe";

describe("terminalSafe", () => {
  it.each([
    ["\u001b[31mRød\u001b[0m", "Rød"],
    ["a\u001b[2J\u001b[1;1Hb", "ab"],
    ["\u001b]0;ny titel\u0007Plan", "Plan"],
    ["\u001b]8;;https://evil.example\u001b\\klik\u001b]8;;\u001b\\", "klik"],
    ["\u009b31mC1\u009d8;;x\u009cy", "C1y"],
  ])("removes colours, cursor moves, screen clears, window titles and OSC 8 hyperlinks: %j", (text, safe) => {
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
