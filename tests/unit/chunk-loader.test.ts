/**
 * The lazy chunk loader (src/lib/chunk-loader.ts): one download however many ask, a failure forgotten so the
 * next ask downloads again (and not before), and subscribers told when the chunk is in.
 */
import { describe, expect, it, vi } from 'vitest';
import { createChunkLoader } from '../../src/lib/chunk-loader';

/** An import() the test settles by hand. */
function fakeImport() {
  const downloads: { arrive: (v: string) => void; fail: () => void }[] = [];
  const importer = vi.fn(() => new Promise<string>((arrive, reject) => {
    downloads.push({ arrive, fail: () => reject(new TypeError('Failed to fetch dynamically imported module')) });
  }));
  return { importer, downloads };
}

describe('createChunkLoader', () => {
  it('downloads nothing until asked, then once for every caller', async () => {
    const { importer, downloads } = fakeImport();
    const chunk = createChunkLoader(importer);
    expect(importer).not.toHaveBeenCalled();
    const first = chunk.load();
    const second = chunk.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(chunk.loaded()).toBeUndefined();
    downloads[0]?.arrive('module');
    await expect(first).resolves.toBe('module');
    await expect(second).resolves.toBe('module');
    expect(chunk.loaded()).toBe('module');
    await expect(chunk.load()).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('after a failure downloads again on the next call, and not before', async () => {
    vi.useFakeTimers();
    try {
      const { importer, downloads } = fakeImport();
      const chunk = createChunkLoader(importer);
      const failed = chunk.load();
      downloads[0]?.fail();
      await expect(failed).rejects.toThrow('Failed to fetch');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(importer).toHaveBeenCalledTimes(1);
      expect(chunk.loaded()).toBeUndefined();
      const retried = chunk.load();
      expect(importer).toHaveBeenCalledTimes(2);
      downloads[1]?.arrive('module');
      await expect(retried).resolves.toBe('module');
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells subscribers once the chunk is in, not when it fails', async () => {
    const { importer, downloads } = fakeImport();
    const chunk = createChunkLoader(importer);
    const notify = vi.fn(() => chunk.loaded());
    const off = chunk.subscribe(notify);
    const failed = chunk.load();
    downloads[0]?.fail();
    await failed.catch(() => {});
    expect(notify).not.toHaveBeenCalled();
    const ok = chunk.load();
    downloads[1]?.arrive('module');
    await ok;
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveReturnedWith('module');
    off();
  });
});
