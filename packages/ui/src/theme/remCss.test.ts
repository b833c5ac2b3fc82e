// @vitest-environment node
import { describe, expect, it } from "vitest";
import { remAsCustomProperty } from "../../remCss.mjs";

describe("the widgets' rem as --mp-rem", () => {
  it("writes every rem length as a multiple of --mp-rem, which is 1rem when unset", () => {
    expect(remAsCustomProperty(".a{padding:0.5rem 1.25rem;margin:-1rem;width:calc(100% - 2rem)}")).toBe(
      ".a{padding:calc(0.5*var(--mp-rem,1rem)) calc(1.25*var(--mp-rem,1rem));margin:calc(-1*var(--mp-rem,1rem));width:calc(100% - calc(2*var(--mp-rem,1rem)))}",
    );
  });

  it("leaves --mp-rem's own value as written, and changes nothing when applied twice", () => {
    const css = ":where(:root){--mp-rem: 1rem}.a{gap:0.25rem}";
    expect(remAsCustomProperty(css)).toBe(
      ":where(:root){--mp-rem: 1rem}.a{gap:calc(0.25*var(--mp-rem,1rem))}",
    );
    expect(remAsCustomProperty(remAsCustomProperty(css))).toBe(remAsCustomProperty(css));
  });
});
