import { describe, expect, it } from "vitest";
import { HeaderCells } from "./patterns";

describe("HeaderCells", () => {
  it("gives each header cell's kind text, the same for a header cell written again, and null for any other cell", () => {
    const headers = new HeaderCells();
    expect(headers.kindText("Kort beskrivelse af indsatsen (drift)")).toBe("drift");
    expect(headers.kindText("Kort beskrivelse af indsatsen (drift)")).toBe("drift");
    expect(headers.kindText("<p>Indsatsen handler om skoler.</p>")).toBeNull();
    expect(headers.kindText("KORT BESKRIVELSE AF INDSATSEN")).toBeUndefined();
    expect(headers.kindText("Kort beskrivelse af indsatsen (anlæg)")).toBe("anlæg");
  });
});
