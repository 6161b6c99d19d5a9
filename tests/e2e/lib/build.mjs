// Builds the app once per source state into .e2e-tmp/ (git-ignored) and reuses it
// while nothing that feeds the build has changed, so e2e, budget and bench share one build.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// E2E_TMP gives each of several concurrent runs (one per work tree or engineer) its own build.
export const TMP = process.env.E2E_TMP ? join(ROOT, process.env.E2E_TMP) : join(ROOT, '.e2e-tmp');

// The live flavour talks HTTP to a real service: the fault server (lib/fault-server.mjs) on a fixed port,
// because the base URL is baked into the bundle. A different origin from the static host, so CORS and the
// CSP's connect-src are exercised for real. E2E_LIVE_PORT moves it (and rebuilds) if 47817 is taken.
export const LIVE_API_PORT = Number(process.env.E2E_LIVE_PORT) || 47817;
export const LIVE_API_BASE = `http://127.0.0.1:${LIVE_API_PORT}/api/v1`;

// Which env each flavour is built with. Everything else is removed from the build env so a
// stray VITE_API_BASE_URL in the shell cannot turn the demo into an API client.
const FLAVOURS = {
  demo: {},
  scenarios: { VITE_ENABLE_SCENARIOS: 'true' },
  live: { VITE_API_BASE_URL: LIVE_API_BASE },
};
const INPUTS = ['src', 'mocks', 'seeds', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];

/**
 * The environment for a child vite. Vitest sets NODE_ENV=test (and VITEST_*) in its own
 * process; inherited by `vite build` that silently produces a development bundle
 * (React dev build, MSW instead of the demo). Strip it all so vite picks its own defaults.
 */
export function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key === 'MODE' || key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  }
  return env;
}

function* walk(path) {
  if (!existsSync(path)) return;
  const info = statSync(path);
  if (!info.isDirectory()) return yield [path, info];
  for (const name of readdirSync(path).sort()) yield* walk(join(path, name));
}

function fingerprint(flavour) {
  const hash = createHash('sha256').update(JSON.stringify(FLAVOURS[flavour]));
  const envFiles = readdirSync(ROOT).filter((name) => name.startsWith('.env'));
  for (const input of [...INPUTS, ...envFiles]) {
    for (const [file, info] of walk(join(ROOT, input))) hash.update(`${file}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Returns the directory of an up-to-date production build of the given flavour.
 * Set E2E_REBUILD=1 to force a fresh build.
 * @param {'demo' | 'scenarios' | 'live'} flavour
 */
export async function ensureBuild(flavour) {
  const outDir = join(TMP, `build-${flavour}`);
  const stampFile = join(TMP, `build-${flavour}.stamp`);
  const stamp = fingerprint(flavour);
  const fresh = existsSync(join(outDir, 'index.html')) && existsSync(stampFile)
    && readFileSync(stampFile, 'utf8') === stamp && !process.env.E2E_REBUILD;
  if (fresh) return outDir;

  const env = { ...cleanEnv(), ...FLAVOURS[flavour] };
  const started = Date.now();
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const output = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, env });
    let log = '';
    child.stdout.on('data', (chunk) => { log += chunk; });
    child.stderr.on('data', (chunk) => { log += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(log) : reject(new Error(`vite build (${flavour}) failed:\n${log}`))));
  });
  writeFileSync(stampFile, stamp);
  console.log(`[build] ${flavour} build ready in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
  if (process.env.E2E_VERBOSE) console.log(output);
  return outDir;
}
