// @vitest-environment node
import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { MilestoneTable } from "./MilestoneTable";

describe("memoised toolbar and header on the server", () => {
  it("renders without a window and without warnings", () => {
    expect(typeof window).toBe("undefined");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = renderToString(
      <MilestoneTable document={budgetFollowUp2017} sorting={[{ id: "initiative", desc: false }]} />,
    );
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('type="checkbox"');
    expect(error.mock.calls.filter((call) => !String(call[0]).includes("<search>"))).toEqual([]);
    error.mockRestore();
  });
});
