import { ViewLink } from '@/projects/view-link';
import { ViewSnapshotButton } from '@/components/chart-export/export-buttons';
import { useView } from '@/projects/state/view';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * The two views, as links above the page body: 概览 and 项目清单. Real links (open in a new tab, copy the
 * address) that switch in place: `?view=projects` is a history entry, so Back returns to the overview.
 * Beside them, one PNG of what the screen shows now, for a slide.
 */
export function ViewTabs() {
  const m = useMessages().views;
  const { view, rejected } = useView();
  return (
    <>
      <div className="view-bar">
        <nav className="view-tabs" aria-label={m.label}>
          <ViewLink className="view-tab" target={{ view: 'overview' }} current={view === 'overview'}>{m.overview}</ViewLink>
          <ViewLink className="view-tab" target={{ view: 'projects' }} current={view === 'projects'}>{m.projects}</ViewLink>
        </nav>
        <div className="view-snapshot"><ViewSnapshotButton viewName={view === 'projects' ? m.projects : m.overview} /></div>
      </div>
      {rejected ? <p className="url-note" role="status">{m.rejected(rejected)}</p> : null}
    </>
  );
}
