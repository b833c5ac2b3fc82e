import { describe, expect, it } from "vitest";
import * as z from "zod";
import { compileFastCheck } from "./fastCheck";

const schema = z.strictObject({
  id: z.string().min(1),
  note: z.string().optional(),
  status: z.enum(["green", "red"]),
  kind: z.enum(["drift", "anlaeg"]).optional(),
  title: z.string().email(),
});
const check = compileFastCheck(schema);
const valid = { id: "1", status: "green", title: "a@b.dk" };

describe("compileFastCheck, fields checked in place", () => {
  it("passes string and enum fields the schema accepts, optional ones absent or present", () => {
    expect(check(valid)).toBe(true);
    expect(check({ ...valid, note: "", kind: "anlaeg" })).toBe(true);
  });

  it("refuses a string shorter than the schema's minimum, a value outside an enum, a wrong type", () => {
    for (const wrong of [
      { ...valid, id: "" },
      { ...valid, status: "blue" },
      { ...valid, kind: "drift og anlæg" },
      { ...valid, note: 5 },
      { ...valid, title: "no address" },
    ]) {
      expect(check(wrong)).toBe(false);
      expect(schema.safeParse(wrong).success).toBe(false);
    }
  });

  it("leaves an optional field written as undefined to zod, and never passes what zod refuses", () => {
    expect(check({ ...valid, note: undefined })).toBe(false);
    expect(schema.safeParse({ ...valid, note: undefined }).success).toBe(true);
    const hidden = { ...valid };
    Object.defineProperty(hidden, "note", { value: undefined, enumerable: false });
    expect(check(hidden) && !schema.safeParse(hidden).success).toBe(false);
  });
});
