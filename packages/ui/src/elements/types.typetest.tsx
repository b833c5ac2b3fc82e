// Checked by `tsc` (pnpm typecheck), never run: what a TypeScript host gets from the elements' types.

import { implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import type { ElementSelectDetail, MilepaelElement } from "./index";

export function typedQueries() {
  const timeline: MilepaelElement | null = document.querySelector("milepael-timeline");
  if (timeline) timeline.document = implementationPlan2017;
  document.addEventListener("milepael-select", (event) => {
    const detail: ElementSelectDetail = event.detail;
    return detail.id;
  });
  document.addEventListener("milepael-assess", (event) => event.detail.operation.status);
  document.addEventListener("milepael-error", (event) => event.detail.error?.toUpperCase());
}

export function TypedJsx() {
  return (
    <>
      <milepael-timeline
        document={implementationPlan2017}
        lanes="theme"
        theme="dark"
        onmilepael-select={(event) => event.detail.id}
      />
      <milepael-smiley status="green" label="name" />
      <milepael-assessment by="Anne" show="needs-note" onmilepael-assess={(event) => event.detail.event.to} />
      {/* @ts-expect-error: not a filter */}
      <milepael-assessment show="mine" />
      {/* @ts-expect-error: not a status */}
      <milepael-smiley status="purple" />
      {/* @ts-expect-error: not a lane field */}
      <milepael-wheel lanes="colour" />
      <milepael-meetings document={meetingsLejre2017} view="timeline" year={2017} />
      <milepael-decision-log outcome="noted" year="2017" search="bootcamp" />
      {/* @ts-expect-error: not an outcome */}
      <milepael-decision-log outcome="vedtaget" />
    </>
  );
}
