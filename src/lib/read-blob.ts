/**
 * A file's bytes. Blob.arrayBuffer() came in Safari 14.1 (and jsdom has none), so Safari 14.0 and the tests
 * read through a FileReader, which every supported browser has.
 */
export function readBlobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}
