import type { ReactNode } from "react";

/**
 * The figures behind a chart or a plan as a plain table (`mp-Chart-data`): its caption, a header
 * row of column names, and the rows the widget draws.
 *
 * @example
 * <FiguresTable caption="Udvikling for 5.03" columns={["Opfølgning", "Status"]}>{rows}</FiguresTable>
 */
export function FiguresTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <table className="mp-Chart-data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
