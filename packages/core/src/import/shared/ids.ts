/**
 * A slug for ids: lower case, Danish letters spelt out, dashes between words.
 *
 * @example
 * slugify("Fælles lokaler på Linde Allé"); // "faelles-lokaler-paa-linde-alle"
 */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "oe")
      .replace(/å/g, "aa")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "x"
  );
}

/**
 * Hands out ids that are unique in a document: "5.03", then "5.03-2", "5.03-3" where a number
 * repeats. Each wanted id remembers its next suffix, so 10,000 repeats take linear time.
 *
 * @example
 * const ids = new IdAllocator();
 * [ids.take("1"), ids.take("1"), ids.take("1")]; // ["1", "1-2", "1-3"]
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  take(wanted: string): string {
    // The first of its kind needs no suffix: one look-up (adding it, and seeing the set grow).
    const size = this.taken.size;
    if (this.taken.add(wanted).size > size) return wanted;
    let id = wanted;
    let suffix = this.nextSuffix.get(wanted) ?? 2;
    while (this.taken.has(id)) {
      id = `${wanted}-${suffix}`;
      suffix += 1;
    }
    this.nextSuffix.set(wanted, suffix);
    this.taken.add(id);
    return id;
  }
}
