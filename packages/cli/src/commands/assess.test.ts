import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type BudgetFollowUp, exportJson } from "@milepael/core";
import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { binaryInFolder } from "../testing";

/** The built binary, as a user runs it, in a folder of its own. */
const { work, milepael } = binaryInFolder("assess", { env: { PATH: process.env.PATH, LANG: "da_DK.UTF-8" } });

function followUpFile(name: string): string {
  const file = path.join(work, name);
  writeFileSync(file, exportJson(budgetFollowUp2017));
  return file;
}

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as BudgetFollowUp;
const anne = ["--by", "Anne Jensen", "--at", "2017-10-02T09:00:00Z"];

/** `milepael assess FILE --initiative I --milestone M --status S`, as Anne, with any further options. */
const assess = (file: string, initiative: string, milestone: string, status: string, ...more: string[]) =>
  milepael([
    "assess",
    file,
    "--initiative",
    initiative,
    "--milestone",
    milestone,
    "--status",
    status,
    ...more,
    ...anne,
  ]);

describe("milepael start-round, assess and publish", () => {
  it("runs a round from start to publishing, writing every change to the file's history", async () => {
    const file = followUpFile("round.json");
    const started = await milepael(["start-round", file, "--round", "3. budgetopfølgning 2017", ...anne]);
    expect(started.code).toBe(0);
    expect(started.stderr).toContain("3. budgetopfølgning 2017 er åben for vurdering");
    expect(read(file).rounds[2]?.state).toBe("open");

    const assessed = await assess(file, "6.01", "3", "gul", "--note", "Udbuddet er forsinket.");
    expect(assessed.code).toBe(0);
    expect(assessed.stderr).toContain("6.01 milepæl 3: not-assessed → yellow (3. budgetopfølgning 2017)");
    expect(read(file).history?.at(-1)).toMatchObject({
      type: "assessed",
      initiativeId: "6.01",
      to: "yellow",
      note: "Udbuddet er forsinket.",
      by: "Anne Jensen",
      at: "2017-10-02T09:00:00Z",
    });

    const published = await milepael(["publish", file, "--round", "2017-3", ...anne]);
    expect(published.code).toBe(0);
    expect(published.stderr).toContain(
      "advarsel: 1 milepæl til 3. budgetopfølgning 2017 er ikke vurderet: 6.20 (3).",
    );
    expect(read(file).rounds[2]?.state).toBe("published");

    const late = await assess(file, "6.20", "2017-3", "green");
    expect(late.code).toBe(1);
    expect(late.stderr).toContain("3. budgetopfølgning 2017 er offentliggjort og kan ikke ændres");
  });

  it("refuses yellow economy and red without a note with the reading guide's reason, leaving the file as it was", async () => {
    const file = followUpFile("refused.json");
    await milepael(["start-round", file, "--round", "2017-3", ...anne]);
    const before = readFileSync(file, "utf8");
    const economy = await assess(file, "7.04", "economy", "yellow", "--note", "x");
    expect(economy.code).toBe(1);
    expect(economy.stderr).toContain(
      "economy.status: fejl: Økonomi kan ikke være gul; læsevejledningen tillader grøn eller rød.",
    );
    const red = await assess(file, "6.01", "3", "red", "--lang", "en");
    expect(red.code).toBe(1);
    expect(red.stderr).toContain("error: A red assessment needs a status note that says why.");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("says no round is open, and writes to -o without touching the input", async () => {
    const file = followUpFile("closed.json");
    const closed = await assess(file, "6.01", "3", "green");
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain("Ingen opfølgning er åben for vurdering");
    const out = path.join(work, "opened.json");
    const opened = await milepael([
      "start-round",
      file,
      "--round",
      "2017-4",
      "--label",
      "4. budgetopfølgning 2017",
      "--cut-off",
      "2017-11-30",
      "-o",
      out,
      ...anne,
    ]);
    expect(opened.code).toBe(0);
    expect(read(out).rounds.map((round) => round.id)).toEqual([
      "2017-1",
      "2017-2",
      "2017-3",
      "2017-4",
      "2017-year-end",
    ]);
    expect(read(file)).toEqual(budgetFollowUp2017);
  });

  it("exits 2 with usage on a missing option or an unknown status", async () => {
    const file = followUpFile("usage.json");
    expect(
      (await milepael(["assess", file, "--initiative", "6.01", "--status", "green", ...anne])).code,
    ).toBe(2);
    const unknown = await assess(file, "6.01", "1", "blå");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--status skal være green, yellow, red eller not-assessed");
    // Neither a number, a round nor economy: said so, not "the initiative has 0 milestones".
    const odd = await assess(file, "5.03", "1.5", "green");
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain(
      "--milestone 1.5: hverken et milepælsnummer (1, 2, …), en opfølgnings id eller navn eller economy",
    );
  });
});
