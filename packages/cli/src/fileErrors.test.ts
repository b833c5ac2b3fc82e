import { describe, expect, it } from "vitest";
import { fileErrorReason } from "./fileErrors";

const failure = (code: string) => Object.assign(new Error(`${code}: Node's own sentence`), { code });

describe("fileErrorReason", () => {
  it("says why in words for the codes people meet, in either language", () => {
    expect(fileErrorReason(failure("EISDIR"), "da")).toBe("det er en mappe, ikke en fil");
    expect(fileErrorReason(failure("EISDIR"), "en")).toBe("it is a folder, not a file");
    expect(fileErrorReason(failure("ENAMETOOLONG"), "en")).toBe("the name is too long");
  });

  it("names any other code, and keeps the message of an error without one", () => {
    expect(fileErrorReason(failure("EXDEV"), "da")).toBe("fejl EXDEV");
    expect(fileErrorReason(failure("EXDEV"), "en")).toBe("error EXDEV");
    expect(fileErrorReason(new Error("disk gone"), "en")).toBe("disk gone");
  });
});
