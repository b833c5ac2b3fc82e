/** What the first bytes of a file say it is. */
export type FileKind = "zip" | "ole2" | "pdf" | "text";

/**
 * Tells a zip archive (.docx, .xlsx), an OLE2 compound file (.doc, or an encrypted .docx), a PDF
 * and anything else (read as text) apart by their first bytes.
 *
 * @example
 * sniffBytes(new TextEncoder().encode("%PDF-1.7")); // "pdf"
 */
export function sniffBytes(bytes: Uint8Array): FileKind {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole2";
  // A PDF may have bytes before its header (some ESDH systems prepend a line); the standard allows 1 KiB.
  const head = Array.from(bytes.subarray(0, 1024), (byte) => String.fromCharCode(byte)).join("");
  if (head.includes("%PDF-")) return "pdf";
  return "text";
}

/**
 * Whether an OLE2 compound file is an encrypted Office document (a password-protected .docx is
 * stored as an OLE2 file with the streams "EncryptionInfo" and "EncryptedPackage").
 *
 * @example
 * isEncryptedOle(bytes); // true for a password-protected .docx
 */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  // Directory entry names are UTF-16LE.
  const name = Array.from("EncryptionInfo", (character) => [character.charCodeAt(0), 0]).flat();
  outer: for (let at = 0; at + name.length <= bytes.length; at += 1) {
    for (let index = 0; index < name.length; index += 1)
      if (bytes[at + index] !== name[index]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether a zip archive's central directory marks an entry as encrypted (general purpose bit 0,
 * or the AES method 99).
 *
 * @example
 * hasEncryptedZipEntry(bytes); // false for an ordinary .docx
 */
export function hasEncryptedZipEntry(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const count = view.getUint16(at + 10, true);
    let entry = view.getUint32(at + 16, true);
    for (let index = 0; index < count && entry + 46 <= bytes.length; index += 1) {
      if (view.getUint32(entry, true) !== 0x02014b50) return false;
      const flags = view.getUint16(entry + 8, true);
      const method = view.getUint16(entry + 10, true);
      if ((flags & 1) === 1 || method === 99) return true;
      entry +=
        46 +
        view.getUint16(entry + 28, true) +
        view.getUint16(entry + 30, true) +
        view.getUint16(entry + 32, true);
    }
    return false;
  }
  return false;
}
