import { type MilepaelDocument, parseDocumentJson } from "@milepael/core";
import type { DocumentType, Problem } from "./problems";

/** What an element makes of its JSON: the document it shows, or why it shows none. */
export interface ReadDocument {
  document: MilepaelDocument | null;
  problem: Problem | null;
}

/**
 * Reads an element's JSON into the document it shows: a document of another type than the one
 * the element `accepts` is a problem, not a document, so the element renders only what it takes.
 * No JSON (`null`) is neither a document nor a problem.
 *
 * @example
 * readDocument('{"type":"meetings",…}', "plan"); // { document: null, problem: { kind: "wrong-type", expected: "plan", received: "meetings" } }
 */
export function readDocument(json: string | null, accepts: DocumentType | undefined): ReadDocument {
  if (json === null) return { document: null, problem: null };
  const result = parseDocumentJson(json);
  const parsed = result.document;
  if (parsed === null || parsed === undefined)
    return {
      document: null,
      problem: {
        kind: "invalid",
        finding: result.diagnostics.find((finding) => finding.level === "error") ?? result.diagnostics[0],
      },
    };
  if (accepts && parsed.type !== accepts)
    return { document: null, problem: { kind: "wrong-type", expected: accepts, received: parsed.type } };
  return { document: parsed, problem: null };
}

/**
 * Fetches the text behind an element's `src`, or the problem that keeps it from being read:
 * a failed request, an error status, or a web page where JSON was expected.
 *
 * @example
 * await fetchDocumentText("https://example.dk/login"); // { text: "<!doctype html>…", problem: { kind: "web-page" } }
 */
export async function fetchDocumentText(
  src: string,
): Promise<{ text: string | null; problem: Problem | null }> {
  let text: string | null = null;
  let problem: Problem | null = null;
  try {
    const response = await fetch(src);
    if (response.ok) text = await response.text();
    else problem = { kind: "fetch", status: response.status };
    // A login or error page often answers 200: say it is a page, not the browser's JSON error.
    // By the text, not the Content-Type, so that a JSON file a server labels text/html still reads.
    if (text !== null && /^\s*</.test(text)) problem = { kind: "web-page" };
  } catch {
    problem = { kind: "fetch" };
  }
  return { text, problem };
}
