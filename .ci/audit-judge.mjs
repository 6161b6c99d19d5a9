// Judges one run of `npm audit --omit=dev --audit-level=high --json` (.ci/audit.mjs runs it). Pure: the
// unit test (tests/unit/audit-check.test.ts) feeds it recorded outputs.
//   - a high or critical finding in a production dependency fails, naming each package and severity;
//   - moderate / low findings pass, with a line saying what they are;
//   - a registry without the audit endpoint (ours answers 405 to POST /-/npm/v1/security/advisories/bulk),
//     or one that cannot be reached, passes with one line saying the audit was skipped;
//   - anything else (an unreadable report, an exit code the report does not explain, 401/403…) fails loudly.

const BLOCKING = ['critical', 'high'];
const ORDER = ['critical', 'high', 'moderate', 'low', 'info'];
// Statuses that mean "this registry does not offer the audit API", not "the audit found something".
const NO_ENDPOINT = new Set([404, 405, 501]);
const UNAVAILABLE = new Set([500, 502, 503, 504]);
const NETWORK = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;
const AUDIT_URL = /\/-\/npm\/v1\/security\/(?:advisories\/bulk|audits(?:\/quick)?)/;

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const oneLine = (text, max = 300) => {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

function describe(vuln) {
  const advisories = (Array.isArray(vuln.via) ? vuln.via : [])
    .map((via) => (typeof via === 'string' ? `via ${via}` : [via.url?.match(/GHSA-[\w-]+/)?.[0], via.title].filter(Boolean).join(' ')))
    .filter(Boolean);
  const range = vuln.range ? ` ${vuln.range}` : '';
  const fix = vuln.fixAvailable === false ? '; no fix available' : '';
  return `${vuln.name}${range} (${vuln.severity}${vuln.isDirect ? ', direct' : ''})${advisories.length ? `: ${[...new Set(advisories)].join('; ')}` : ''}${fix}`;
}

const bySeverity = (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.name.localeCompare(b.name);

function judgeReport(report, exitCode) {
  const vulns = Object.entries(report.vulnerabilities).map(([name, vuln]) => ({ ...vuln, name: vuln?.name ?? name }));
  const unknown = vulns.filter((vuln) => !ORDER.includes(vuln.severity));
  if (unknown.length) return { ok: false, line: `audit: unexpected severity in npm audit report: ${unknown.map((v) => `${v.name} (${v.severity})`).join(', ')}` };
  const blocking = vulns.filter((vuln) => BLOCKING.includes(vuln.severity)).sort(bySeverity);
  const rest = vulns.filter((vuln) => !BLOCKING.includes(vuln.severity)).sort(bySeverity);
  const deps = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total;
  const count = (list) => ORDER.map((severity) => [severity, list.filter((v) => v.severity === severity).length]).filter(([, n]) => n).map(([s, n]) => `${n} ${s}`).join(', ');

  if (blocking.length) {
    const lines = [`audit: ${blocking.length} production dependenc${blocking.length === 1 ? 'y' : 'ies'} with high/critical advisories (${count(blocking)}):`];
    for (const vuln of blocking) lines.push(`  - ${describe(vuln)}`);
    if (rest.length) lines.push(`  (also ${count(rest)}: ${rest.map((v) => v.name).join(', ')})`);
    lines.push('  run `npm audit --omit=dev` for details; `npm audit fix` or an override to resolve.');
    return { ok: false, line: lines.join('\n') };
  }
  if (exitCode !== 0) return { ok: false, line: `audit: npm audit exited ${exitCode} but reported no high/critical advisory: ${oneLine(JSON.stringify(report.metadata ?? {}))}` };
  const scope = deps === undefined ? 'production dependencies' : `${deps} production dependencies`;
  if (rest.length) return { ok: true, line: `audit: no high/critical advisories in ${scope}; below the bar: ${rest.map((v) => `${v.name} (${v.severity})`).join(', ')}` };
  return { ok: true, line: `audit: no known vulnerabilities in ${scope}` };
}

/** Why the audit could not run, when the registry is the reason; undefined otherwise. */
function registryProblem(parsed, stderr) {
  const status = typeof parsed?.statusCode === 'number' ? parsed.statusCode : undefined;
  const fromAudit = AUDIT_URL.test(String(parsed?.uri ?? '')) || AUDIT_URL.test(String(parsed?.message ?? '')) || /audit endpoint returned an error/.test(stderr);
  const stderrStatus = Number(stderr.match(/npm (?:warn|WARN) audit (\d{3})\b/)?.[1]) || undefined;
  const code = status ?? stderrStatus;
  // The path says which endpoint; the registry's host adds nothing (and differs per machine).
  const what = oneLine(parsed?.message ?? stderr.match(/npm (?:warn|WARN) audit (.*)/)?.[1] ?? '', 160).replace(/https?:\/\/[^/\s]+/g, '');
  if (fromAudit && code !== undefined && NO_ENDPOINT.has(code)) return `audit: registry has no audit endpoint (${what || code}); skipped`;
  if (fromAudit && code !== undefined && UNAVAILABLE.has(code)) return `audit: registry audit endpoint unavailable (${what || code}); skipped`;
  const network = (parsed?.error?.code ?? parsed?.code ?? '').toString().match(NETWORK)?.[1] ?? stderr.match(NETWORK)?.[1];
  if (network) return `audit: registry unreachable (${network}: ${oneLine(parsed?.error?.summary ?? parsed?.message ?? stderr, 160)}); skipped`;
  return undefined;
}

/**
 * @param {{ exitCode: number | null, stdout: string, stderr: string }} run
 * @returns {{ ok: boolean, line: string }}
 */
export function judgeAudit({ exitCode, stdout, stderr }) {
  const out = String(stdout ?? '');
  const err = String(stderr ?? '');
  const parsed = parse(out.trim());
  if (parsed && parsed.auditReportVersion === 2 && parsed.vulnerabilities && typeof parsed.vulnerabilities === 'object') return judgeReport(parsed, exitCode);
  if (parsed && parsed.auditReportVersion !== undefined && parsed.auditReportVersion !== 2) {
    return { ok: false, line: `audit: unknown npm audit report version ${parsed.auditReportVersion} (exit ${exitCode}); update .ci/audit-judge.mjs` };
  }
  const skipped = exitCode !== 0 ? registryProblem(parsed, err) : undefined;
  if (skipped) return { ok: true, line: skipped };
  return { ok: false, line: `audit: unexpected npm audit result (exit ${exitCode}): stdout ${oneLine(out) || '(empty)'} | stderr ${oneLine(err) || '(empty)'}` };
}
