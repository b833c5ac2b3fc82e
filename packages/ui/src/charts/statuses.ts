import type { Status } from "@milepael/core/lite";

/** The order statuses stack in: good at the base, not assessed on top. */
export const chartStatuses: readonly Status[] = ["green", "yellow", "red", "not-assessed"];
