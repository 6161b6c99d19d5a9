// CI step: audits the production dependencies (`npm audit --omit=dev --audit-level=high --json`) and
// judges the result with audit-judge.mjs: high/critical fails, moderate/low passes with a line, a registry
// without the audit API is skipped with one line saying so, anything else fails loudly. No dependencies.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { judgeAudit } from './audit-judge.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT_MS = 120_000;
const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  cwd: root,
  encoding: 'utf8',
  timeout: TIMEOUT_MS,
  maxBuffer: 64 * 1024 * 1024,
});
let stderr = run.stderr ?? '';
if (run.error) stderr += `\naudit.mjs: could not run npm audit: ${run.error.message}`;
if (run.signal) stderr += `\naudit.mjs: npm audit stopped by ${run.signal}${run.signal === 'SIGTERM' ? ` (timeout ${TIMEOUT_MS / 1000} s?)` : ''}`;

const verdict = judgeAudit({ exitCode: run.status, stdout: run.stdout ?? '', stderr });
console.log(verdict.line);
process.exit(verdict.ok ? 0 : 1);
