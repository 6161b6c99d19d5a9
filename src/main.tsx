/**
 * The composition root: the one module that chooses the transport, and so the only one in src/ that may
 * reach into mocks/ (the reference server). A live build talks HTTP to VITE_API_BASE_URL; dev runs MSW;
 * a demo build (no service configured) runs the reference server in-process.
 */
// First: patches the few APIs our dependencies need that the oldest supported browsers lack.
import './lib/polyfills';
// Second: schemas are built on import, and must be built without eval (the page's CSP forbids it).
import './lib/zod-jitless';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiMode, defaultTransport, setPublishedState, setTransport } from './api/client';
import type { PublishedState } from './api/published';
import type { Transport } from './contract/transport';
// A ledger loaded in this browser answers for the projects, whatever serves the rest. In the entry, not a lazy
// chunk: it sits in front of every projects request, and a chunk that failed to download would take the data
// with it. Its storage (idb-keyval) is lazy; if that fails to load, there is simply no stored ledger to serve.
import { withLocalLedger } from './api/local-ledger';
import { App } from './app/app';
import './styles.css';

const MANIFEST_WAIT_MS = 1_500;

async function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([work, new Promise<void>((resolve) => { timer = setTimeout(resolve, ms); })]);
  clearTimeout(timer);
}

async function chooseTransport(): Promise<void> {
  if (apiMode === 'demo') {
    // Starts downloading now, beside React's first render (index.html also preloads it); queries wait for it.
    const server = import('../mocks/demo-server');
    const demo: Transport = async (path, params, signal) => (await server).serveDemo(path, params, signal);
    // The same build on a host with data/index.json shows the published months instead of the demo's projects.
    // Its reader is a chunk of its own, fetched beside the demo's; if it cannot load, the labelled demo shows.
    const published = import('./api/published')
      .then(({ publishedData }) => publishedData(demo, { base: `${import.meta.env.BASE_URL}data/` }))
      .catch(() => null);
    let state: () => PublishedState = () => 'pending';
    void published.then((p) => { state = p ? p.state : () => 'absent'; });
    setPublishedState(() => state());
    setTransport(withLocalLedger(async (path, params, signal) => ((await published)?.transport ?? demo)(path, params, signal)));
    // The first render waits (briefly) for the manifest, so the header never shows the demo's note and date
    // for a moment on a published host. A host with nothing published answers its empty manifest at once.
    const month = new URLSearchParams(location.search).get('month');
    await settledWithin(published.then((p) => p?.ready(month)), MANIFEST_WAIT_MS);
    return;
  }
  setTransport(withLocalLedger(defaultTransport));
  // Spelled with import.meta.env (not apiMode) so a production build drops MSW entirely.
  if (import.meta.env.DEV && !import.meta.env.VITE_API_BASE_URL) {
    const { worker } = await import('../mocks/browser');
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
  }
}

void chooseTransport().then(() => {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // A transition: React renders the first screen in slices that yield to the browser, not one long task (the
  // static shell stays on screen until it commits).
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});
