import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactElement } from "react";
import { expect, userEvent, within } from "storybook/test";
import { InitiativeTrendChart } from "./InitiativeTrendChart";
import { StatusByRoundChart } from "./StatusByRoundChart";
import { StatusDistributionChart } from "./StatusDistributionChart";

const meta = {
  title: "Opfølgning/Charts",
  component: StatusByRoundChart,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Diagrammerne ligger i deres eget indgangspunkt, `@milepael/ui/charts`, så sider uden diagrammer ikke henter recharts. Hver status har både farve og mønster (grøn ensfarvet, gul skrå striber, rød krydsskravering, ikke vurderet prikker), og hvert diagram har sine tal som tabel bag “Vis tallene som tabel”. Brug `StatusByRoundChart` til udviklingen over året, `StatusDistributionChart` til at sammenligne udvalg, centre eller afsnit i én opfølgning og `InitiativeTrendChart` til én indsats.",
      },
    },
  },
} satisfies Meta<typeof StatusByRoundChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const StatusByRound: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText("Vis tallene som tabel"));
    const table = canvas.getByRole("table");
    await expect(within(table).getByRole("rowheader", { name: "3. budgetopfølgning 2017" })).toBeVisible();
  },
};

export const StatusByRoundEnglish: Story = { args: { locale: "en" } };

export const StatusByRoundLarge: Story = { args: { document: generateFollowUp({ initiatives: 10_000 }) } };

export const ByCommittee: Story = {
  render: (args) => <StatusDistributionChart document={args.document} by="committee" />,
};

export const ByCentre: Story = {
  render: (args) => <StatusDistributionChart document={args.document} by="centre" round="2017-2" />,
};

export const BySection: Story = {
  render: (args) => <StatusDistributionChart document={args.document} by="section" />,
};

export const InitiativeTrend: Story = {
  render: (args) => {
    const initiative = args.document.sections[2]?.initiatives.find(
      (candidate) => candidate.number === "7.03",
    );
    return initiative ? (
      <InitiativeTrendChart initiative={initiative} rounds={args.document.rounds} />
    ) : (
      <p>–</p>
    );
  },
};

/** On a 360 px phone: long section names wrap beside their bars, round names stand upright. */
const phone = (Story: () => ReactElement) => (
  <div style={{ maxWidth: 360 }}>
    <Story />
  </div>
);

export const BySectionPhone: Story = {
  decorators: [phone],
  render: (args) => <StatusDistributionChart document={args.document} by="section" />,
};

export const StatusByRoundPhone: Story = { decorators: [phone] };

export const InitiativeTrendPhone: Story = { ...InitiativeTrend, decorators: [phone] };

export const Dark: Story = { globals: { theme: "dark" } };
