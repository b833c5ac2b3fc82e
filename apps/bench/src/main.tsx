import { generateFollowUp, generatePlan } from "@milepael/core/fixtures";
import { AnnualWheel } from "@milepael/ui/annual-wheel";
import { MilestoneTable } from "@milepael/ui/milestone-table";
import { Timeline } from "@milepael/ui/timeline";
import "@milepael/ui/styles.css";
import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { type AgGridHandle, AgGridTable } from "./AgGridTable";
import {
  buttonNamed,
  domNodes,
  heapMB,
  type ScrollFrames,
  scrollFrames,
  timeToPaint,
  typeInto,
} from "./measure";
import { PlainTable } from "./PlainTable";

/**
 * What one page load measures: `?subject=milepael-table&size=10000`. The runner (run.mjs) calls
 * these in a fresh page per run, so no run inherits another's heap or caches.
 */
export interface BenchPage {
  subject: string;
  size: number;
  /** Mounts the widget; ms until its first rows are painted. */
  render(): Promise<number>;
  domNodes(): number;
  heapMB(): number | null;
  /** Sorts by the initiative column; ms until painted. */
  sort?(): Promise<number>;
  /** Searches for `term`; ms until painted. */
  filter?(term: string): Promise<number>;
  /** Opens every row's details; ms until painted. */
  expandAll?(): Promise<number>;
  scroll?(): Promise<ScrollFrames>;
  /** Initiatives the current search lets through: the same in every table, or the race is unfair. */
  rowsShown?(): number;
  /** Timeline: zoom in; wheel: the next year. ms until painted. */
  zoom?(): Promise<number>;
}

declare global {
  interface Window {
    milepaelBench?: BenchPage;
    milepaelBenchError?: string;
  }
}

const parameters = new URLSearchParams(location.search);
const subject = parameters.get("subject") ?? "milepael-table";
const size = Number(parameters.get("size") ?? "1000");
const container = document.getElementById("root") as HTMLElement;
const root = createRoot(container);

/** Renders synchronously, so the clock sees React's work and not a scheduler's delay. */
function mount(element: ReactElement) {
  flushSync(() => root.render(element));
}

const clickButton = (name: string) => () => buttonNamed(name, container).click();
const search = (term: string) => {
  const input = container.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error("No search field");
  typeInto(input, term);
};
const scrollOf = (selector: string) => () => {
  const element = container.querySelector(selector);
  if (!element) throw new Error(`Nothing scrolls at ${selector}`);
  return scrollFrames(element);
};
const sortButton = () => {
  const button = container.querySelector<HTMLButtonElement>("thead th button");
  if (!button) throw new Error("No sort button");
  return button;
};

function tablePage(element: ReactElement, scroller: string, rowsShown: () => number): BenchPage {
  return {
    rowsShown,
    subject,
    size,
    render: () => timeToPaint(() => mount(element)),
    domNodes,
    heapMB,
    sort: () => timeToPaint(() => sortButton().click()),
    filter: (term) => timeToPaint(() => search(term)),
    expandAll: () => timeToPaint(clickButton("Vis alle detaljer")),
    scroll: scrollOf(scroller),
  };
}

function agGridPage(): BenchPage {
  const followUp = generateFollowUp({ initiatives: size });
  let handle: AgGridHandle | undefined;
  /**
   * Resolves when AG Grid has built the rows its last change asked for. It builds them in
   * animation frames of its own, after the frame the search is painted in: a step that ended at
   * that frame's paint measured AG Grid's search without its new rows' style, layout and paint
   * in most runs (31–35 ms CPU, against 45–100 when they fell inside), while milepael's rows are
   * drawn and painted inside its step. Then `timeToPaint` waits for the frame that paints them.
   */
  const rowsBuilt = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!handle || handle.api.isAnimationFrameQueueEmpty()) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
  return {
    subject,
    size,
    render: () =>
      timeToPaint(
        () =>
          new Promise<void>((resolve) =>
            mount(
              <AgGridTable
                document={followUp}
                onReady={(ready) => {
                  handle = ready;
                  resolve();
                }}
              />,
            ),
          ),
      ),
    domNodes,
    heapMB,
    sort: () =>
      timeToPaint(() => {
        handle?.api.applyColumnState({
          state: [{ colId: "initiative", sort: "asc" }],
          defaultState: { sort: null },
        });
      }),
    filter: (term) =>
      timeToPaint(() => {
        if (!handle) return;
        handle.search.term = term.trim().toLowerCase();
        handle.api.onFilterChanged();
        return rowsBuilt();
      }),
    scroll: scrollOf(".ag-grid-viewport"),
    rowsShown: () => handle?.api.getDisplayedRowCount() ?? 0,
  };
}

function pageFor(name: string): BenchPage {
  switch (name) {
    case "milepael-table":
      return tablePage(
        <MilestoneTable document={generateFollowUp({ initiatives: size })} defaultGrouping={[]} />,
        ".mp-MilestoneTable-scroller",
        // "Viser 1.244 af 10.000 indsatser": the first count, its thousands separators dropped.
        () =>
          Number(
            container
              .querySelector(".mp-MilestoneTable-count")
              ?.textContent?.match(/\d[\d.]*/)?.[0]
              ?.replaceAll(".", ""),
          ),
      );
    case "tanstack-table":
      return tablePage(
        <PlainTable document={generateFollowUp({ initiatives: size })} />,
        ".plain-scroller",
        () => container.querySelectorAll("tbody th[scope=row]").length,
      );
    case "ag-grid":
      return agGridPage();
    case "timeline": {
      const plan = generatePlan({ activities: size, year: 2017 });
      return {
        subject,
        size,
        render: () =>
          timeToPaint(() => mount(<Timeline document={plan} laneBy="theme" today="2017-06-01" />)),
        domNodes,
        heapMB,
        zoom: () => timeToPaint(clickButton("Zoom ind")),
      };
    }
    case "annual-wheel": {
      const plan = generatePlan({ activities: size, year: 2017 });
      return {
        subject,
        size,
        render: () =>
          // Uncontrolled: a controlled `year` without `onYearChange` would leave "Næste år" doing nothing.
          timeToPaint(() => mount(<AnnualWheel document={plan} defaultYear={2017} today="2017-06-01" />)),
        domNodes,
        heapMB,
        zoom: () => timeToPaint(clickButton("Næste år")),
      };
    }
    default:
      throw new Error(`Unknown subject "${name}"`);
  }
}

try {
  window.milepaelBench = pageFor(subject);
} catch (error) {
  window.milepaelBenchError = String(error);
}
