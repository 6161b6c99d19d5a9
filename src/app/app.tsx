import { PanelBoundary } from '@/components/panel-boundary';
import { useMessages } from '@/stores/use-messages';
import { AppHeader } from './app-header';
import { OverviewPage } from './overview-page';
import { Providers } from './providers';

function Page() {
  const m = useMessages();
  return (
    <>
      <a className="skip-link" href="#main">{m.skipToContent}</a>
      <AppHeader />
      <main id="main" className="page">
        {/* Last line of defence: whatever escapes the panels' own boundaries, the header stays. */}
        <PanelBoundary minHeight={200} page>
          <OverviewPage />
        </PanelBoundary>
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
