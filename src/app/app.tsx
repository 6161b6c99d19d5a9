import { PanelBoundary } from '@/components/panel-boundary';
import { useScreenMode } from './big-screen/screen-mode';
import { useMessages } from '@/lib/i18n/use-messages';
import { AppHeader } from './app-header';
import { BigScreenSlot } from './big-screen-slot';
import { useDocumentTitle } from './document-title';
import { PrintFrame } from './print-frame';
import { PrintReadiness } from './print-readiness';
import { ProjectDrawerSlot } from './project-drawer-slot';
import { Providers } from './providers';
import { ViewTabs } from './view-tabs';
import { useView, viewEntry } from './views';

function Page() {
  const m = useMessages();
  const { view } = useView();
  const { Page: ViewPage } = viewEntry(view);
  return (
    <>
      <a className="skip-link" href="#main">{m.skipToContent}</a>
      <AppHeader />
      <main id="main" className="page">
        <ViewTabs />
        {/* Last line of defence: whatever escapes the panels' own boundaries, the header stays. Keyed by the
            view, so a view that failed gets a fresh boundary when the reader switches. */}
        <PanelBoundary key={view} minHeight={200} page>
          <ViewPage />
        </PanelBoundary>
      </main>
    </>
  );
}

/** Its own component, so the title's query updates re-render nothing else. */
function DocumentTitle() {
  useDocumentTitle();
  return null;
}

/** `?mode=screen` is the meeting-room screen; otherwise the page, framed for print. */
function Mode() {
  const screen = useScreenMode();
  if (screen) return <BigScreenSlot />;
  return (
    <>
      <PrintFrame><Page /></PrintFrame>
      <ProjectDrawerSlot />
      <PrintReadiness />
    </>
  );
}

export function App() {
  return (
    <Providers>
      <DocumentTitle />
      <Mode />
    </Providers>
  );
}
