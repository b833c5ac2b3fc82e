// A document is checked against its schema once, by whoever validates it (`validateDocument`):
// an importer's own zod pass over a large document cost as much as the validation itself.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { budgetFollowUpSchema } from "../model/budgetFollowUp.schema";
import { meetingsDocumentSchema } from "../model/meetings.schema";
import { planDocumentSchema } from "../model/plan.schema";
import { importFollowUpCsv } from "./followUpCsv/read";
import { importFollowUpText } from "./followUpText/read";
import { importMeetingsText } from "./meetings/importMeetingsText";
import { importMeetingsCsv } from "./meetings/readCsv";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";

const seed = (name: string) => readFileSync(new URL(`../../test/seeds/${name}`, import.meta.url), "utf8");

const followUpCsv = [
  "Indsats;Titel;Milepæl;Runde;Status",
  "5.03;Fælles lokaler;Skolen er bygget;1. budgetopfølgning 2017;grøn",
].join("\n");
const planCsv = ["Aktivitet;Tidspunkt;Spor", "Borgermøde;marts 2017;Dialog"].join("\n");

const importers = [
  { name: "importFollowUpText", run: () => importFollowUpText(seed("budgetopfoelgning-2017-3-del1.txt")) },
  { name: "importPlanText", run: () => importPlanText(seed("kommunikationsplan-2017.txt")) },
  { name: "importPlanCsv", run: () => importPlanCsv(planCsv, { year: 2017 }) },
  { name: "importFollowUpCsv", run: () => importFollowUpCsv(followUpCsv) },
  { name: "importMeetingsText", run: () => importMeetingsText(seed("referater-lejre-2017.txt")) },
  {
    name: "importMeetingsCsv",
    run: () =>
      importMeetingsCsv(
        "Udvalg;Type;Dato;Punkt;Titel;Udfald\nByrådet;referat;2018-05-03;1;Budget;Godkendt\n",
      ),
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("importers leave the schema check to validateDocument", () => {
  for (const { name, run } of importers) {
    it(`${name} returns its document without a zod pass of its own`, () => {
      const spies = [budgetFollowUpSchema, planDocumentSchema, meetingsDocumentSchema].map((schema) =>
        vi.spyOn(schema, "safeParse"),
      );
      const { document } = run();
      expect(document).not.toBeNull();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    });
  }
});
