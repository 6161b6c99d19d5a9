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
import { apiMode, defaultTransport, setTransport } from './api/client';
// A ledger loaded in this browser answers for the projects, whatever serves the rest. In the entry, not a lazy
// chunk: it sits in front of every projects request, and a chunk that failed to download would take the data
// with it. Its storage (idb-keyval) is lazy; if that fails to load, there is simply no stored ledger to serve.
import { withLocalLedger } from './api/local-ledger';
import { App } from './app/app';
import './styles.css';

async function chooseTransport(): Promise<void> {
  if (apiMode === 'demo') {
    // Starts downloading now, beside React's first render (index.html also preloads it); queries wait for it.
    const server = import('../mocks/demo-server');
    setTransport(withLocalLedger(async (path, params, signal) => (await server).serveDemo(path, params, signal)));
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
