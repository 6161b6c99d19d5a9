/**
 * The ledger reader's worker: SheetJS and papaparse parse off the main thread, so a 20,000-row file never
 * freezes the page. It only reads; finding the table and checking rows happen on the main thread. One worker
 * per read (read-in-worker.ts terminates it), so no state is kept between messages.
 */
// The app's patches for Chrome 87 / Safari 14: worker-safe (no DOM at import; Object, URL and URLSearchParams
// exist in workers), and a worker is a separate global, so the page's copy does not reach it.
import '@/lib/polyfills';
import type { ReadReply, ReadRequest } from './read-in-worker';
import { LedgerFileError } from './ledger-file-error';
import { readWorkbook } from './read-workbook';

/** The worker global, typed without pulling the WebWorker lib into a DOM project. */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
  postMessage(message: ReadReply): void;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (!request || request.type !== 'read') return;
  const { id } = request;
  try {
    const progress = (share: number) => scope.postMessage({ type: 'progress', id, share });
    const workbook = readWorkbook(new Uint8Array(request.bytes), request.fileName, request.encoding, progress);
    scope.postMessage({ type: 'read', id, workbook });
  } catch (error) {
    const failure = error instanceof LedgerFileError
      ? { problem: error.problem, detail: error.detail }
      : { problem: 'unreadable' as const, detail: error instanceof Error ? error.message.slice(0, 200) : String(error) };
    scope.postMessage({ type: 'failed', id, ...failure });
  }
});
