/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Relative base: the demo build must work from any sub-path of a plain static host, with no rewrites.
export default defineConfig({
  base: './',
  plugins: [react()],
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
});
