import { ViewSnapshotButton } from '@/components/chart-export/export-buttons';
import { useMessages } from '@/lib/i18n/use-messages';
import { ViewLink } from '@/projects/view-link';
import { useView, viewEntry, VIEWS } from './views';

/**
 * The views (src/app/views.tsx), as links above the page body: 概览 and 项目清单. Real links (open in a new tab,
 * copy the address) that switch in place: `?view=projects` is a history entry, so Back returns to the overview.
 * Beside them, one PNG of what the screen shows now, for a slide, named after the view.
 */
export function ViewTabs() {
  const m = useMessages();
  const { view, rejected } = useView();
  return (
    <>
      <div className="view-bar">
        <nav className="view-tabs" aria-label={m.views.label}>
          {VIEWS.map((v) => (
            <ViewLink key={v.id} className="view-tab" target={{ view: v.id }} current={view === v.id}>{v.label(m)}</ViewLink>
          ))}
        </nav>
        <div className="view-snapshot"><ViewSnapshotButton viewName={viewEntry(view).label(m)} /></div>
      </div>
      {rejected ? <p className="url-note" role="status">{m.views.rejected(rejected)}</p> : null}
    </>
  );
}
