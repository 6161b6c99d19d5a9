/**
 * SHA-256 of a file's bytes, as lowercase hex. Not crypto.subtle: an intranet host on plain HTTP is not a
 * secure context, and there the browser has no subtle at all. @noble/hashes is loaded only when a published
 * file is checked or written, so the demo never downloads it.
 */
type Hasher = (bytes: Uint8Array) => string;
let hasher: Promise<Hasher> | undefined;

/** The hash function, loading it on first call (a failed load is tried again next time). */
export function loadSha256(): Promise<Hasher> {
  hasher ??= Promise.all([import('@noble/hashes/sha2.js'), import('@noble/hashes/utils.js')]).then(
    ([{ sha256 }, { bytesToHex }]) => (bytes: Uint8Array) => bytesToHex(sha256(bytes)),
    (e: unknown) => { hasher = undefined; throw e; },
  );
  return hasher;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return (await loadSha256())(bytes);
}
