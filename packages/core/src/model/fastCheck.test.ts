import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  budgetFollowUp2017,
  communicationPlan2017,
  generateFollowUp,
  generatePlan,
  meetingsLejre2017,
} from "../fixtures";
import { budgetFollowUpSchema } from "./budgetFollowUp.schema";
import { validateDocument } from "./document.schema";
import { compileFastCheck } from "./fastCheck";
import { meetingsDocumentSchema } from "./meetings.schema";
import { planDocumentSchema } from "./plan.schema";

const documents = [
  { schema: budgetFollowUpSchema, document: budgetFollowUp2017 },
  { schema: budgetFollowUpSchema, document: generateFollowUp({ initiatives: 3 }) },
  { schema: planDocumentSchema, document: communicationPlan2017 },
  { schema: planDocumentSchema, document: generatePlan({ activities: 3 }) },
  { schema: meetingsDocumentSchema, document: meetingsLejre2017 },
] as const;

/** Values a broken or hostile document might hold anywhere. */
const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  "x",
  "green",
  "2017-13-45",
  "2017-03-31",
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2017,
  true,
  [],
  {},
  [{}],
  { text: "" },
);

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, index) => index)
    : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

type Edit = "set" | "delete" | "extra-key";

/** A deep copy of `document` with one value changed, removed, or given an unknown key. */
function edited(document: unknown, path: (string | number)[], edit: Edit, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  if (path.length === 0) return edit === "set" ? value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (edit === "set") parent[last] = value;
  else if (edit === "delete") delete parent[last];
  else if (typeof parent[last] === "object" && parent[last] !== null)
    (parent[last] as Record<string, unknown>).unexpected = value;
  return copy;
}

describe("the fast validity check", () => {
  it("passes the valid documents, so that they need no second look", () => {
    for (const { schema, document } of documents) {
      expect(schema.safeParse(document).success).toBe(true);
      expect(compileFastCheck(schema)(document)).toBe(true);
    }
  });

  it("never passes a document its schema refuses", () => {
    const cases = fc.oneof(
      ...documents.map(({ schema, document }) =>
        fc.record({
          schema: fc.constant(schema),
          document: fc.constant(document),
          path: fc.constantFrom(...paths(document)),
          edit: fc.constantFrom<Edit>("set", "delete", "extra-key"),
          value: oddValue,
        }),
      ),
    );
    fc.assert(
      fc.property(cases, ({ schema, document, path, edit, value }) => {
        const changed = edited(document, path, edit, value);
        if (compileFastCheck(schema)(changed)) expect(schema.safeParse(changed).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves the issues of an invalid document to the schema, with their paths", () => {
    const document = structuredClone(generateFollowUp({ initiatives: 2 }));
    const milestone = document.sections[0]?.initiatives[1]?.milestones[2] as unknown as Record<
      string,
      unknown
    >;
    milestone.status = "purple";
    milestone.extra = 1;
    const { document: valid, diagnostics } = validateDocument(document);
    expect(valid).toBeNull();
    const zod = budgetFollowUpSchema.safeParse(document);
    expect(diagnostics.map((item) => item.path)).toEqual(zod.error?.issues.map((issue) => issue.path));
  });
});
