/**
 * Saving a file the page made (CSV, chart snapshots): no server round trip, so the file holds exactly what
 * the reader saw.
 */

/**
 * Safari fetches an <a download>'s blob on a later task, so revoking the URL in the click's own task can
 * cancel the download; 40 s (FileSaver.js's choice) only keeps the blob's memory a little longer.
 */
export const REVOKE_AFTER_MS = 40_000;

/**
 * Save `blob` as `fileName` through an object URL and a temporary <a download>, then let the URL go. Returns
 * the release, which lets it go at once (the page is going): whoever saves a file owns its timer.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): () => void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  // Older Firefox ignores click() on a link that is not in the document.
  doc.body.append(a);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    URL.revokeObjectURL(url);
  };
  try {
    a.click();
  } finally {
    a.remove();
    timer = setTimeout(release, REVOKE_AFTER_MS);
  }
  return release;
}

/**
 * WeChat's in-app browser (and WeCom's, whose agent also says MicroMessenger) drops <a download>: callers
 * tell the reader to open the page in the system browser (在浏览器打开) instead of offering a dead button.
 */
export const isWeChat = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);
