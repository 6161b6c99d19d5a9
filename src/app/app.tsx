import { useMessages } from '@/stores/use-messages';
import { AppHeader } from './app-header';
import { KpiStrip } from './kpi-strip';
import { Providers } from './providers';

function Page() {
  const m = useMessages();
  return (
    <>
      <a className="skip-link" href="#main">{m.skipToContent}</a>
      <AppHeader />
      <main id="main" className="page">
        <KpiStrip />
      </main>
    </>
  );
}

export function App() {
  return (
    <Providers>
      <Page />
    </Providers>
  );
}
