import { describe, expect, it } from "vitest";
import { terminalSafe, terminalWriter } from "./terminalSafe";

describe("terminalSafe", () => {
  it.each([
    ["removes colours", "\u001b[31mRød\u001b[0m", "Rød"],
    ["removes screen clears and cursor moves", "a\u001b[2J\u001b[1;1Hb", "ab"],
    ["removes window titles", "\u001b]0;ny titel\u0007Plan", "Plan"],
    ["removes OSC 8 hyperlinks", "\u001b]8;;https://evil.example\u001b\\klik\u001b]8;;\u001b\\", "klik"],
    ["removes the 8-bit forms (C1)", "\u009b31mC1\u009d8;;x\u009cy", "C1y"],
    ["drops a sequence left open to its line's end", "titel \u001b]0;aldrig lukket\nnæste", "titel \nnæste"],
    ["keeps line feeds, tabs and all printable text", "Æbler\tpærer\nØl – 😊", "Æbler\tpærer\nØl – 😊"],
    ["turns a lone CR into a line break", "sikker\rFALSK", "sikker\nFALSK"],
    ["turns CR LF into a line feed", "a\r\nb", "a\nb"],
    [
      "removes other control characters and bidi overrides",
      "a\u0000b\u0007c\u007fd\u202eevil\u2066e",
      "abcdevile",
    ],
  ])("%s", (_, text, safe) => {
    expect(terminalSafe(text)).toBe(safe);
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
