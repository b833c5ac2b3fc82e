import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { assess, publishRound, startRound } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { RoundDiff } from "./RoundDiff";

const actor = { by: "Økonomi", at: "2017-12-01T08:00:00Z" };
const started = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  actor,
).document;
const round4 = publishRound(
  assess(started, { initiativeId: "5.03", milestone: "economy", status: "red", note: "Merforbrug", ...actor })
    .document,
  "2017-4",
  actor,
).document;

const meta = {
  title: "Opfølgning/RoundDiff",
  component: RoundDiff,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    docs: {
      description: {
        component:
          'Ændringerne siden forrige opfølgning: først sammenfatningen i almindeligt sprog (core\'s `summariseRound`), så listerne over forværret, forbedret, vurderet for første gang og nyt forsinket (`diffRounds`), og et varmekort over hver indsats og opfølgning med smileys, der adskiller sig på form. Varmekortet er ét tabulatorstop; piletasterne, Home og End flytter mellem cellerne, og knappen "Vis som tabel" viser det samme som ord. Brug den som opfølgningens konklusion; brug `StatusByRoundChart` til fordelingen.',
      },
    },
  },
} satisfies Meta<typeof RoundDiff>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's 3rd round against its 2nd. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: /Ændringer fra 2. budgetopfølgning/ })).toBeVisible();
  },
};

/** The heat map by keyboard: Tab into it, arrows between cells. */
export const HeatMapKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Vis som tabel" }));
    await userEvent.click(canvas.getByRole("button", { name: "Vis som tabel" }));
    await userEvent.tab();
    await userEvent.keyboard("{ArrowRight}{ArrowDown}");
    await expect(canvasElement.ownerDocument.activeElement?.getAttribute("data-cell")).toBe(
      String(1 + budgetFollowUp2017.rounds.length),
    );
  },
};

/** The heat map as a table of words. */
export const AsTable: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Vis som tabel" }));
    await expect(canvas.getAllByRole("cell", { name: "Grøn" }).length).toBeGreaterThan(0);
  },
};

/** After a 4th round was assessed and published in milepael. */
export const AfterRoundFour: Story = { args: { document: round4, to: "2017-4" } };

/** With a date: milestones past their cut-off without a status are overdue. */
export const Overdue: Story = { args: { today: "2018-01-15", to: "2017-year-end" } };

/** The first round: nothing to compare with. */
export const FirstRound: Story = { args: { to: "2017-1" } };

/** In English. */
export const English: Story = { args: { locale: "en" } };
