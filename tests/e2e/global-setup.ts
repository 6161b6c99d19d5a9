// Runs once before all journeys: builds the production flavours (cached) and serves
// each from a plain static host under a sub-path, as a real deployment would.
// The live build's data service (lib/fault-server.mjs) is not started here: its port is fixed (baked into
// the build), so the live-fault files hold it only while they run (lib/live.ts), and concurrent runs of
// other journeys never clash over it.
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
    /** Build made with VITE_API_BASE_URL=LIVE_API_BASE (lib/build.mjs): real fetches to another origin. */
    liveUrl: string;
  }
}

const servers: StaticServer[] = [];

export async function setup(project: TestProject) {
  requireChromium();
  const demoDir = await ensureBuild('demo');
  const scenariosDir = await ensureBuild('scenarios');
  const liveDir = await ensureBuild('live');
  const demo = await startStaticServer({ root: demoDir, basePath: '/yudongnan/demo/' });
  const scenarios = await startStaticServer({ root: scenariosDir, basePath: '/yudongnan/scenarios/' });
  const live = await startStaticServer({ root: liveDir, basePath: '/yudongnan/live/' });
  servers.push(demo, scenarios, live);
  project.provide('demoUrl', demo.url);
  project.provide('scenariosUrl', scenarios.url);
  project.provide('liveUrl', live.url);
}

export async function teardown() {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}
