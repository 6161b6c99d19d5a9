/** Prefetches what a print needs when the browser is idle (print helper fills this in). */
export function PrintReadiness() {
  return null;
}
