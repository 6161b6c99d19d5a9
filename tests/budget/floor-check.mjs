// Browser-floor check: scans the JavaScript a build ships (every .js/.mjs file and the inline <script>s of
// its HTML) for runtime APIs and Intl options newer than Chrome 87 / Safari 14 (floor-apis.mjs). The build
// lowers syntax, never APIs, so this is the only thing that catches a dependency update reaching for one.
//
//   node tests/budget/floor-check.mjs [buildDir]   (no argument: the shared demo build, via ensureBuild)
//
// A hit that is safe on the floor (polyfilled by src/lib/polyfills.ts, or feature-detected) is listed in
// floor-allow.mjs with the reason it is safe; every other hit fails, listing file, API and the code around it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOOR, FLOOR_APIS } from './floor-apis.mjs';
import { FLOOR_ALLOW } from './floor-allow.mjs';

const SNIPPET = 40; // characters either side of a hit, printed with a finding
// The code an allow entry's `near` is tested on: enough before the hit to reach the feature test guarding
// it (`typeof x.api == "function" && x.api(…)`), a little after.
const NEAR_BEFORE = 200;
const NEAR_AFTER = 80;

/** Is this API newer than the floor in at least one floor browser? `safari: null` = never shipped. */
export function aboveFloor(api, floor = FLOOR) {
  return api.chrome > floor.chrome || api.safari === null || api.safari > floor.safari;
}

/** Throws unless every allow entry names an API from the list and says why it is safe. */
export function validateAllow(allow, apis) {
  const names = new Set(apis.map((api) => api.name));
  allow.forEach((entry, i) => {
    const label = `floor allow-list entry ${i} (${entry?.api ?? 'no api'})`;
    if (typeof entry?.api !== 'string' || !names.has(entry.api)) throw new Error(`${label}: "api" must be the name of an entry in floor-apis.mjs`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) throw new Error(`${label}: needs a "reason" saying why the API is safe on the floor`);
    if (entry.file !== undefined && !(entry.file instanceof RegExp)) throw new Error(`${label}: "file" must be a RegExp`);
    if (entry.near !== undefined && !(entry.near instanceof RegExp)) throw new Error(`${label}: "near" must be a RegExp`);
  });
}

function allowMatches(entry, api, file, context) {
  return entry.api === api.name && (!entry.file || entry.file.test(file)) && (!entry.near || entry.near.test(context));
}

function* hits(code, pattern) {
  const re = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g');
  for (let match = re.exec(code); match; match = re.exec(code)) {
    yield match.index;
    if (match[0] === '') re.lastIndex++;
  }
}

/**
 * Every use of an above-floor API, split into findings (fail) and allowed (matched an allow entry).
 * @returns {import('./floor-check.d.mts').FloorScan}
 */
export function scanFloorDetailed(files, apis, allow = [], floor = FLOOR) {
  validateAllow(allow, apis);
  const findings = [];
  const allowed = [];
  const used = new Set();
  for (const { name: file, code } of files) {
    for (const api of apis) {
      if (!aboveFloor(api, floor)) continue;
      for (const index of hits(code, api.pattern)) {
        const snippet = code.slice(Math.max(0, index - SNIPPET), index + SNIPPET).replace(/\s+/g, ' ');
        const near = code.slice(Math.max(0, index - NEAR_BEFORE), index + NEAR_AFTER);
        const lineNo = code.slice(0, index).split('\n').length;
        const finding = { file, api: api.name, chrome: api.chrome, safari: api.safari, line: lineNo, index, snippet };
        const entry = allow.find((candidate) => allowMatches(candidate, api, file, near));
        if (entry) {
          used.add(entry);
          allowed.push({ ...finding, reason: entry.reason });
        } else findings.push(finding);
      }
    }
  }
  return { findings, allowed, unusedAllow: allow.filter((entry) => !used.has(entry)) };
}

/** The uses of above-floor APIs that no allow entry covers: each one breaks a floor browser. */
export function scanForFloor(files, apis, allow = [], floor = FLOOR) {
  return scanFloorDetailed(files, apis, allow, floor).findings;
}

/** The shipped JavaScript of a build directory: .js/.mjs files and inline scripts of .html files. */
export function collectShippedJs(dir) {
  const files = [];
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.m?js$/.test(name)) files.push({ name: relative(dir, full), code: readFileSync(full, 'utf8') });
      else if (name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        let n = 0;
        for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          if (/\bsrc=/.test(attrs) || !body.trim()) continue;
          files.push({ name: `${relative(dir, full)} (inline script ${++n})`, code: body });
        }
      }
    }
  };
  walk(dir);
  return files;
}

const browsers = (f) => `Chrome ${f.chrome}, Safari ${f.safari ?? 'never'}`;

async function main() {
  const arg = process.argv[2];
  let dir = arg;
  if (!dir) {
    const { ensureBuild } = await import('../e2e/lib/build.mjs');
    dir = await ensureBuild('demo');
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`floor-check: no build directory at ${dir}`);
    process.exit(2);
  }
  const files = collectShippedJs(dir);
  if (!files.length) {
    console.error(`floor-check: no JavaScript in ${dir}`);
    process.exit(2);
  }
  const { findings, allowed, unusedAllow } = scanFloorDetailed(files, FLOOR_APIS, FLOOR_ALLOW);
  const floor = `Chrome ${FLOOR.chrome} / Safari ${FLOOR.safari}`;
  const byApi = new Map();
  for (const hit of allowed) byApi.set(hit.api, (byApi.get(hit.api) ?? 0) + 1);
  for (const [api, count] of byApi) console.log(`floor-check: allowed ${api} ×${count} (${FLOOR_ALLOW.find((e) => e.api === api)?.reason})`);
  for (const entry of unusedAllow) console.log(`floor-check: warning: allow-list entry for ${entry.api} matched nothing; remove it if the dependency no longer needs it`);
  if (findings.length) {
    console.log(`floor-check: ${findings.length} use(s) of APIs newer than ${floor} in ${dir}:`);
    for (const f of findings) console.log(`  ${f.file}:${f.line}  ${f.api} (${browsers(f)})\n      …${f.snippet}…`);
    console.log('Fix the code (or polyfill / feature-detect the API), or allow-list it with a reason in tests/budget/floor-allow.mjs.');
    process.exit(1);
  }
  console.log(`floor-check: ${files.length} scripts, ${FLOOR_APIS.filter((api) => aboveFloor(api)).length} APIs newer than ${floor}: none used unguarded (${allowed.length} allowed use(s)).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
