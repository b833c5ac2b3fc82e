/**
 * Row heights in one typed array with a Fenwick tree of prefix sums: a row's start, the total
 * and the row at an offset in O(log n), and a changed height without moving every later row's
 * position (what a list of one object per row with its start and end has to do).
 *
 * @example
 * const heights = new RowHeights(new Float64Array([44, 44, 240]));
 * heights.start(2); // 88
 * heights.indexAt(100); // 2
 */
export class RowHeights {
  readonly #sizes: Float64Array;
  /** 1-based Fenwick tree over `#sizes`. */
  readonly #tree: Float64Array;
  #mask: number;

  constructor(sizes: Float64Array) {
    this.#sizes = sizes;
    const count = sizes.length;
    const tree = new Float64Array(count + 1);
    for (let index = 1; index <= count; index += 1) {
      tree[index] = (tree[index] ?? 0) + (sizes[index - 1] ?? 0);
      const parent = index + (index & -index);
      if (parent <= count) tree[parent] = (tree[parent] ?? 0) + (tree[index] ?? 0);
    }
    this.#tree = tree;
    this.#mask = 1;
    while (this.#mask * 2 <= count) this.#mask *= 2;
  }

  get count(): number {
    return this.#sizes.length;
  }

  /** The sum of every row's height. */
  get total(): number {
    return this.start(this.#sizes.length);
  }

  /** Where row `index` starts: the sum of the heights before it. */
  start(index: number): number {
    let sum = 0;
    for (let position = Math.min(index, this.#sizes.length); position > 0; position -= position & -position)
      sum += this.#tree[position] ?? 0;
    return sum;
  }

  /** The row that covers `offset` (the last row when past the end, 0 before the start). */
  indexAt(offset: number): number {
    const count = this.#sizes.length;
    if (count === 0 || offset <= 0) return 0;
    let position = 0;
    let remaining = offset;
    for (let step = this.#mask; step > 0; step >>= 1) {
      const next = position + step;
      const size = this.#tree[next] ?? 0;
      if (next <= count && size <= remaining) {
        position = next;
        remaining -= size;
      }
    }
    return Math.min(position, count - 1);
  }

  /** Sets row `index`'s height; returns by how much it changed. */
  set(index: number, height: number): number {
    const delta = height - (this.#sizes[index] ?? height);
    if (delta === 0) return 0;
    this.#sizes[index] = height;
    for (let position = index + 1; position <= this.#sizes.length; position += position & -position)
      this.#tree[position] = (this.#tree[position] ?? 0) + delta;
    return delta;
  }
}
