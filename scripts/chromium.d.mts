/** Launch options for playwright-core's `chromium.launch` or Vitest's browser provider. */
export function chromiumLaunchOptions(extraArgs?: string[]): {
  executablePath: string;
  headless: true;
  args: string[];
};
