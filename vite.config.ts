/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { AS_OF } from './seeds/documented.ts';
import { staticShell } from './src/app/static-shell.ts';

// Relative base: the demo build must work from any sub-path of a plain static host, with no rewrites.
export default defineConfig(({ command, mode }) => ({
  base: './',
  plugins: [
    react(),
    {
      name: 'static-shell',
      // Only the production build: the dev server and tests render everything from React.
      apply: () => command === 'build',
      transformIndexHtml(html, ctx) {
        const demo = !loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL;
        // The demo's data is a lazy chunk; preloading it lets it download alongside the entry script.
        const data = demo ? Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/mocks/demo-server.ts')) : undefined;
        return html
          .replace('<div id="root"></div>', `<div id="root">${staticShell({ demo, asOf: AS_OF })}</div>`)
          .replace('</head>', data ? `  <link rel="modulepreload" crossorigin href="./${data.fileName}">\n  </head>` : '</head>');
      },
    },
  ],
  // The snapshot's date, from the one place it is defined, for the header before the data answers.
  define: { 'import.meta.env.VITE_SNAPSHOT_AS_OF': JSON.stringify(AS_OF) },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // WeChat's in-app browser and domestic Chromium shells lag behind: Chromium 87 / Safari 14 is our floor.
    target: ['chrome87', 'safari14', 'firefox78', 'edge88'],
    // No manual chunks: recharts is reached only through React.lazy, so it lands in lazy chunks by itself
    // and is never preloaded by index.html (a manual vendor group got pulled into the entry's preloads).
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    css: false,
  },
}));
