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
        <OverviewPage />
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
