/**
 * Why a file cannot be read at all. Its own module, free of SheetJS, so the main thread can tell the failure
 * apart without pulling the reader into the entry chunk. Only `problem` and `detail` cross the worker boundary.
 */
import type { FileProblem } from '../model/types';

export class LedgerFileError extends Error {
  readonly problem: FileProblem;
  readonly detail: string | undefined;

  constructor(problem: FileProblem, detail?: string) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'LedgerFileError';
    this.problem = problem;
    this.detail = detail;
  }
}
