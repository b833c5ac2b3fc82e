import { parseDanishDate } from "../date/parseDanishDate";
import type { ParseDanishDateOptions } from "../date/types";
import type { DateExpression } from "./common.schema";

/**
 * Reads a date cell into the model's form: the author's text, and the interval when understood
 * (otherwise `kind: null` and the reason). The text is kept either way.
 *
 * @example
 * toDateExpression("Primo marts", { year: 2017 }).start; // "2017-03-01"
 * toDateExpression("Fotografering:").reason; // "not-a-date"
 */
export function toDateExpression(text: string, options: ParseDanishDateOptions = {}): DateExpression {
  const result = parseDanishDate(text, options);
  if (!result.ok) {
    return {
      text,
      kind: null,
      start: null,
      end: null,
      precision: null,
      approximate: false,
      eitherOr: false,
      ongoing: false,
      yearInferred: false,
      reason: result.reason,
    };
  }
  const { ok: _ok, ...understood } = result;
  return understood;
}
