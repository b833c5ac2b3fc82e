import type { ReportCell, ReportTable as ReportTableModel } from "@milepael/core/report";
import { RichText } from "../richText/RichText";
import { Smiley } from "../smiley/Smiley";

/** A table of the paper: caption, header row (repeated on every printed page), rows with row headers. */
export function ReportTable({ table, locale }: { table: ReportTableModel; locale: "da" | "en" }) {
  return (
    <table className="mp-Report-table" data-role={table.role}>
      {/* An initiative's table is named by the heading above it; its caption is for screen readers. */}
      <caption className={table.role === "initiative" ? "mp-visually-hidden" : undefined}>
        {table.caption}
      </caption>
      <thead>
        <tr>
          {table.header.map((cell, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
            <Cell key={index} cell={cell} tag="th" scope="col" locale={locale} header />
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
          <tr key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 && table.rowHeaders === true && cell.kind === "text" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <Cell key={index} cell={cell} tag="th" scope="row" locale={locale} />
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <Cell key={index} cell={cell} tag="td" locale={locale} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({
  cell,
  tag: Tag,
  scope,
  locale,
  header = false,
}: {
  cell: ReportCell;
  tag: "th" | "td";
  scope?: "col" | "row";
  locale: "da" | "en";
  /** A column header names a status; only assessments carry the border pattern. */
  header?: boolean;
}) {
  const span = cell.span !== undefined && cell.span > 1 ? cell.span : undefined;
  switch (cell.kind) {
    case "text":
      return (
        <Tag scope={scope} colSpan={span}>
          {cell.text}
        </Tag>
      );
    case "rich":
      return (
        <Tag scope={scope} colSpan={span}>
          <RichText html={cell.html} />
        </Tag>
      );
    case "status":
      return (
        <Tag
          scope={scope}
          colSpan={span}
          className={header ? undefined : "mp-Report-status"}
          data-status={header ? undefined : cell.status}
        >
          <Smiley status={cell.status} scale={cell.scale} label="name" size="sm" locale={locale} />
        </Tag>
      );
    default:
      return cell satisfies never;
  }
}
