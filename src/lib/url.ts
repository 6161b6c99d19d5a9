/** Read and write single query parameters without a router: the URL is the shareable copy of client state. */
export const readParam = (name: string): string | null =>
  typeof location === 'undefined' ? null : new URLSearchParams(location.search).get(name);

export function writeParams(values: Record<string, string | null | undefined>): void {
  if (typeof location === 'undefined') return;
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || v === '') url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
