import { describe, expect, it } from "vitest";
import { terminalSafe, terminalWriter } from "./terminalSafe";

describe("terminalSafe", () => {
  it("removes colours, cursor moves, screen clears, window titles and OSC 8 hyperlinks", () => {
    expect(terminalSafe("\u001b[31mRød\u001b[0m")).toBe("Rød");
    expect(terminalSafe("a\u001b[2J\u001b[1;1Hb")).toBe("ab");
    expect(terminalSafe("\u001b]0;ny titel\u0007Plan")).toBe("Plan");
    expect(terminalSafe("\u001b]8;;https://evil.example\u001b\\klik\u001b]8;;\u001b\\")).toBe("klik");
    expect(terminalSafe("\u009b31mC1\u009d8;;x\u009cy")).toBe("C1y");
  });

  it("drops an escape sequence left open only to the end of its line", () => {
    expect(terminalSafe("titel \u001b]0;aldrig lukket\nnæste linje")).toBe("titel \nnæste linje");
  });

  it("keeps line feeds, tabs and all printable text, and turns a lone CR into a line break", () => {
    expect(terminalSafe("Æbler\tpærer\nØl – 😊")).toBe("Æbler\tpærer\nØl – 😊");
    expect(terminalSafe("sikker\rFALSK")).toBe("sikker\nFALSK");
    expect(terminalSafe("a\r\nb")).toBe("a\nb");
  });

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
