import type { ReactNode } from 'react';

/** The printed brief's frame: repeating header and footer around the page (print helper fills this in). */
export function PrintFrame({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
