import {
  type Diagnostic,
  formatDocumentDiagnostic,
  type Locale,
  type MilepaelDocument,
} from "@milepael/core";
import { elementMessages } from "../locale/messages/elements";

/** The kind of document an element shows; `undefined` for elements that need none. */
export type DocumentType = MilepaelDocument["type"];

/** Why an element shows its error state, as data: the message is written in the element's locale. */
export type Problem =
  | { kind: "fetch"; status?: number }
  /** The address answered with HTML: a login page, a CMS's error page, a wrong address. */
  | { kind: "web-page" }
  | { kind: "invalid"; finding: Diagnostic | undefined }
  | { kind: "wrong-type"; expected: DocumentType; received: DocumentType };

/**
 * A problem in words, in the element's locale: for its error state and `milepael-error`.
 *
 * @example
 * problemMessage({ kind: "fetch", status: 404 }, "en"); // "The document could not be fetched (HTTP status 404)."
 */
export function problemMessage(problem: Problem, locale: Locale): string {
  const words = elementMessages(locale);
  switch (problem.kind) {
    case "fetch":
      return words.fetchFailed(problem.status);
    case "web-page":
      return words.webPage;
    case "invalid":
      return words.documentError(
        formatDocumentDiagnostic(
          problem.finding ?? { level: "error", code: "schema.invalid", path: [], params: { detail: "?" } },
          locale,
        ),
      );
    case "wrong-type":
      return words.wrongDocumentType(
        words.documentTypes[problem.expected] ?? problem.expected,
        words.documentTypes[problem.received] ?? problem.received,
      );
    default:
      return problem satisfies never;
  }
}

/**
 * The code each problem reports in `milepael-error`; an invalid document reports its finding's. A
 * web page is JSON that does not parse, as core's finding for it says.
 */
const problemCodes = {
  fetch: "fetch-failed",
  "web-page": "schema.not-json",
  "wrong-type": "wrong-document-type",
} satisfies Record<Exclude<Problem["kind"], "invalid">, string>;

/**
 * The code of a problem in `milepael-error`'s detail.
 *
 * @example
 * problemCode({ kind: "wrong-type", expected: "plan", received: "meetings" }); // "wrong-document-type"
 */
export function problemCode(problem: Problem): string {
  return problem.kind === "invalid"
    ? (problem.finding?.code ?? "schema.invalid")
    : problemCodes[problem.kind];
}
