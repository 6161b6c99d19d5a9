/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, SOURCE } from './seeds/documented.ts';
import { contentSecurityPolicy, inlineScripts, uncoveredScripts, withCspMeta } from './src/app/content-security-policy.ts';
import { staticShell } from './src/app/static-shell.ts';

const sha256 = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;

// Relative base: the demo build must work from any sub-path of a plain static host, with no rewrites.
export default defineConfig(({ command, mode }) => ({
  base: './',
  plugins: [
    react(),
    {
      name: 'content-security-policy',
      // The build only: the dev server's React refresh and MSW need inline and worker scripts a page never does.
      apply: () => command === 'build',
      transformIndexHtml: {
        // Last, so the hashes are of the HTML as shipped (after static-shell and vite's own tags).
        order: 'post',
        handler(html) {
          const apiBaseUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL || undefined;
          return withCspMeta(html, contentSecurityPolicy({ inlineScriptHashes: inlineScripts(html).map(sha256), apiBaseUrl }));
        },
      },
      // A check on the file written, not on our own step: a later plugin that adds an inline script fails the build.
      writeBundle(options) {
        const file = join(options.dir ?? 'dist', 'index.html');
        const missed = uncoveredScripts(readFileSync(file, 'utf8'), sha256);
        if (missed.length) throw new Error(`${file}: inline script not in the CSP's script-src: ${missed[0]!.slice(0, 80)}`);
      },
    },
    {
      name: 'static-shell',
      // Only the production build: the dev server and tests render everything from React.
      apply: () => command === 'build',
      transformIndexHtml(html, ctx) {
        const demo = !loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL;
        // The demo's data is a lazy chunk; preloading it lets it download alongside the entry script.
        const data = demo ? Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/mocks/demo-server.ts')) : undefined;
        return html
          .replace('<div id="root"></div>', `<div id="root">${staticShell({ demo, snapshot: demo ? { asOf: AS_OF, source: SOURCE } : undefined })}</div>`)
          .replace('</head>', data ? `  <link rel="modulepreload" crossorigin href="./${data.fileName}">\n  </head>` : '</head>');
      },
    },
  ],
  // The snapshot's date and source, from the one place they are defined, for the header before the data answers.
  define: {
    'import.meta.env.VITE_SNAPSHOT_AS_OF': JSON.stringify(AS_OF),
    'import.meta.env.VITE_SNAPSHOT_SOURCE': JSON.stringify(JSON.stringify(SOURCE)),
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // WeChat's in-app browser and domestic Chromium shells lag behind: Chromium 87 / Safari 14 is our floor.
    target: ['chrome87', 'safari14', 'firefox78', 'edge88'],
    // No vendor groups: recharts is reached only through React.lazy, so it lands in lazy chunks by itself
    // and is never preloaded by index.html (a manual vendor group got pulled into the entry's preloads).
    // One group only, for what the entry imports statically: without it every lazy feature that shares a
    // module with the entry split the initial JS into more small files, each compressed on its own (the
    // ledger import alone cost 2 kB gzip that way).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    css: false,
    // A journey renders the whole app and waits on several steps, each allowed up to 8–10 s on a busy machine
    // (findBy / waitFor timeouts): the test's own limit must exceed its waits, not the 5 s default.
    testTimeout: 30_000,
  },
}));
