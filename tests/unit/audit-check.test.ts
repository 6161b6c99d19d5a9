/**
 * The CI audit step's verdict (.ci/audit-judge.mjs) on recorded `npm audit --omit=dev --audit-level=high
 * --json` runs: a high finding fails and names the packages, moderate/low pass with a line, a registry
 * without the audit API (ours) is skipped in one line, and anything unexplained fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../.ci/audit-judge.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const report = (vulnerabilities: Record<string, object>, counts: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>> = {}) => {
  const v = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { ...v, total: Object.values(v).reduce((a, b) => a + b, 0) },
      dependencies: { prod: 64, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 64 },
    },
  });
};

const moderate = {
  nanoid: {
    name: 'nanoid',
    severity: 'moderate',
    isDirect: false,
    via: [{ source: 1, name: 'nanoid', dependency: 'nanoid', title: 'Predictable results in nanoid generation when given non-integer values', url: 'https://github.com/advisories/GHSA-mwcw-c2x4-8c55', severity: 'moderate', cwe: ['CWE-835'], cvss: { score: 4.3, vectorString: null }, range: '<3.3.8' }],
    effects: [],
    range: '<3.3.8',
    nodes: ['node_modules/nanoid'],
    fixAvailable: true,
  },
};

describe('judgeAudit', () => {
  it('fails on a high finding, naming each package, its severity and advisory', () => {
    const verdict = judgeAudit({ exitCode: 1, stdout: fixture('audit-high.json'), stderr: '' });
    expect(verdict.ok).toBe(false);
    const [summary, ...details] = verdict.line.split('\n');
    expect(summary).toMatch(/^audit: 2 production dependencies with high\/critical advisories \(2 high\)/);
    expect(details[0]).toMatch(/^ {2}- path-to-regexp <0\.1\.10 \(high\): GHSA-9wv6-86v2-598j path-to-regexp outputs backtracking regular expressions/);
    expect(details[1]).toMatch(/^ {2}- router-shim 1\.0\.0 - 1\.4\.2 \(high, direct\): via path-to-regexp/);
    expect(verdict.line).toContain('also 1 low: cookie');
  });

  it('fails on a critical finding even if npm exited 0 (say, run without --audit-level)', () => {
    const stdout = report({ minimist: { name: 'minimist', severity: 'critical', isDirect: false, via: [], effects: [], range: '<0.2.1', nodes: ['node_modules/minimist'], fixAvailable: true } }, { critical: 1 });
    const verdict = judgeAudit({ exitCode: 0, stdout, stderr: '' });
    expect(verdict.ok).toBe(false);
    expect(verdict.line).toContain('minimist <0.2.1 (critical)');
  });

  it('passes a clean report with one line', () => {
    expect(judgeAudit({ exitCode: 0, stdout: report({}), stderr: '' })).toEqual({ ok: true, line: 'audit: no known vulnerabilities in 64 production dependencies' });
  });

  it('passes a moderate-only report, saying what is below the bar', () => {
    const verdict = judgeAudit({ exitCode: 0, stdout: report(moderate, { moderate: 1 }), stderr: '' });
    expect(verdict).toEqual({ ok: true, line: 'audit: no high/critical advisories in 64 production dependencies; below the bar: nanoid (moderate)' });
  });

  it('skips, in one line, on the recorded output of a registry without the audit endpoint', () => {
    const run = JSON.parse(fixture('audit-registry-missing.json')) as { exitCode: number; stdout: string; stderr: string };
    const verdict = judgeAudit(run);
    expect(verdict).toEqual({ ok: true, line: 'audit: registry has no audit endpoint (405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk); skipped' });
    expect(verdict.line).not.toContain('\n');
  });

  it('also skips when only stderr says so (npm without --json output)', () => {
    const { stderr } = JSON.parse(fixture('audit-registry-missing.json')) as { stderr: string };
    expect(judgeAudit({ exitCode: 1, stdout: '', stderr })).toMatchObject({ ok: true, line: expect.stringMatching(/^audit: registry has no audit endpoint \(405 .*\); skipped$/) });
  });

  it('skips when the registry cannot be reached at all', () => {
    const stdout = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to the registry failed, reason: getaddrinfo ENOTFOUND', detail: '' } });
    expect(judgeAudit({ exitCode: 1, stdout, stderr: '' })).toMatchObject({ ok: true, line: expect.stringMatching(/^audit: registry unreachable \(ENOTFOUND: .*\); skipped$/) });
  });

  it.each([
    ['an auth failure on the audit endpoint', { exitCode: 1, stdout: JSON.stringify({ message: '401 Unauthorized - POST https://registry.invalid/-/npm/v1/security/advisories/bulk', uri: 'https://registry.invalid/-/npm/v1/security/advisories/bulk', statusCode: 401 }), stderr: 'npm warn audit 401 Unauthorized\nnpm error audit endpoint returned an error' }],
    ['output that is not JSON', { exitCode: 1, stdout: 'Segmentation fault', stderr: '' }],
    ['empty output with exit 0', { exitCode: 0, stdout: '', stderr: '' }],
    ['npm that never ran', { exitCode: null, stdout: '', stderr: 'audit.mjs: could not run npm audit: spawnSync npm ENOENT' }],
    ['a non-zero exit the report does not explain', { exitCode: 1, stdout: report(moderate, { moderate: 1 }), stderr: '' }],
    ['an unknown report version', { exitCode: 0, stdout: JSON.stringify({ auditReportVersion: 3, findings: [] }), stderr: '' }],
    ['an unknown severity', { exitCode: 0, stdout: report({ x: { name: 'x', severity: 'severe', via: [] } }), stderr: '' }],
  ])('fails loudly on %s', (_label, run) => {
    const verdict = judgeAudit(run);
    expect(verdict.ok).toBe(false);
    expect(verdict.line).toMatch(/^audit: /);
  });
});
