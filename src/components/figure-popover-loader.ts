import { useSyncExternalStore } from 'react';
import { createChunkLoader } from '@/lib/chunk-loader';

// The popover itself (Radix, ~25 kB gzip) is a lazy chunk, kept out of the initial JS: the figures are in
// the KPI strip, and what the first paint needs of them is the button and its description. One shared
// download for every figure, which all switch to it in the same render.
// (A module cache, not a side effect: nothing here runs until a figure or the FigureGroup asks.)
const popover = createChunkLoader(() => import('./figure-popover').then((chunk) => chunk.FigurePopover));
let requested = false;

/**
 * Starts (or joins) the download of the popover chunk: resolves once every figure can open, rejects if it
 * failed. A failure is not kept, so the next call downloads again (a deploy replaced the chunk, the network
 * came back). Called when the browser is idle after load and on the first sign of interest in a figure.
 */
export function preloadFigurePopover(): Promise<void> {
  if (popover.loaded()) return Promise.resolve();
  requested = true;
  return popover.load().then(() => undefined);
}

/** Fire and forget: a chunk that did not download leaves the figures as plain, described buttons. */
export const preloadPopoverQuietly = () => {
  preloadFigurePopover().catch(() => {});
};

/** Whether a figure already asked for the chunk (then an idle preload has nothing to add). */
export const popoverRequested = () => requested;

/** The popover component once its chunk is in, for every figure in the same render. */
export const useLoadedPopover = () => useSyncExternalStore(popover.subscribe, popover.loaded, popover.loaded);
