// Test support only: no entry imports this file.

/** The Intl constructors whose use the widgets keep off their hot paths. */
type CountedIntl = "Collator" | "NumberFormat";

/**
 * Runs `run` while `Intl[name]` counts every object made with it (with or without `new`), and puts
 * the real constructor back afterwards, also when `run` throws. `made()` gives the count so far.
 *
 * @example
 * countingIntl("Collator", (made) => {
 *   sortNames(["b", "a"], "da");
 *   expect(made()).toBe(0);
 * });
 */
export function countingIntl<Name extends CountedIntl, Result>(
  name: Name,
  run: (made: () => number) => Result,
): Result {
  let made = 0;
  const original = Intl[name];
  Intl[name] = new Proxy(original, {
    construct(target, args, newTarget) {
      made += 1;
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      made += 1;
      return Reflect.apply(target, self, args);
    },
  });
  try {
    return run(() => made);
  } finally {
    Intl[name] = original;
  }
}
