// @vitest-environment node
import { describe, expect, it } from "vitest";
import { elementCss, themeTokensAsDefaults } from "../../elementCss.mjs";

describe("the custom elements' stylesheet", () => {
  it("carries the widgets the elements show, with the themes on the host", () => {
    const css = elementCss();
    expect(css).toContain(".mp-Timeline");
    expect(css).toContain(".mp-DecisionLog");
    expect(css).toContain(':host([theme="dark"])');
  });

  it("leaves out the report's rules, which no element shows", () => {
    expect(elementCss()).not.toContain(".mp-Report-table");
  });
});

describe("themeTokensAsDefaults", () => {
  it("declares the themes' tokens as defaults on the host, resolved once there, and the tokens inside from that", () => {
    expect(
      themeTokensAsDefaults(
        ':host{--mp-font: serif}:host([theme="dark"]){--mp-font: sans-serif}.x{font:var(--mp-font)}',
      ),
    ).toBe(
      ':host{--mp-default-font: serif}:host([theme="dark"]){--mp-default-font: sans-serif}.x{font:var(--mp-font)}' +
        ":host{--mp-resolved-font:var(--mp-font,var(--mp-default-font))}:host>*{--mp-font:var(--mp-resolved-font)}",
    );
  });

  it("leaves a stylesheet without tokens on the host as it is", () => {
    expect(themeTokensAsDefaults(":host{display:block}.x{color:var(--mp-color-text)}")).toBe(
      ":host{display:block}.x{color:var(--mp-color-text)}",
    );
  });

  it("declares no theme token itself on the host of the elements' stylesheet, so a page's value is inherited", () => {
    const hostRules = [...elementCss().matchAll(/:host[^{>]*\{([^}]*)\}/g)].map((rule) => rule[1] ?? "");
    expect(
      hostRules.flatMap((body) => body.match(/(?:^|;)\s*--mp-(?!default-|resolved-)[\w-]+\s*:/g) ?? []),
    ).toEqual([]);
  });
});
