import { act, type createElement } from "react";
import { createRoot } from "react-dom/client";
import { afterEach } from "vitest";

// React 18 warns about updates outside act() unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/**
 * Renders `element` into a fresh container in the document with React 18's createRoot, inside
 * act(), then waits `settleMs` for what resolves after a timer (ResizeObserver callbacks).
 */
export async function mount(element: ReturnType<typeof createElement>, settleMs = 0) {
  const container = document.createElement("div");
  document.body.append(container);
  containers.push(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  if (settleMs > 0) await act(async () => new Promise((resolve) => setTimeout(resolve, settleMs)));
  return { container, root };
}
