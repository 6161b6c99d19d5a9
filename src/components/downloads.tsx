import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { downloadBlob } from '@/lib/download';
import { createListeners } from '@/lib/external-store';

type Save = (blob: Blob, fileName: string) => void;

function createDownloads() {
  // Each saved file's release, until the app lets them all go.
  const pending = createListeners();
  const save: Save = (blob, fileName) => {
    const release = downloadBlob(blob, fileName);
    const forget = pending.add(() => {
      forget();
      release();
    });
  };
  return { save, releaseAll: () => pending.emit() };
}

const DownloadsContext = createContext<Save>((blob, fileName) => {
  downloadBlob(blob, fileName);
});

/**
 * Owns the files the page saves: each object URL waits its while for Safari (src/lib/download.ts), and all of
 * them go when the app unmounts, so no revoke timer outlives the page or test that started it. It sits at the
 * app's root, not in the menu that saved, because a menu closes within Safari's wait.
 */
export function DownloadsProvider({ children }: { children: ReactNode }) {
  const [downloads] = useState(createDownloads);
  useEffect(() => downloads.releaseAll, [downloads]);
  return <DownloadsContext.Provider value={downloads.save}>{children}</DownloadsContext.Provider>;
}

/** Saves a file the page made; under the provider its object URL is released with the app. */
export const useSaveFile = (): Save => useContext(DownloadsContext);
