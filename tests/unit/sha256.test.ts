/**
 * A published file's hash (src/api/sha256.ts): the page's own crypto.subtle where it has one, @noble/hashes on a
 * plain-HTTP intranet host, where the browser has no subtle. Both must give the same hex for the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { loadSha256 } from '@/api/sha256';

// FIPS 180-2's own example: SHA-256("abc").
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the hash of a published file', () => {
  it('is the standard SHA-256 with crypto.subtle (HTTPS, localhost)', async () => {
    const hash = await loadSha256(globalThis.crypto.subtle);
    expect(await hash(bytes('abc'))).toBe(ABC);
  });

  it('is the same without crypto.subtle (a plain-HTTP host), from @noble/hashes', async () => {
    const hash = await loadSha256(null);
    expect(await hash(bytes('abc'))).toBe(ABC);
    const big = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
    expect(await hash(big)).toBe(await (await loadSha256(globalThis.crypto.subtle))(big));
  });
});
