/**
 * The composition root: the one module that chooses the transport, and so the only one in src/ that may
 * reach into mocks/ (the reference server). A live build talks HTTP to VITE_API_BASE_URL; dev runs MSW;
 * a demo build (no service configured) runs the reference server in-process.
 */
// First: patches the few APIs our dependencies need that the oldest supported browsers lack.
import './lib/polyfills';
// Second: schemas are built on import, and must be built without eval (the page's CSP forbids it).
import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiMode, defaultTransport, setPublishedState, setTransport } from './api/client';
import { publishedData } from './api/published';
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
    const published = publishedData(demo, { base: `${import.meta.env.BASE_URL}data/` });
    setPublishedState(published.state);
    setTransport(withLocalLedger(published.transport));
    // The first render waits (briefly) for the manifest, so the header never shows the demo's note and date
    // for a moment on a published host. A host without data/ answers its 404 at once.
    await settledWithin(published.ready(new URLSearchParams(location.search).get('month')), MANIFEST_WAIT_MS);
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
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
