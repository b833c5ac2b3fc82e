import { afterEach } from "vitest";
import { cdp } from "vitest/browser";

/**
 * Emulates print media in the test browser, as while the page prints (Ctrl+P): `@media print`
 * rules then show in computed styles. Returns the switch, and goes back to screen after each
 * test of the file that calls it.
 *
 * @example
 * const printMedia = usePrintMedia();
 * await printMedia();
 */
export function usePrintMedia(): () => Promise<unknown> {
  afterEach(() => cdp().send("Emulation.setEmulatedMedia", { media: "" }));
  return () => cdp().send("Emulation.setEmulatedMedia", { media: "print" });
}
