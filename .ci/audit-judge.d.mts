export interface AuditRun {
  /** npm's exit code; null if it never exited (spawn failure, timeout). */
  exitCode: number | null;
  stdout: string;
  stderr: string;
}
export interface AuditVerdict {
  ok: boolean;
  /** What to print: one line, or a summary line and one line per blocking package. */
  line: string;
}
export function judgeAudit(run: AuditRun): AuditVerdict;
