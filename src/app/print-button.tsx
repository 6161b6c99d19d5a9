/** Prints the brief, A4 portrait or landscape (print helper fills this in). */
export function PrintButton() {
  return null;
}
