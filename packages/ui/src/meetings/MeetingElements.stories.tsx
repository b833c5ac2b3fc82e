import { implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { defineMilepaelElements } from "../elements";

// Defined before the first story renders, so that React sets `document` as a property.
defineMilepaelElements();

interface MeetingElementProps {
  tag: "milepael-decision-log" | "milepael-meetings";
  document?: unknown;
  src?: string;
  outcome?: string;
  theme?: "light" | "dark";
}

/** A meeting element as a CMS page holds it: the document by property or by `src`. */
function MeetingElement({ tag, document, src, outcome, theme }: MeetingElementProps) {
  const props = {
    ...(document === undefined ? {} : { document: document as never }),
    ...(src ? { src } : {}),
    ...(theme ? { theme } : {}),
  };
  return tag === "milepael-decision-log" ? (
    <milepael-decision-log {...props} {...(outcome ? { outcome: outcome as "noted" } : {})} />
  ) : (
    <milepael-meetings {...props} today="2017-06-01" />
  );
}

const shadowText = (canvas: HTMLElement, tag: string) =>
  canvas.querySelector(tag)?.shadowRoot?.textContent ?? "";

const meta = {
  title: "Møder/Elementer",
  component: MeetingElement,
  tags: ["autodocs"],
  args: { tag: "milepael-decision-log", document: meetingsLejre2017 },
  parameters: {
    docs: {
      description: {
        component:
          '`<milepael-decision-log>` og `<milepael-meetings>` er beslutningsloggen og mødekalenderen som custom elements til sider uden React: dokumentet som egenskab (`document`) eller adresse (`src`), filtre som attributter (`committee`, `outcome`, `year`, `search`; `view`, `year`, `start-month`, `today`). Mens dokumentet hentes, står "Henter …"; et forkert dokument eller en fejl i hentningen forklares med ord.',
      },
    },
  },
} satisfies Meta<typeof MeetingElement>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DecisionLogElement: Story = {
  args: { outcome: "noted" },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowText(canvasElement, "milepael-decision-log")).toContain("Viser 1 af 5 punkter"),
    );
  },
};

export const MeetingsElement: Story = {
  args: { tag: "milepael-meetings" },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        canvasElement.querySelector("milepael-meetings")?.shadowRoot?.querySelector(".mp-AnnualWheel"),
      ).not.toBeNull(),
    );
  },
};

/** While `src` is being fetched. The fetch of this story never answers. */
export const Loading: Story = {
  args: { document: undefined, src: "/never-answers/meetings.json" },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes("/never-answers/") ? new Promise<Response>(() => {}) : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, "milepael-decision-log")).toBe("Henter …"));
  },
};

/** A plan given to a meeting element: refused in words, with `milepael-error`. */
export const WrongDocument: Story = {
  args: { document: implementationPlan2017 },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowText(canvasElement, "milepael-decision-log")).toBe(
        "Elementet viser referater og dagsordener, men dokumentet er en plan.",
      ),
    );
  },
};

export const Dark: Story = {
  args: { theme: "dark", tag: "milepael-meetings" },
  globals: { theme: "dark" },
};
