import type { StorybookConfig } from "@storybook/react-vite";
import remarkGfm from "remark-gfm";
import { remCssPostcss } from "../remCss.mjs";

const config: StorybookConfig = {
  framework: { name: "@storybook/react-vite", options: {} },
  stories: ["../src/**/*.mdx", "../src/**/*.stories.@(ts|tsx)"],
  addons: [
    // GitHub tables in the MDX pages ("Hvornår bruger jeg hvad"), not raw `|` text.
    {
      name: "@storybook/addon-docs",
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // The widgets' CSS as the build ships it in styles.css (tsup.config.ts).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    css: { ...viteConfig.css, postcss: { plugins: [remCssPostcss] } },
  }),
  typescript: {
    // react-docgen is fast and needs no TS program.
    reactDocgen: "react-docgen",
  },
};

export default config;
