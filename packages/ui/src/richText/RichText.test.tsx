import { xssPayloads } from "@milepael/core/fixtures";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RichText } from "./RichText";

describe("RichText", () => {
  it("keeps paragraphs, lists and emphasis from a document", () => {
    const { container } = render(
      <RichText html="<p>Et <strong>vigtigt</strong> afsnit</p><ol><li>én</li><li>to</li></ol>" />,
    );
    expect(container.innerHTML).toBe(
      '<div class="mp-RichText"><p>Et <strong>vigtigt</strong> afsnit</p><ol><li>én</li><li>to</li></ol></div>',
    );
  });

  it("renders every XSS payload inert: no script, handler, link or embedded content", () => {
    for (const payload of xssPayloads) {
      const { container, unmount } = render(<RichText html={payload} />);
      expect(container.querySelector("script, iframe, object, embed, img, svg, a, style, form")).toBeNull();
      for (const element of container.querySelectorAll("*")) {
        expect(
          [...element.attributes].map((attribute) => attribute.name).filter((name) => name !== "class"),
        ).toEqual([]);
      }
      unmount();
    }
  });

  it("shows text with angle brackets as text", () => {
    const { container } = render(<RichText as="span" html="5 < 7 &amp; 3 > 2" />);
    expect(container.textContent).toBe("5 < 7 & 3 > 2");
  });
});
