import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import { render, screen, within } from "@testing-library/react";
import { Profiler } from "react";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { eventually } from "../internal/eventually.testHelpers";
import "../styles.css";
import { MilestoneTable } from "./MilestoneTable";

const initiativeCount = budgetFollowUp2017.sections.reduce(
  (sum, section) => sum + section.initiatives.length,
  0,
);

describe("MilestoneTable with the keyboard only", () => {
  it("reaches the rows with Tab, moves with the arrows and opens details with Enter", async () => {
    render(<MilestoneTable document={budgetFollowUp2017} />);
    const firstSection = screen.getByRole("button", { name: "Skjul afsnittet 5. Erhverv og Beskæftigelse" });
    screen.getByRole("button", { name: "Hent visningen som CSV" }).focus();
    // Past the column headers' sort buttons, Tab lands on the body's single tab stop.
    const headers = screen.getByRole("table").querySelectorAll("thead th").length;
    for (let step = 0; step <= headers; step += 1) await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(firstSection);
    await userEvent.keyboard("{ArrowDown}");
    const first = budgetFollowUp2017.sections[0]?.initiatives[0];
    const firstRow = screen.getByRole("button", {
      name: `Vis detaljer for ${first?.number} ${first?.title}`,
    });
    expect(document.activeElement).toBe(firstRow);
    await userEvent.keyboard("{Enter}");
    expect(firstRow.getAttribute("aria-expanded")).toBe("true");
    const detail = document.getElementById(firstRow.getAttribute("aria-controls") ?? "");
    expect(detail?.textContent).toContain(first?.milestones[0]?.text.slice(0, 30));
    await userEvent.keyboard("{End}");
    const lastSection = budgetFollowUp2017.sections.at(-1);
    const last = lastSection?.initiatives.at(-1);
    expect(document.activeElement?.getAttribute("aria-label")).toBe(
      `Vis detaljer for ${last?.number} ${last?.title}`,
    );
    // One tab stop in the body: every other row button is out of the tab order.
    const tabbable = within(screen.getByRole("table"))
      .getAllByRole("button")
      .filter((button) => button.tabIndex === 0 && button.closest("tbody"));
    expect(tabbable).toHaveLength(1);
  });

  it("sorts from a column header with Enter and says so in aria-sort", async () => {
    render(<MilestoneTable document={budgetFollowUp2017} defaultGrouping={[]} />);
    const header = screen.getByRole("button", { name: /3\. budgetopfølgning 2017/ });
    header.focus();
    await userEvent.keyboard("{Enter}");
    expect(header.closest("th")?.getAttribute("aria-sort")).toBe("descending");
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    const firstStatus = within(rows[0] as HTMLElement)
      .getAllByRole("img")[2]
      ?.getAttribute("aria-label");
    expect(firstStatus).toMatch(/^Rød/);
  });

  it("filters by status and searches without a mouse, and says how many are shown", async () => {
    render(<MilestoneTable document={budgetFollowUp2017} />);
    const search = screen.getByRole("searchbox", { name: "Søg" });
    search.focus();
    await userEvent.keyboard("byvåben");
    expect(screen.getByRole("status").textContent).toBe(`Viser 1 af ${initiativeCount} indsatser`);
    expect(screen.getByRole("button", { name: /Genindførelse af det gamle byvåben/ })).toBeTruthy();
    await userEvent.clear(search);
    const status = screen.getByRole("combobox", { name: "Status" });
    await userEvent.selectOptions(status, "red");
    const red = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .filter((initiative) => initiative.milestones.some((m) => m.round === "2017-3" && m.status === "red"));
    expect(screen.getByRole("status").textContent).toBe(
      `Viser ${red.length} af ${initiativeCount} indsatser`,
    );
  });

  it("closes the Kolonner pop-up with Escape and returns the focus to it", async () => {
    const { container } = render(<MilestoneTable document={budgetFollowUp2017} />);
    const summary = container.querySelector<HTMLElement>(".mp-MilestoneTable-columns > summary");
    summary?.focus();
    await userEvent.keyboard("{Enter}");
    expect(summary?.parentElement?.hasAttribute("open")).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard("{Escape}");
    expect(summary?.parentElement?.hasAttribute("open")).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it("is named by its title with the keys as its description, and names each row by number and title once", () => {
    render(<MilestoneTable document={budgetFollowUp2017} />);
    const table = screen.getByRole("table", { name: budgetFollowUp2017.metadata.title });
    expect(table.getAttribute("aria-describedby")).toBeTruthy();
    const hint = document.getElementById(table.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toMatch(/pil/i);
    const first = budgetFollowUp2017.sections[0]?.initiatives[0];
    const header = screen.getByRole("rowheader", { name: `${first?.number} ${first?.title}` });
    expect(header.querySelector(".mp-MilestoneTable-title")?.textContent).toBe(
      `${first?.number} ${first?.title}`,
    );
  });

  it("exports the current view as CSV", async () => {
    const onExportCsv = vi.fn();
    render(
      <MilestoneTable
        document={budgetFollowUp2017}
        defaultGlobalFilter="byvåben"
        onExportCsv={onExportCsv}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Hent visningen som CSV" }));
    const csv = String(onExportCsv.mock.calls[0]?.[0]);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toEqual([
      "Afsnit;Indsats;1. budgetopfølgning 2017;2. budgetopfølgning 2017;3. budgetopfølgning 2017;31.12.2017;Økonomi",
      "6. Befolkning og Boliger;6.18 Genindførelse af det gamle byvåben;Grøn;Grøn;Grøn;Ikke vurderet;Ikke vurderet",
    ]);
  });
});

describe("MilestoneTable with 10,000 initiatives", () => {
  it("keeps only the rows in view plus a margin in the DOM, and reaches the last row by keyboard", async () => {
    const large = generateFollowUp({ initiatives: 10_000 });
    render(<MilestoneTable document={large} />);
    const table = screen.getByRole("table");
    const rendered = table.querySelectorAll("tbody tr[data-index]").length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    const firstButton = table.querySelector<HTMLButtonElement>("tbody button[tabindex='0']");
    firstButton?.focus();
    await userEvent.keyboard("{End}");
    await eventually(() => {
      const last = large.sections.at(-1)?.initiatives.at(-1);
      expect(document.activeElement?.getAttribute("aria-label")).toBe(
        `Vis detaljer for ${last?.number} ${last?.title}`,
      );
    });
    expect(table.querySelectorAll("tbody tr[data-index]").length).toBeLessThan(80);
  });

  it("tells a screen reader where each drawn row stands among all of them", async () => {
    const large = generateFollowUp({ initiatives: 10_000 });
    render(<MilestoneTable document={large} defaultGrouping={[]} />);
    const table = screen.getByRole("table");
    // The header row and one line per initiative, though only a window of them is drawn.
    expect(table.getAttribute("aria-rowcount")).toBe("10001");
    expect(table.querySelector("thead tr")?.getAttribute("aria-rowindex")).toBe("1");
    const firstButton = table.querySelector<HTMLButtonElement>("tbody button[tabindex='0']");
    firstButton?.focus();
    await userEvent.keyboard("{End}");
    await eventually(() => {
      expect(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex")).toBe("10001");
    });
    const drawn = [...table.querySelectorAll<HTMLElement>("tbody tr[data-index]")];
    expect(drawn.length).toBeGreaterThan(5);
    for (const row of drawn)
      expect(row.getAttribute("aria-rowindex")).toBe(String(Number(row.dataset.index) + 2));
  });
});

describe("MilestoneTable scrolled through 10,000 initiatives", () => {
  it("commits once per scroll frame, and the rows it draws still reach the bottom of the view", async () => {
    const large = generateFollowUp({ initiatives: 10_000 });
    let commits = 0;
    render(
      <Profiler id="table" onRender={() => (commits += 1)}>
        <MilestoneTable document={large} defaultGrouping={[]} />
      </Profiler>,
    );
    const scroller = document.querySelector(".mp-MilestoneTable-scroller") as HTMLElement;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    commits = 0;
    const frames = 12;
    for (let frame = 0; frame < frames; frame += 1) {
      scroller.scrollTop += 400;
      await nextFrame();
    }
    // The heights of the rows a frame drew wait for the next frame's render (one later at most),
    // instead of a second render and layout in the same frame.
    expect(commits).toBeLessThanOrEqual(frames + 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const box = scroller.getBoundingClientRect();
    const atBottom = document.elementFromPoint(box.left + 40, box.bottom - 24);
    expect(atBottom?.closest("tr[data-index]")).not.toBeNull();
  });
});

describe("MilestoneTable entered with Tab after a scroll with the mouse", () => {
  it("focuses a row in view and leaves the view where the reader scrolled it", async () => {
    const large = generateFollowUp({ initiatives: 10_000 });
    render(<MilestoneTable document={large} defaultGrouping={[]} />);
    const scroller = document.querySelector(".mp-MilestoneTable-scroller") as HTMLElement;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Small steps: the rows drawn ahead of the first one serve them all, so the body does not
    // render again and its first drawn row falls further and further above the view.
    for (let step = 0; step < 8; step += 1) {
      scroller.scrollTop += 120;
      await nextFrame();
    }
    const top = scroller.scrollTop;
    const sortButtons = scroller.querySelectorAll<HTMLButtonElement>("thead button");
    // Through the sticky header first: focusing its buttons leaves the view where it is.
    sortButtons[sortButtons.length - 1]?.focus();
    await nextFrame();
    expect(scroller.scrollTop).toBe(top);
    await userEvent.tab();
    await eventually(() => expect(document.activeElement?.closest("tbody")).not.toBeNull());
    await nextFrame();
    const row = document.activeElement?.closest("tr") as HTMLElement;
    const rowBox = row.getBoundingClientRect();
    const headerBottom = scroller.querySelector("thead")?.getBoundingClientRect().bottom ?? 0;
    expect(rowBox.top).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(rowBox.bottom).toBeLessThanOrEqual(scroller.getBoundingClientRect().bottom + 1);
    expect(Math.abs(scroller.scrollTop - top)).toBeLessThan(50);
  });
});

describe("MilestoneTable searched in a long document", () => {
  it("stays windowed when a search narrows 1,000 initiatives below the threshold, so typing redraws only the rows in view", async () => {
    const large = generateFollowUp({ initiatives: 1_000 });
    render(<MilestoneTable document={large} defaultGrouping={[]} />);
    const table = screen.getByRole("table");
    await userEvent.type(screen.getByRole("searchbox"), "borgerservice");
    await eventually(() => {
      const found = Number(table.getAttribute("aria-rowcount")) - 1;
      // More results than a window holds, fewer than the 200 lines a short document draws whole.
      expect(found).toBeGreaterThan(80);
      expect(found).toBeLessThan(200);
    });
    expect(table.querySelectorAll("tbody tr[data-index]").length).toBeLessThan(80);
  });

  it("leaves the filters, the column choice and the header untouched while the reader types, and they still work after", async () => {
    const large = generateFollowUp({ initiatives: 1_000 });
    const { container, rerender } = render(<MilestoneTable document={large} defaultGrouping={[]} />);
    const toolbar = container.querySelector(".mp-MilestoneTable-toolbar") as HTMLElement;
    const thead = container.querySelector("thead") as HTMLElement;
    const touched: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (thead.contains(target) || target.closest?.("select, details")) touched.push(target.nodeName);
      }
    });
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    await userEvent.type(screen.getByRole("searchbox"), "borgerservice");
    await eventually(() => expect(screen.getByRole("status").textContent).toMatch(/^Viser \d+ af 1\.000/));
    observer.disconnect();
    expect(touched).toEqual([]);

    // The memoised parts still follow the table: a column shown, a filter set, a sort, a locale.
    await userEvent.click(toolbar.querySelector("summary") as HTMLElement);
    await userEvent.click(within(toolbar).getByRole("checkbox", { name: "Ansvarligt udvalg" }));
    expect(within(thead).getByRole("button", { name: "Ansvarligt udvalg" })).toBeTruthy();
    const shownBefore = screen.getByRole("status").textContent;
    const centre = within(toolbar).getByRole("combobox", { name: "Ansvarligt center" }) as HTMLSelectElement;
    await userEvent.selectOptions(centre, centre.options[1]?.value ?? "");
    expect(screen.getByRole("status").textContent).not.toBe(shownBefore);
    const initiative = within(thead).getByRole("button", { name: "Indsats" });
    await userEvent.click(initiative);
    expect(initiative.closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    rerender(<MilestoneTable document={large} defaultGrouping={[]} locale="en" />);
    expect(
      within(thead).getByRole("button", { name: "Initiative" }).closest("th")?.getAttribute("aria-sort"),
    ).toBe("ascending");
    expect(within(toolbar).getByRole("checkbox", { name: "Responsible committee" })).toBeChecked();
    expect(within(toolbar).getByRole("checkbox", { name: "Responsible centre" })).not.toBeChecked();
  });

  it("prints every row of the view: the search's results, not the window", async () => {
    const large = generateFollowUp({ initiatives: 1_000 });
    render(<MilestoneTable document={large} defaultGrouping={[]} />);
    const table = screen.getByRole("table");
    await userEvent.type(screen.getByRole("searchbox"), "borgerservice");
    await eventually(() => expect(Number(table.getAttribute("aria-rowcount"))).toBeGreaterThan(80));
    const found = Number(table.getAttribute("aria-rowcount")) - 1;
    const drawn = () => table.querySelectorAll("tbody tr[data-index]").length;
    // Drawn within the event, before the browser lays the page out for paper.
    window.dispatchEvent(new Event("beforeprint"));
    expect(drawn()).toBe(found);
    window.dispatchEvent(new Event("afterprint"));
    await eventually(() => expect(drawn()).toBeLessThan(80));
  });
});

describe("MilestoneTable searched after a long scroll", () => {
  it("draws the rows in view in the search's own render when the results end above the scroll position", async () => {
    const large = generateFollowUp({ initiatives: 10_000 });
    render(<MilestoneTable document={large} defaultGrouping={[]} />);
    const scroller = document.querySelector(".mp-MilestoneTable-scroller") as HTMLElement;
    scroller.scrollTop = 60_000;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const input = screen.getByRole("searchbox");
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setValue?.call(input, "borgerservice");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    // Before the browser clamps the scroll position and tells the table, the rows it will show
    // are drawn already: the scroll event that follows changes nothing.
    const drawn = () =>
      [...scroller.querySelectorAll<HTMLElement>("tbody tr[data-index]")].map((row) => row.dataset.index);
    const inSearchRender = drawn();
    expect(inSearchRender.length).toBeGreaterThan(5);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(drawn()).toEqual(inSearchRender);
  });
});

describe("MilestoneTable state", () => {
  it("works controlled: reports the new sorting and shows what the owner passes back", async () => {
    const onSortingChange = vi.fn();
    render(
      <MilestoneTable
        document={budgetFollowUp2017}
        defaultGrouping={[]}
        sorting={[]}
        onSortingChange={onSortingChange}
      />,
    );
    const header = screen.getByRole("button", { name: /3\. budgetopfølgning 2017/ });
    await userEvent.click(header);
    expect(onSortingChange).toHaveBeenCalledWith([{ id: "round:2017-3", desc: true }]);
    // The owner did not pass the new sorting back, so the table stays unsorted.
    expect(header.closest("th")?.getAttribute("aria-sort")).toBeNull();
  });

  it("works uncontrolled from defaults, and still reports changes", async () => {
    const onExpandedChange = vi.fn();
    render(
      <MilestoneTable
        document={budgetFollowUp2017}
        defaultExpanded={{ "5.03": true }}
        onExpandedChange={onExpandedChange}
      />,
    );
    const row = screen.getByRole("button", { name: /Skjul detaljer for 5\.03/ });
    await userEvent.click(row);
    expect(onExpandedChange).toHaveBeenCalledWith({ "5.03": false });
    expect(screen.getByRole("button", { name: /Vis detaljer for 5\.03/ }).getAttribute("aria-expanded")).toBe(
      "false",
    );
  });

  it("collapses a section and keeps its rows out of the body", async () => {
    render(<MilestoneTable document={budgetFollowUp2017} />);
    await userEvent.click(
      screen.getByRole("button", { name: "Skjul afsnittet 5. Erhverv og Beskæftigelse" }),
    );
    expect(screen.queryByRole("button", { name: /detaljer for 5\.03/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Vis afsnittet 5. Erhverv og Beskæftigelse" })).toBeTruthy();
  });

  it("opens every shown initiative's details at once, and closes them again", async () => {
    const expandedChanges: Record<string, boolean>[] = [];
    render(
      <MilestoneTable
        document={budgetFollowUp2017}
        defaultGlobalFilter="ucc"
        onExpandedChange={(expanded) => expandedChanges.push(expanded)}
      />,
    );
    const matching = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .filter((initiative) => /ucc/i.test(initiative.title));
    expect(matching.length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole("button", { name: "Vis alle detaljer" }));
    const openRows = screen.getAllByRole("button", { name: /^Skjul detaljer for / });
    expect(openRows).toHaveLength(matching.length);
    // Only what the search lets through opens: the rest stay closed when it is cleared.
    expect(Object.keys(expandedChanges.at(-1) ?? {}).sort()).toEqual(
      matching.map((entry) => entry.id).sort(),
    );
    await userEvent.click(screen.getByRole("button", { name: "Skjul alle detaljer" }));
    expect(screen.queryAllByRole("button", { name: /^Skjul detaljer for / })).toHaveLength(0);
    expect(screen.getByRole("button", { name: "Vis alle detaljer" })).toBeTruthy();
  });
});

describe("MilestoneTable in little room", () => {
  it("turns each initiative into a card with labels under 600 px, and stays a table above", () => {
    const { container } = render(
      <div>
        <div style={{ width: 380 }}>
          <MilestoneTable document={budgetFollowUp2017} caption="smal" />
        </div>
        <div style={{ width: 900 }}>
          <MilestoneTable document={budgetFollowUp2017} caption="bred" />
        </div>
      </div>,
    );
    const [narrow, wide] = [...container.querySelectorAll(".mp-MilestoneTable-row")].filter(
      (_, index, rows) => index === 0 || index === rows.length / 2,
    ) as HTMLElement[];
    expect(getComputedStyle(narrow as HTMLElement).display).toBe("block");
    const cell = narrow?.querySelector("td") as HTMLElement;
    expect(getComputedStyle(cell, "::before").content).toBe('"1. budgetopfølgning 2017"');
    expect(getComputedStyle(wide as HTMLElement).display).toBe("table-row");
    // The card fits its room: no sideways scrolling.
    const scroller = narrow?.closest(".mp-MilestoneTable-scroller") as HTMLElement;
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth + 1);
    // No desktop header row above the cards: its sort buttons wrap inside the card's width.
    const headerRow = scroller.querySelector("thead tr") as HTMLElement;
    expect(getComputedStyle(headerRow).flexWrap).toBe("wrap");
    expect(headerRow.scrollWidth).toBeLessThanOrEqual(headerRow.clientWidth + 1);
  });
});
