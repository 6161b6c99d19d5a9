// `npm run test:e2e`: check for the browser first (one clear line, no stack trace), then
// hand over to vitest with the e2e config. Extra args pass through, e.g. a JSON reporter.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { requireChromium } from './lib/chromium.mjs';
import { ROOT } from './lib/build.mjs';

requireChromium();
const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const args = [vitest, 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
