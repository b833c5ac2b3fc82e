import type { GroupingState } from "@tanstack/react-table";
import type { MilestoneTableRow } from "./columns";
import type { MilestoneRow } from "./rows";

/** A line of the table body: a section heading, an initiative, or an initiative's open details. */
export type MilestoneTableItem =
  | { kind: "group"; row: MilestoneTableRow }
  | { kind: "initiative"; row: MilestoneTableRow }
  | { kind: "detail"; row: MilestoneTableRow };

const lineKinds = ["group", "initiative", "detail"] as const satisfies readonly MilestoneTableItem["kind"][];

/** Rows by line index, for lines whose rows are made when asked for. */
interface LineRows {
  readonly length: number;
  rowAt(index: number): MilestoneTableRow | undefined;
  /** The line's initiative as data, without making its row. */
  originalAt(index: number): MilestoneRow | undefined;
}

/**
 * The body's lines by index, without an object per line: at 100,000 initiatives the table draws
 * about thirty of them, so only those are ever asked for. `kinds` holds each line's kind as an
 * index into `lineKinds`; without it every line is an initiative. The rows are an array, or
 * made when a line is asked for (`LineRows`).
 */
export class MilestoneTableLines {
  readonly #source: readonly MilestoneTableRow[] | LineRows;
  readonly #kinds: Uint8Array | undefined;
  #rows: readonly MilestoneTableRow[] | undefined;
  #items: MilestoneTableItem[] | undefined;
  #keys: string[] | undefined;

  constructor(rows: readonly MilestoneTableRow[] | LineRows, kinds?: Uint8Array) {
    this.#source = rows;
    if (Array.isArray(rows)) this.#rows = rows;
    this.#kinds = kinds;
  }

  get length(): number {
    return this.#source.length;
  }

  /** Every line's row in order (all made when first read: prefer `rowAt`). */
  get rows(): readonly MilestoneTableRow[] {
    this.#rows ??= Array.from({ length: this.length }, (_, index) => this.rowAt(index) as MilestoneTableRow);
    return this.#rows;
  }

  kindAt(index: number): MilestoneTableItem["kind"] | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.#kinds === undefined ? "initiative" : lineKinds[this.#kinds[index] ?? 1];
  }

  rowAt(index: number): MilestoneTableRow | undefined {
    if (this.#rows) return this.#rows[index];
    const source = this.#source as LineRows;
    return index < 0 || index >= source.length ? undefined : source.rowAt(index);
  }

  /**
   * What measured heights follow from list to list, without making a row or a string: an
   * initiative line's data row, a detail line's initiative, a section line's key.
   */
  identityAt(index: number): unknown {
    const kind = this.kindAt(index);
    if (kind === "group" || kind === undefined) return this.keyAt(index);
    const original = this.#rows ? this.#rows[index]?.original : (this.#source as LineRows).originalAt(index);
    return kind === "detail" ? original?.initiative : original;
  }

  /** The line's key: its kind and row id, so a line keeps its element while it moves. */
  keyAt(index: number): string {
    return `${this.kindAt(index)}:${this.rowAt(index)?.id}`;
  }

  itemAt(index: number): MilestoneTableItem | undefined {
    const row = this.rowAt(index);
    const kind = this.kindAt(index);
    return row && kind ? { kind, row } : undefined;
  }

  /** Every line as an object, built once when first asked for. */
  get items(): MilestoneTableItem[] {
    this.#items ??= Array.from(
      { length: this.length },
      (_, index) => this.itemAt(index) as MilestoneTableItem,
    );
    return this.#items;
  }

  get keys(): string[] {
    this.#keys ??= Array.from({ length: this.length }, (_, index) => this.keyAt(index));
    return this.#keys;
  }
}

/**
 * A flat table's lines: the rows in `order` (positions in `data`), each open initiative followed
 * by its details, rows made by `rowOf` when a line is asked for.
 *
 * @example
 * flatLines(Uint32Array.of(2, 0, 1), data, rowOf, { [data[0].initiative.id]: true }).length; // 4
 */
export function flatLines(
  order: Uint32Array,
  data: readonly MilestoneRow[],
  rowOf: (position: number) => MilestoneTableRow | undefined,
  expanded: Record<string, boolean>,
): MilestoneTableLines {
  if (!Object.values(expanded).includes(true))
    return new MilestoneTableLines({
      length: order.length,
      rowAt: (index) => rowOf(order[index] ?? 0),
      originalAt: (index) => data[order[index] ?? 0],
    });
  const positions: number[] = [];
  const kinds: number[] = [];
  for (const position of order) {
    positions.push(position);
    kinds.push(1);
    if (expanded[data[position]?.initiative.id ?? ""] === true) {
      positions.push(position);
      kinds.push(2);
    }
  }
  return new MilestoneTableLines(
    {
      length: positions.length,
      rowAt: (index) => rowOf(positions[index] ?? 0),
      originalAt: (index) => data[positions[index] ?? 0],
    },
    Uint8Array.from(kinds),
  );
}

/**
 * The body's lines in order: filtered, grouped and sorted rows, with closed sections' rows left
 * out and open initiatives followed by their details. A flat list with no open details is the
 * sorted rows themselves.
 *
 * @example
 * bodyLines(table.getSortedRowModel().rows, ["section"], {}).kindAt(0); // "group"
 */
export function bodyLines(
  rows: readonly MilestoneTableRow[],
  grouping: GroupingState,
  expanded: Record<string, boolean>,
): MilestoneTableLines {
  if (grouping.length === 0 && !Object.values(expanded).includes(true)) return new MilestoneTableLines(rows);
  const lineRows: MilestoneTableRow[] = [];
  const kinds: number[] = [];
  const walk = (level: readonly MilestoneTableRow[]) => {
    for (const row of level) {
      if (row.getIsGrouped()) {
        lineRows.push(row);
        kinds.push(0);
        if (row.getIsExpanded()) walk(row.subRows);
      } else {
        lineRows.push(row);
        kinds.push(1);
        if (row.getIsExpanded()) {
          lineRows.push(row);
          kinds.push(2);
        }
      }
    }
  };
  walk(rows);
  return new MilestoneTableLines(lineRows, Uint8Array.from(kinds));
}
