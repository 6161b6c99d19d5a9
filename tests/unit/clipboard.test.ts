/**
 * Copying a chart image (src/lib/export/clipboard.ts): which kind of ClipboardItem this browser has, and
 * what the reader is told when the copy works, is refused or fails. The browsers are stand-ins: a navigator
 * with or without clipboard.write, and ClipboardItem classes that behave as each engine's does.
 */
import { describe, expect, it, vi } from 'vitest';
import { clipboardSupport, copyImage } from '../../src/lib/export/clipboard';

type Items = Record<string, Blob | PromiseLike<Blob>>;

/** Chrome 98+ / Safari 13.1+: values may be Promises. */
class PromiseItem { constructor(readonly items: Items) {} }
/** Chrome 121+ / Safari 17.4+: also has the static supports(). */
class ModernItem extends PromiseItem { static supports = (type: string) => type === 'image/png' || type === 'text/plain'; }
/** ClipboardItem.supports() saying no to PNG. */
class NoPngItem extends PromiseItem { static supports = () => false; }
/** Chrome 76–97: each value is converted to a Blob, a Promise throws. */
class BlobOnlyItem {
  constructor(readonly items: Items) {
    for (const value of Object.values(items)) if (!(value instanceof Blob)) throw new TypeError("Failed to construct 'ClipboardItem': Failed to convert value to 'Blob'.");
  }
}

const nav = (write?: (items: unknown[]) => Promise<void>) => ({ clipboard: write ? { write } : undefined }) as unknown as Navigator;
const win = (ClipboardItem?: unknown) => ({ ClipboardItem }) as unknown as typeof globalThis;
const png = () => Promise.resolve(new Blob(['png'], { type: 'image/png' }));
const domError = (name: string) => Object.assign(new Error(name), { name });

describe('clipboardSupport', () => {
  const write = () => Promise.resolve();

  it("is 'none' without navigator.clipboard (plain HTTP), without write, or without ClipboardItem", () => {
    expect(clipboardSupport(nav(), win(PromiseItem))).toBe('none');
    expect(clipboardSupport({ clipboard: {} } as unknown as Navigator, win(PromiseItem))).toBe('none');
    expect(clipboardSupport(nav(write), win())).toBe('none');
    expect(clipboardSupport(undefined, win(PromiseItem))).toBe('none');
  });

  it("is 'promise-item' where ClipboardItem.supports('image/png') or the constructor takes a Promise", () => {
    expect(clipboardSupport(nav(write), win(ModernItem))).toBe('promise-item');
    expect(clipboardSupport(nav(write), win(PromiseItem))).toBe('promise-item');
    expect(clipboardSupport(nav(write), win(NoPngItem))).toBe('none');
  });

  it("is 'blob-item' where the constructor only takes Blobs", () => {
    expect(clipboardSupport(nav(write), win(BlobOnlyItem))).toBe('blob-item');
  });
});

describe('copyImage', () => {
  it("'promise-item' writes within the caller's turn, before the PNG exists", async () => {
    let resolve: (b: Blob) => void = () => {};
    const pending = new Promise<Blob>((r) => { resolve = r; });
    const write = vi.fn(async (items: unknown[]) => { await (items[0] as PromiseItem).items['image/png']; });
    const result = copyImage(() => pending, 'promise-item', nav(write), win(PromiseItem));
    // Synchronously, still inside the click: Safari's user-gesture rule is met.
    expect(write).toHaveBeenCalledTimes(1);
    expect((write.mock.calls[0]?.[0][0] as PromiseItem).items['image/png']).toBe(pending);
    resolve(new Blob(['png']));
    await expect(result).resolves.toEqual({ ok: true });
  });

  it("'blob-item' waits for the PNG and writes the Blob itself", async () => {
    const write = vi.fn(async (items: unknown[]) => {
      expect((items[0] as BlobOnlyItem).items['image/png']).toBeInstanceOf(Blob);
    });
    const result = copyImage(png, 'blob-item', nav(write), win(BlobOnlyItem));
    expect(write).not.toHaveBeenCalled();
    await expect(result).resolves.toEqual({ ok: true });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a refusal (NotAllowedError)', 'denied', domError('NotAllowedError')],
    ['any other error', 'failed', domError('DataError')],
    ['a non-Error rejection', 'failed', 'nope'],
  ])('maps %s to %j', async (_label, reason, error) => {
    for (const support of ['promise-item', 'blob-item'] as const) {
      const write = () => Promise.reject(error);
      await expect(copyImage(png, support, nav(write), win(PromiseItem))).resolves.toEqual({ ok: false, reason });
    }
  });

  it("reports a PNG that could not be drawn as 'failed', and 'none' as unsupported without touching anything", async () => {
    const broken = () => Promise.reject(new Error('canvas'));
    await expect(copyImage(broken, 'blob-item', nav(() => Promise.resolve()), win(PromiseItem))).resolves.toEqual({ ok: false, reason: 'failed' });
    const draw = vi.fn(png);
    await expect(copyImage(draw, 'none', nav(() => Promise.resolve()), win(PromiseItem))).resolves.toEqual({ ok: false, reason: 'unsupported' });
    await expect(copyImage(draw, 'promise-item', nav(), win(PromiseItem))).resolves.toEqual({ ok: false, reason: 'unsupported' });
    expect(draw).not.toHaveBeenCalled();
  });
});
