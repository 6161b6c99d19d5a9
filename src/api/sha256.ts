/**
 * SHA-256 of a file's bytes, as lowercase hex. crypto.subtle where the page has it (HTTPS, localhost): native,
 * off the main thread. An intranet host on plain HTTP is not a secure context and has no subtle at all; there
 * @noble/hashes does it (loaded only when a published file is checked or written, so the demo never downloads
 * it). Hashing a 2,000-project snapshot with it is a 270 ms task on a phone at 4× CPU (docs/performance.md).
 */
type Hasher = (bytes: Uint8Array) => Promise<string>;
let noble: Promise<Hasher> | undefined;

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The hash function: subtle's, or noble's, loading it on first call (a failed load is tried again next time).
 * `subtle` is the page's own unless given (tests pass `null` for a plain-HTTP page).
 */
export function loadSha256(subtle: SubtleCrypto | null | undefined = globalThis.crypto?.subtle): Promise<Hasher> {
  if (subtle) return Promise.resolve(async (bytes) => hex(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  noble ??= Promise.all([import('@noble/hashes/sha2.js'), import('@noble/hashes/utils.js')]).then(
    ([{ sha256 }, { bytesToHex }]) => async (bytes: Uint8Array) => bytesToHex(sha256(bytes)),
    (e: unknown) => { noble = undefined; throw e; },
  );
  return noble;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return (await loadSha256())(bytes);
}
