// Runs once before all journeys: builds both production flavours (cached) and serves
// each from a plain static host under a sub-path, as a real deployment would.
import type { TestProject } from 'vitest/node';
import { requireChromium } from './lib/chromium.mjs';
import { ensureBuild } from './lib/build.mjs';
import { startStaticServer, type StaticServer } from './lib/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Demo build (seed data in-process), e.g. http://127.0.0.1:1234/yudongnan/demo/ */
    demoUrl: string;
    /** Build made with VITE_ENABLE_SCENARIOS=true, for the fault journeys. */
    scenariosUrl: string;
  }
}

const servers: StaticServer[] = [];

export async function setup(project: TestProject) {
  requireChromium();
  const demoDir = await ensureBuild('demo');
  const scenariosDir = await ensureBuild('scenarios');
  const demo = await startStaticServer({ root: demoDir, basePath: '/yudongnan/demo/' });
  const scenarios = await startStaticServer({ root: scenariosDir, basePath: '/yudongnan/scenarios/' });
  servers.push(demo, scenarios);
  project.provide('demoUrl', demo.url);
  project.provide('scenariosUrl', scenarios.url);
}

export async function teardown() {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}
