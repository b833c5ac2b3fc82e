// The page geometry a Word export is laid out on: paper size and orientation from the report,
// margins, and the text width tables are sized to. Shared by the page setup and the tables, so
// both agree on how wide the text is.

import type { Report } from "../../report/reportModel";
import type { Docx } from "./tagWriter";

/** A4 and A3 in twentieths of a point, portrait. */
const pageSizes = { A4: { width: 11906, height: 16838 }, A3: { width: 16838, height: 23811 } } as const;

/**
 * The width text can take on the report's page, in twentieths of a point: the page's width in its
 * orientation less both margins.
 *
 * @example
 * textWidth(report); // 9638 for A4 portrait
 */
export function textWidth(report: Report): number {
  return pageSizes[report.page.size][report.page.orientation === "landscape" ? "height" : "width"] - 2268;
}

/**
 * The section's page properties for the report's paper: size, orientation and 2 cm margins.
 *
 * @example
 * new docx.Document({ sections: [{ properties: { page: pageProperties(docx, report) }, children }] });
 */
export function pageProperties(docx: Docx, report: Report) {
  const size = pageSizes[report.page.size];
  return {
    size: {
      width: size.width,
      height: size.height,
      orientation:
        report.page.orientation === "landscape"
          ? docx.PageOrientation.LANDSCAPE
          : docx.PageOrientation.PORTRAIT,
    },
    margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
  };
}
