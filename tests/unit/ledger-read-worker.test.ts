/**
 * readLedgerFile: in-thread where there is no Worker (jsdom, this file's environment), and against a fake
 * worker for the protocol: the buffer is transferred, progress is passed on, and the worker never outlives
 * the read (settled, failed, crashed or aborted).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerFileError, readLedgerFile, type ReadReply, type ReadRequest } from '../../src/features/ledger/read/read-in-worker';
import type { Workbook } from '../../src/features/ledger/model/types';

const csvFile = (text = '项目名称,总投资\r\n一号项目,12000\r\n', name = '台账.csv') =>
  new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('readLedgerFile without Worker (jsdom)', () => {
  it('reads the file in-thread', async () => {
    expect(typeof Worker).toBe('undefined');
    const shares: number[] = [];
    const book = await readLedgerFile(csvFile(), 'auto', { onProgress: (share) => shares.push(share) });
    expect(book.format).toBe('csv');
    expect(book.sheets[0]!.rows[1]).toEqual([{ v: '一号项目' }, { v: '12000' }]);
    expect(shares[shares.length - 1]).toBe(1);
  });

  it('reads an .xlsx in-thread too (SheetJS under jsdom)', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['项目名称', '总投资'], ['一号项目', 12000]]), '台账');
    const file = new File([XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer], '台账.xlsx');
    const book = await readLedgerFile(file, 'auto');
    expect(book.format).toBe('xlsx');
    expect(book.sheets[0]!.rows[1]).toEqual([{ v: '一号项目' }, { v: 12000 }]);
  });

  it('rejects with a LedgerFileError for a file that is no spreadsheet', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'a.xlsx');
    const error: unknown = await readLedgerFile(png, 'auto').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerFileError);
    expect(error).toMatchObject({ problem: 'not-spreadsheet' });
  });

  it('rejects with an AbortError when aborted before or during the read', async () => {
    const before = new AbortController();
    before.abort();
    await expect(readLedgerFile(csvFile(), 'auto', { signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const during = new AbortController();
    const read = readLedgerFile(csvFile(), 'auto', { signal: during.signal });
    during.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});

/** Answers each read with the replies the test scripted, on a later task, as a real worker would. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  static script: (request: ReadRequest) => (ReadReply | 'crash')[] = () => [];
  terminated = 0;
  transferred: unknown[] = [];
  request: ReadRequest | undefined;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: ReadRequest, transfer: unknown[]) {
    this.request = request;
    this.transferred = transfer;
    void (async () => {
      for (const reply of FakeWorker.script(request)) {
        await Promise.resolve();
        if (reply === 'crash') this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'Uncaught RangeError' }));
        else this.dispatchEvent(new MessageEvent('message', { data: reply }));
      }
    })();
  }
  terminate() {
    this.terminated += 1;
  }
}

const WORKBOOK: Workbook = { fileName: '台账.csv', format: 'csv', sheets: [{ name: '台账', rows: [[{ v: '项目名称' }]], merges: [], totalRows: 1 }] };

describe('readLedgerFile with a worker', () => {
  it('transfers the bytes, passes progress on, resolves with the workbook and terminates the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.script = ({ id }) => [{ type: 'progress', id, share: 0.5 }, { type: 'progress', id: id + 100, share: 0.9 }, { type: 'read', id, workbook: WORKBOOK }];
    const shares: number[] = [];
    const book = await readLedgerFile(csvFile(), 'gb18030', { onProgress: (share) => shares.push(share) });
    expect(book).toEqual(WORKBOOK);
    expect(shares).toEqual([0.5]); // another read's id is ignored
    const [worker] = FakeWorker.made;
    expect(worker!.request).toMatchObject({ type: 'read', fileName: '台账.csv', encoding: 'gb18030' });
    expect(worker!.request!.bytes).toBeInstanceOf(ArrayBuffer);
    expect(worker!.transferred).toEqual([worker!.request!.bytes]);
    expect(worker!.terminated).toBe(1);
  });

  it('turns a failure into a LedgerFileError, and a crashed worker into unreadable', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.script = ({ id }) => [{ type: 'failed', id, problem: 'too-many-rows', detail: '100001' }];
    await expect(readLedgerFile(csvFile(), 'auto')).rejects.toMatchObject({ problem: 'too-many-rows', detail: '100001' });
    FakeWorker.script = () => ['crash'];
    const crashed: unknown = await readLedgerFile(csvFile(), 'auto').catch((e: unknown) => e);
    expect(crashed).toBeInstanceOf(LedgerFileError);
    expect(crashed).toMatchObject({ problem: 'unreadable', detail: 'Uncaught RangeError' });
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([1, 1]);
  });

  it('terminates the worker on abort and ignores what it says afterwards', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    FakeWorker.script = ({ id }) => {
      controller.abort();
      return [{ type: 'progress', id, share: 0.5 }, { type: 'read', id, workbook: WORKBOOK }];
    };
    const onProgress = vi.fn();
    await expect(readLedgerFile(csvFile(), 'auto', { signal: controller.signal, onProgress })).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onProgress).not.toHaveBeenCalled();
    expect(FakeWorker.made[0]!.terminated).toBe(1);
  });
});
