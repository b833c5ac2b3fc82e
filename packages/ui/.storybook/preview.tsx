import type { Locale } from "@milepael/core/lite";
import type { Preview } from "@storybook/react-vite";
import { configure } from "storybook/test";
import { LocaleProvider } from "../src/locale";
// The typeface --mp-font names, as hosts opt in to it (@milepael/ui/font.css).
import "../src/font.css";
import "../src/styles.css";

// The browser tests run every story on a host page of the other brightness than its theme (light
// widgets on a dark page, the Dark stories on a light page): a theme must paint its own background.
// Set by vitest.config.ts; Storybook itself shows no host page.
const hostPage: string | undefined = import.meta.env.VITE_MP_STORY_HOST;

/**
 * axe's rules for every story: WCAG 2.1 A and AA, and axe's best practices. addon-a11y runs them
 * on the story as rendered (its own theme, at the test's 1280 px viewport); `otherThemesAndPhone`
 * runs them again with the other theme and at 360 px.
 */
const axeRules = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
} as const;

// Play functions' waitFor and findBy wait for chunks to load and documents to be fetched; with the
// other packages' tests on CI's two cores that has passed testing-library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

type Theme = "light" | "dark";
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * In the browser tests: the story passes axe in both themes at 1280 px and 360 px. The theme is
 * switched on the story's theme box (and on custom elements' `theme`); 360 px is the story's
 * width, which is what the widgets lay out by (container queries and measured widths, no media
 * queries for width). One render per story keeps CI's time down.
 */
async function otherThemesAndPhone(canvasElement: HTMLElement, storyTheme: Theme): Promise<void> {
  const frame = canvasElement.querySelector<HTMLElement>("[data-mp-story-host]");
  const box = canvasElement.querySelector<HTMLElement>("[data-mp-story-theme]");
  if (!frame || !box) return;
  const elements = [...canvasElement.querySelectorAll<HTMLElement>("*")].filter((element) =>
    element.localName.startsWith("milepael-"),
  );
  const themeAttributes = elements.map((element) => element.getAttribute("theme"));
  const setTheme = (theme: Theme) => {
    box.className = box.className.replace(/\bmp-theme-(light|dark)\b/, `mp-theme-${theme}`);
    for (const element of elements) element.setAttribute("theme", theme);
  };
  const other: Theme = storyTheme === "dark" ? "light" : "dark";
  const { default: axe } = await import("axe-core");
  const failures: string[] = [];
  for (const [theme, width] of [
    [other, undefined],
    [storyTheme, 360],
    [other, 360],
  ] as const) {
    setTheme(theme);
    frame.style.width = width === undefined ? "" : `${width}px`;
    frame.style.boxSizing = "border-box";
    // Resize observers, React and recharts take a few frames to lay the story out anew.
    for (let i = 0; i < 4; i += 1) await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 30));
    axe.reset();
    axe.configure({ rules: [{ id: "region", enabled: false }] });
    const { violations } = await axe.run(canvasElement, {
      ...axeRules,
      rules: { region: { enabled: false } },
    });
    for (const violation of violations)
      failures.push(
        `${theme} ${width ?? 1280} px: ${violation.id} (${violation.help}) at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
      );
  }
  frame.style.width = "";
  if (themeAttributes.length > 0)
    elements.forEach((element, index) => {
      const original = themeAttributes[index];
      if (original === null || original === undefined) element.removeAttribute("theme");
      else element.setAttribute("theme", original);
    });
  setTheme(storyTheme);
  if (failures.length === 0) return;
  throw new Error(`axe found violations:\n${failures.join("\n")}`);
}

/** A global the toolbar switches between named values, its title showing the chosen one. */
const toolbarChoice = (description: string, title: string, icon: string, items: Record<string, string>) => ({
  description,
  toolbar: {
    title,
    icon,
    items: Object.entries(items).map(([value, name]) => ({ value, title: name })),
    dynamicTitle: true,
  },
});

const preview: Preview = {
  parameters: {
    // The theme's box fills the canvas: a Dark story is no dark box inside a white frame.
    layout: "fullscreen",
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: {
      // 'error' makes every axe violation fail the story's test in Vitest.
      test: "error",
      options: axeRules,
    },
  },
  // Controls a designer can use: a choice of values, not a JSON editor, for the kit's shared props.
  argTypes: {
    locale: { control: "inline-radio", options: ["da", "en"] },
    laneBy: { control: "select", options: ["theme", "participants", "responsible", "track", "none"] },
    defaultLaneBy: { control: "select", options: ["theme", "participants", "responsible", "track", "none"] },
    view: { control: "inline-radio", options: ["timeline", "agenda"] },
    scale: { control: "inline-radio", options: ["milestone", "economy"] },
    startMonth: { control: { type: "number", min: 1, max: 12 } },
    today: { control: "text" },
    round: { control: "text" },
    caption: { control: "text" },
  },
  globalTypes: {
    locale: toolbarChoice("Sprog / language", "Sprog", "globe", { da: "Dansk", en: "English" }),
    theme: toolbarChoice("Tema / theme", "Tema", "contrast", { light: "Lyst", dark: "Mørkt" }),
  },
  initialGlobals: { locale: "da", theme: "light" },
  afterEach: async ({ canvasElement, globals, parameters, viewMode }) => {
    if (hostPage === undefined || viewMode !== "story" || parameters.a11y?.test === "off") return;
    await otherThemesAndPhone(canvasElement, globals.theme === "dark" ? "dark" : "light");
  },
  decorators: [
    (Story, context) => {
      const locale: Locale = context.globals.locale === "en" ? "en" : "da";
      const theme = context.globals.theme === "dark" ? "dark" : "light";
      const story = (
        <LocaleProvider locale={locale}>
          <div
            data-mp-story-theme=""
            className={`mp-theme-${theme}`}
            lang={locale}
            style={{ padding: "1rem", minHeight: context.viewMode === "story" ? "100vh" : undefined }}
          >
            <Story />
          </div>
        </LocaleProvider>
      );
      if (hostPage === undefined) return story;
      const host = hostPage === "opposite" ? (theme === "dark" ? "#ffffff" : "#121212") : hostPage;
      return (
        <div
          data-mp-story-host=""
          style={{ background: host, color: host === "#ffffff" ? "#1a1a1a" : "#f0f0f0", padding: "1rem" }}
        >
          {story}
        </div>
      );
    },
  ],
};

export default preview;
