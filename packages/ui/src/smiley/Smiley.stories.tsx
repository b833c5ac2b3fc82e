import { statusValues } from "@milepael/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Smiley } from "./Smiley";
import { SmileyLegend } from "./SmileyLegend";
import { StatusBadge } from "./StatusBadge";

const meta = {
  title: "Status/Smiley",
  component: Smiley,
  tags: ["autodocs"],
  args: { status: "green", scale: "milestone", variant: "face", size: "md", label: "none" },
  parameters: {
    docs: {
      description: {
        component:
          'Et smiley viser en vurdering med form, tekst og farve, aldrig farve alene. Brug `label="name"` i tabeller med plads, `label="none"` hvor teksten står i nærheden (navnet ligger så i skærmlæserteksten), og `variant="dot"` i tætte oversigter.',
      },
    },
  },
} satisfies Meta<typeof Smiley>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Green: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("img", { name: /Grøn|Green/ })).toBeVisible();
  },
};
export const Yellow: Story = { args: { status: "yellow" } };
export const Red: Story = { args: { status: "red" } };
export const NotAssessed: Story = { args: { status: "not-assessed" } };

export const WithMeaning: Story = { args: { status: "yellow", label: "meaning" } };

export const EconomyScale: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: "1rem" }}>
      <Smiley {...args} scale="economy" status="green" label="meaning" />
      <Smiley {...args} scale="economy" status="red" label="meaning" />
    </div>
  ),
};

export const AllSizesAndVariants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "0.5rem" }}>
      {(["sm", "md", "lg"] as const).map((size) => (
        <div key={size} style={{ display: "flex", gap: "1rem" }}>
          {statusValues.map((status) => (
            <Smiley key={status} {...args} status={status} size={size} label="name" />
          ))}
        </div>
      ))}
      <div style={{ display: "flex", gap: "1rem" }}>
        {statusValues.map((status) => (
          <Smiley key={status} {...args} status={status} variant="dot" label="name" />
        ))}
      </div>
    </div>
  ),
};

export const Legend: Story = {
  render: () => <SmileyLegend title="Læsevejledning" />,
};

export const EconomyLegend: Story = {
  render: () => <SmileyLegend scale="economy" variant="dot" />,
};

export const LifecycleBadges: Story = {
  render: () => (
    <div style={{ display: "grid", gap: "0.5rem", justifyItems: "start" }}>
      <StatusBadge status="green" lifecycle="completed" />
      <StatusBadge status="not-assessed" lifecycle="cancelled" />
      <StatusBadge status="yellow" lifecycle="no-baseline" />
      <StatusBadge status="red" label="meaning" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Afsluttet", { exact: false })).toBeVisible();
  },
};

export const DarkLegend: Story = {
  globals: { theme: "dark" },
  render: () => <SmileyLegend title="Læsevejledning" />,
};
