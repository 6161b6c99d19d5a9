/**
 * Copying a chart PNG to the clipboard, where the browser allows it. Callers offer a download instead when
 * support is 'none' or the copy fails.
 */

/**
 * 'promise-item': ClipboardItem accepts a Promise (Chrome 98+, Safari 13.1+), so the write can start inside
 * the click while the PNG is still being drawn — Safari requires that; 'blob-item': ClipboardItem needs a
 * Blob (older Chromium), so the PNG is drawn first; 'none': no navigator.clipboard.write or no ClipboardItem
 * (plain-HTTP hosts have no navigator.clipboard at all).
 */
export type ClipboardSupport = 'promise-item' | 'blob-item' | 'none';
export type CopyResult = { ok: true } | { ok: false; reason: 'unsupported' | 'denied' | 'failed' };

type ItemCtor = (new (items: Record<string, Blob | PromiseLike<Blob>>) => ClipboardItem) & { supports?: (type: string) => boolean };
const ctorOf = (win: typeof globalThis | undefined) => (win as { ClipboardItem?: unknown } | undefined)?.ClipboardItem as ItemCtor | undefined;

/** What this browser can do; `nav` and `win` are injectable for tests. */
export function clipboardSupport(nav: Navigator | undefined = globalThis.navigator, win: typeof globalThis | undefined = globalThis): ClipboardSupport {
  const Item = ctorOf(win);
  if (typeof nav?.clipboard?.write !== 'function' || typeof Item !== 'function') return 'none';
  // ClipboardItem.supports (Chrome 121+, Safari 17.4+) only exists where Promises are accepted.
  if (typeof Item.supports === 'function') return Item.supports('image/png') ? 'promise-item' : 'none';
  try {
    // Before Chrome 98 the constructor converts each value to a Blob and throws on a Promise.
    new Item({ 'image/png': Promise.resolve(new Blob([], { type: 'image/png' })) });
    return 'promise-item';
  } catch {
    return 'blob-item';
  }
}

const failure = (error: unknown): CopyResult => ({
  ok: false,
  // By name, not instanceof: a DOMException is not an Error subclass everywhere.
  reason: (error as { name?: unknown } | null)?.name === 'NotAllowedError' ? 'denied' : 'failed',
});

/**
 * Puts the PNG that `png` makes on the clipboard. Call it synchronously in the click handler: with
 * 'promise-item' the write starts before the first await, inside the user's gesture. Never rejects.
 */
export async function copyImage(png: () => Promise<Blob>, support: ClipboardSupport,
  nav: Navigator | undefined = globalThis.navigator, win: typeof globalThis | undefined = globalThis): Promise<CopyResult> {
  const Item = ctorOf(win);
  if (support === 'none' || typeof nav?.clipboard?.write !== 'function' || typeof Item !== 'function') return { ok: false, reason: 'unsupported' };
  try {
    if (support === 'promise-item') {
      const blob = png();
      // The clipboard reports a failed drawing through write(); this only keeps it from also surfacing as an
      // unhandled rejection when write() throws first.
      blob.catch(() => undefined);
      await nav.clipboard.write([new Item({ 'image/png': blob })]);
    } else {
      const blob = await png();
      await nav.clipboard.write([new Item({ 'image/png': blob })]);
    }
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
