import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportDocx } from "../../export/docx/exportDocx";
import { communicationPlan2017, introductionProgramme2018 } from "../../fixtures";
import type { PlanDocument } from "../../model/plan.schema";
import { importDocx } from "./importDocx";

/** A plan exported to Word, one text typed over on its pages, the file's copy kept (as Word keeps it). */
async function editedInWord(plan: PlanDocument, from: string, to: string): Promise<Uint8Array> {
  const files = unzipSync(await exportDocx(plan));
  const pages = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  expect(pages).toContain(from);
  files["word/document.xml"] = strToU8(pages.replace(from, to));
  return zipSync(files);
}

/** The seed with what its pages do not print: an organisation, ids and tags of its own. */
const plan: PlanDocument = {
  ...communicationPlan2017,
  metadata: { ...communicationPlan2017.metadata, organisation: "Balk Kommune, C-BUR" },
  activities: communicationPlan2017.activities.map((activity, index) => ({
    ...activity,
    id: `aktivitet-${index + 1}`,
    tags: index < 2 ? ["kick-off"] : [],
  })),
};

describe("importDocx: a plan edited in Word whose file keeps milepael's copy", () => {
  it("reads the pages, takes what no page shows from the copy, and says the copy differs", async () => {
    const [first, second] = plan.activities;
    if (first === undefined || second === undefined) throw new Error("seed");
    const edited = `${second.title} (flyttet)`;
    const { document, diagnostics } = importDocx(await editedInWord(plan, second.title, edited));
    // The pages win: the edit is read. The organisation, and the id and tags of each activity the
    // copy has with the same date and title, come from the copy; the edited activity is new to it.
    const read = document as PlanDocument;
    expect(read.metadata).toEqual(plan.metadata);
    expect(read.activities[0]).toEqual(first);
    expect(read.activities[1]).toMatchObject({ title: edited, tags: [] });
    expect(read.activities.slice(2)).toEqual(plan.activities.slice(2));
    expect(diagnostics.filter((found) => found.level !== "info").map((found) => found.code)).toEqual([
      "import.docx-copy-differs",
    ]);
  });

  it("keeps the copy's ids of the activities it has, and gives an edited one an id no other activity has", async () => {
    // Ids the reader would give other activities (a2 is what it gives the second one).
    const shifted = plan.activities.map((activity, index) => ({ ...activity, id: `a${index + 2}` }));
    const [, second] = shifted;
    if (second === undefined) throw new Error("seed");
    const bytes = await editedInWord(
      { ...plan, activities: shifted },
      second.title,
      `${second.title} (flyttet)`,
    );
    const ids = (importDocx(bytes).document as PlanDocument).activities.map((activity) => activity.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([ids[0], ...ids.slice(2)]).toEqual([
      shifted[0]?.id,
      ...shifted.slice(2).map((activity) => activity.id),
    ]);
  });

  it("keeps a programme's track ids from the copy, and its activities pointing at them", async () => {
    const trackId = (id: string | undefined) => (id === undefined ? undefined : `spor-${id}`);
    const programme: PlanDocument = {
      ...introductionProgramme2018,
      tracks: introductionProgramme2018.tracks.map((track) => ({ ...track, id: `spor-${track.id}` })),
      activities: introductionProgramme2018.activities.map(({ track, ...activity }) => ({
        ...activity,
        ...(track === undefined ? {} : { track: trackId(track) }),
      })),
    };
    const [first] = programme.activities;
    if (first === undefined) throw new Error("seed");
    const bytes = await editedInWord(programme, first.title, `${first.title} (rettet)`);
    const read = importDocx(bytes).document as PlanDocument;
    expect(read.tracks).toEqual(programme.tracks);
    expect(read.activities.map((activity) => activity.track)).toEqual(
      programme.activities.map((activity) => activity.track),
    );
  });
});
