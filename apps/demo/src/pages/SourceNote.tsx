import type { LoadedDocument } from "../data";
import type { Texts } from "../texts";

/**
 * Where a `?src=` document came from, beside its title, so it never passes for a built-in one.
 *
 * @example
 * <SourceNote entry={entry} text={texts.da} /> // "Hentet fra https://a.example", or nothing for a seed
 */
export function SourceNote({ entry, text }: { entry: LoadedDocument; text: Texts }) {
  if (!entry.origin) return null;
  return (
    <p className="demo-source">
      {text.fetchedFrom} <strong>{entry.origin}</strong>
    </p>
  );
}
