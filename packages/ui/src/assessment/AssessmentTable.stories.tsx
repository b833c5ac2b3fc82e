import type { BudgetFollowUp } from "@milepael/core";
import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { assess, startRound } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import { AssessmentTable, type AssessmentTableProps } from "./AssessmentTable";

const actor = { by: "Økonomi", at: "2017-12-01T08:00:00Z" };
const round4 = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  actor,
).document;
const partly = assess(round4, {
  initiativeId: "5.03",
  milestone: "economy",
  status: "red",
  note: "Merforbrug",
  ...actor,
}).document;

/** Keeps the document as a host would: each accepted change replaces it. */
function Stateful(props: AssessmentTableProps) {
  const [document, setDocument] = useState<BudgetFollowUp>(props.document);
  return (
    <AssessmentTable {...props} document={document} onChange={(change) => setDocument(change.document)} />
  );
}

const meta = {
  title: "Opfølgning/AssessmentTable",
  component: AssessmentTable,
  tags: ["autodocs"],
  args: { document: round4, by: "Anne Centerchef", alsoRounds: ["2017-year-end"] },
  render: (args) => <Stateful {...args} />,
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          'Vurderingstabellen er milepælstabellen i redigeringstilstand: den åbne opfølgnings milepæle og økonomilinjer, hver med smileys, der vælges med piletasterne eller 1–4, en statusnote i rækken og læsevejledningens besked med det samme (tekst og ikon, knyttet til feltet med `aria-describedby`). Ændringen gemmes, når man forlader rækken eller trykker Enter; en afvist ændring bliver stående som kladde med begrundelsen. Filtrér til et center eller udvalg, "ikke vurderet endnu" og "mangler statusnote". Fortryd og gentag (Ctrl+Z / Ctrl+Shift+Z). Med `draftKey` overlever kladder en genindlæsning. Brug den, hvor en opfølgning skrives; brug `MilestoneTable` til at læse den.',
      },
    },
  },
} satisfies Meta<typeof AssessmentTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "4. budgetopfølgning" just started: economy lines to set, year-end milestones early (warned). */
export const RoundStarted: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table", { name: /4. budgetopfølgning/ })).toBeVisible();
  },
};

/** Economy yellow is refused: the reason is text beside the smileys, not a colour. */
export const EconomyYellowRefused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const yellow = canvas.getAllByRole("radio", { name: "Gul" })[1] as HTMLElement;
    await userEvent.click(yellow);
    await expect(canvas.getAllByText(/Afvist/).length).toBeGreaterThan(0);
  },
};

/** Some assessed already: the filter "mangler statusnote" and "ikke vurderet endnu". */
export const PartlyAssessed: Story = { args: { document: partly, defaultShow: "not-assessed" } };

/** One centre's own assessments. */
export const OneCentre: Story = {
  args: { defaultColumnFilters: [{ id: "centre", value: "Ejendomme" }] },
};

/** No round open: says so. */
export const NoOpenRound: Story = { args: { document: budgetFollowUp2017 } };

/** In English. */
export const English: Story = { args: { locale: "en" } };

/** Red without a note: refused, the note field marked and the reason beside it. */
export const RedWithoutNote: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const red = canvas.getAllByRole("radio", { name: "Rød" })[0] as HTMLElement;
    await userEvent.click(red);
    await userEvent.keyboard("{Tab}{Enter}");
    await expect(canvas.getAllByRole("textbox")[0]).toHaveAttribute("aria-invalid", "true");
  },
};

/** "Mangler statusnote": what the reading guide still wants a note for. */
export const NeedsNote: Story = { args: { defaultShow: "needs-note" } };

/** In the dark theme. */
export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mp-theme-dark .mp-AssessmentTable")).not.toBeNull();
  },
};

/** A saved change undone and redone: each is a new entry in the history, nothing is rewritten. */
export const UndoRedo: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const green = canvas.getAllByRole("radio", { name: "Grøn" })[1] as HTMLElement;
    await userEvent.click(green);
    await userEvent.keyboard("{Tab}{Enter}");
    await userEvent.click(canvas.getByRole("button", { name: "Fortryd" }));
    await expect(canvas.getByRole("button", { name: "Gentag" })).toBeEnabled();
  },
};

/** A draft kept across a reload (`draftKey`): the note written before is still there, marked "Ikke gemt". */
export const DraftKept: Story = {
  args: { draftKey: "story-drafts" },
  beforeEach: () => {
    localStorage.setItem(
      "story-drafts",
      JSON.stringify({ "5.03:economy": { status: "red", note: "Halvt skrevet" } }),
    );
    return () => localStorage.removeItem("story-drafts");
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByDisplayValue("Halvt skrevet")).toBeVisible();
    await expect(canvas.getAllByText("Ikke gemt").length).toBeGreaterThan(0);
  },
};
