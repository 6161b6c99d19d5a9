// Journey: the production build with a real VITE_API_BASE_URL (the live flavour, lib/build.mjs) against a
// data service on another origin (lib/fault-server.mjs) that misbehaves in one way on one endpoint. Each kind
// of fault: the parts reading that endpoint say so (alert with Retry) or show an empty state, the rest keep
// their figures, nothing is uncaught, retries back off and only what a retry could fix is retried.
// A 500 on every endpoint, and a failed refetch after a good load, are in live-endpoints.e2e.ts.
import { describe, it } from 'vitest';
import type { ResourceName } from '../../src/contract/resources';
import type { FaultKind } from './lib/fault-server.mjs';
import { CLIENT_TIMEOUT_MS, expectFaultHandled, expectReadersCoverContract, RETRIES, useFaultServer } from './lib/live';
import { useBrowser } from './lib/steps';

/** One endpoint per kind, spread over the contract; 500 is on every endpoint in live-endpoints.e2e.ts. */
const CASES: Array<[FaultKind, ResourceName]> = [
  ['404', 'platforms'],
  ['429', 'cooperation'],
  ['network', 'funds'],
  ['badjson', 'projects'],
  ['schema', 'policyTasks'],
  ['html', 'summary'],
  ['empty', 'energy'],
  ['scale', 'projects'],
  ['timeout', 'investment'],
];

describe('live build: one fault kind on one endpoint', () => {
  const browser = useBrowser();
  const service = useFaultServer();

  it('covers every resource of the contract', () => expectReadersCoverContract());

  for (const [kind, resource] of CASES) {
    // Each timeout attempt waits out the client's own timeout (not shortened in a production build).
    const time = kind === 'timeout' ? (RETRIES + 1) * CLIENT_TIMEOUT_MS + 60_000 : undefined;
    it(`${kind} on ${resource}`, async () => {
      await expectFaultHandled(browser(), service(), resource, kind);
    }, time);
  }
});
