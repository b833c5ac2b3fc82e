import { unzipSync } from "fflate";

/** Limits for reading a zip archive, so that a small hostile file cannot fill the memory. */
export interface ZipLimits {
  /** The most an entry may unpack to, in bytes. Default 64 MiB. */
  maxEntrySize?: number;
  /** The most all entries read may unpack to together, in bytes. Default 128 MiB. */
  maxTotalSize?: number;
  /** The highest ratio of unpacked to packed size for an entry above 1 MiB. Default 200. */
  maxRatio?: number;
}

export type ZipResult =
  | { ok: true; names: string[]; entries: Map<string, Uint8Array> }
  | {
      ok: false;
      reason: "damaged" | "zip-bomb" | "encrypted";
      params: Record<string, string | number>;
    };

/**
 * Reads the wanted entries of a zip archive within limits. The sizes the archive declares are
 * checked before anything is unpacked, and an entry is never unpacked past its declared size, so a
 * header that lies cannot make it larger either.
 *
 * @example
 * const zip = readZip(bytes, (name) => name.startsWith("word/"));
 * if (zip.ok) zip.entries.get("word/document.xml");
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = {},
): ZipResult {
  const maxEntry = limits.maxEntrySize ?? 64 * 1024 * 1024;
  const maxTotal = limits.maxTotalSize ?? 128 * 1024 * 1024;
  const maxRatio = limits.maxRatio ?? 200;
  const names: string[] = [];
  let total = 0;
  let refused: ZipResult | null = null;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (!wanted(file.name) || refused !== null) return false;
        total += file.originalSize;
        const ratio = file.originalSize / Math.max(file.size, 1);
        if (
          file.originalSize > maxEntry ||
          total > maxTotal ||
          (file.originalSize > 1024 * 1024 && ratio > maxRatio)
        ) {
          refused = {
            ok: false,
            reason: "zip-bomb",
            params: { entry: file.name, size: file.originalSize, packed: file.size },
          };
          return false;
        }
        return true;
      },
    });
    if (refused !== null) return refused;
    return { ok: true, names, entries: new Map(Object.entries(files)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // fflate names encryption and unknown methods in its message ("unknown compression type").
    if (/encrypt/i.test(detail)) return { ok: false, reason: "encrypted", params: { detail } };
    return { ok: false, reason: "damaged", params: { detail } };
  }
}
