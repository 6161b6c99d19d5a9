import { useQueryClient, type FetchQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  cooperationQuery, energyQuery, fundsQuery, investmentQuery, platformsQuery, policyTasksQuery, projectsQuery, summaryQuery,
} from '@/api/queries';
import { preloadCharts } from '@/components/charts';
import { idleAfterLoad } from '@/lib/idle';
import { useMonth } from '@/projects/state/month';

// How long the idle callback may wait for a quiet moment: a reader who prints a couple of seconds after opening
// must find the chart code and every section's data already in hand.
const IDLE_TIMEOUT_MS = 1500;
// Safari (14, our floor, and later) has no requestIdleCallback: a short timer after load instead.
const SAFARI_DELAY_MS = 300;

/**
 * Fetches a resource unless something already asked for it: one that answered is in the cache, and one that
 * failed is its widget's to retry (with its Retry button), not ours behind its back.
 */
function prefetchUnasked<T, K extends QueryKey>(client: QueryClient, options: FetchQueryOptions<T, Error, T, K>) {
  if (!client.getQueryState(options.queryKey)) void client.prefetchQuery(options);
}

/** Every resource the overview's sections read. */
function prefetchSections(client: QueryClient, month: string | null) {
  prefetchUnasked(client, summaryQuery());
  prefetchUnasked(client, projectsQuery(month));
  prefetchUnasked(client, policyTasksQuery());
  prefetchUnasked(client, fundsQuery());
  prefetchUnasked(client, investmentQuery());
  prefetchUnasked(client, energyQuery());
  prefetchUnasked(client, cooperationQuery());
  prefetchUnasked(client, platformsQuery());
}

/**
 * Gets what a print needs in hand while the browser is idle after load: the chart views' code and every
 * section's data. On beforeprint only a synchronous render reaches the paper (src/stores/print-store.ts):
 * a chunk or a request started then would land after the pages are laid out, leaving grey boxes.
 */
export function PrintReadiness() {
  const client = useQueryClient();
  const month = useMonth();
  // Called off on unmount: a test or a page that goes first leaves nothing behind.
  useEffect(() => idleAfterLoad(() => {
    // A chunk that fails to download is not an error here: each chart imports it again when it renders.
    preloadCharts().catch(() => {});
    prefetchSections(client, month);
  }, { timeout: IDLE_TIMEOUT_MS, fallbackMs: SAFARI_DELAY_MS }), [client, month]);
  return null;
}
