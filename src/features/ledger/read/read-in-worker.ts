/**
 * Reading a ledger file off the main thread: one worker per read, gone as soon as the read settles or its
 * signal aborts, so nothing outlives the dialog that asked. Only this module and the worker's tiny wrapper sit
 * in the page's own code; SheetJS and papaparse live in the worker file (or a lazy chunk, without Worker).
 */
// `?worker`, not `new Worker(new URL(…), { type: 'module' })`: with the URL form vite 8 keeps our options
// object as written, so the build would start its iife worker file as a module worker, which Safari 14 cannot
// start (module workers came in Safari 15). The `?worker` wrapper picks the type from vite's worker.format:
// classic for the build's default iife output, module in dev (where the worker is served as ESM, so dev
// needs a browser with module workers, which every desktop Chrome has).
import LedgerWorker from './ledger.worker.ts?worker';
import { readBlobBytes } from '@/lib/read-blob';
import type { EncodingChoice, FileProblem, Workbook } from '../model/types';
import { LedgerFileError } from './ledger-file-error';

export { LedgerFileError } from './ledger-file-error';

/** What the page asks the worker; `bytes` is transferred, not copied. */
export interface ReadRequest { type: 'read'; id: number; bytes: ArrayBuffer; fileName: string; encoding: EncodingChoice }
export type ReadReply =
  | { type: 'progress'; id: number; share: number }
  | { type: 'read'; id: number; workbook: Workbook }
  | { type: 'failed'; id: number; problem: FileProblem; detail?: string };

export interface ReadOptions {
  signal?: AbortSignal;
  /** 0…1 as the read goes: after sniffing, before and after parsing, then per sheet. */
  onProgress?: (share: number) => void;
}

let nextId = 0;

const abortError = () => new DOMException('The ledger read was aborted.', 'AbortError');
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

export function readLedgerFile(file: File, encoding: EncodingChoice, { signal, onProgress }: ReadOptions = {}): Promise<Workbook> {
  if (signal?.aborted) return Promise.reject(abortError());
  // jsdom has no Worker: tests (and any host without one) read in-thread, from a lazy chunk.
  if (typeof Worker === 'undefined') return readInThread(file, encoding, signal, onProgress);
  let worker: Worker;
  try {
    worker = new LedgerWorker({ name: 'ledger-reader' });
  } catch {
    // A worker the page may not start (a policy, an odd embedding): the same read, in-thread.
    return readInThread(file, encoding, signal, onProgress);
  }
  const id = (nextId += 1);
  return new Promise<Workbook>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => settle(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort);

    worker.addEventListener('message', (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (!reply || reply.id !== id) return;
      if (reply.type === 'progress') {
        if (!settled) onProgress?.(reply.share);
      } else if (reply.type === 'read') {
        settle(() => resolve(reply.workbook));
      } else {
        settle(() => reject(new LedgerFileError(reply.problem, reply.detail)));
      }
    });
    // The worker script failed to load or threw outside the read (out of memory, a syntax error on an old engine).
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle(() => reject(new LedgerFileError('unreadable', event.message || 'the reader stopped')));
    });
    worker.addEventListener('messageerror', () => settle(() => reject(new LedgerFileError('unreadable', 'the reader’s answer could not be read'))));

    readBlobBytes(file).then(
      (bytes) => {
        if (settled) return;
        const request: ReadRequest = { type: 'read', id, bytes, fileName: file.name, encoding };
        worker.postMessage(request, [bytes]);
      },
      // The file changed or went away since it was picked (NotReadableError).
      // (readBlobBytes: Blob#arrayBuffer came in Safari 14.1; 14.0 and jsdom read through a FileReader.)
      (error: unknown) => settle(() => reject(new LedgerFileError('unreadable', describe(error)))),
    );
  });
}

async function readInThread(file: File, encoding: EncodingChoice, signal: AbortSignal | undefined,
  onProgress: ((share: number) => void) | undefined): Promise<Workbook> {
  const [{ readWorkbook }, bytes] = await untilAborted(
    Promise.all([import('./read-workbook'), readBlobBytes(file).catch((error: unknown) => {
      throw new LedgerFileError('unreadable', describe(error));
    })]),
    signal,
  );
  if (signal?.aborted) throw abortError();
  return readWorkbook(new Uint8Array(bytes), file.name, encoding, onProgress);
}

/** Rejects with an AbortError as soon as the signal aborts, whatever `work` is still doing. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}
