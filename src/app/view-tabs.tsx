import { ViewLink } from '@/components/view-link';
import { useView } from '@/stores/view-state';
import { useMessages } from '@/stores/use-messages';

/**
 * The two views, as links above the page body: 概览 and 项目清单. Real links (open in a new tab, copy the
 * address) that switch in place: `?view=projects` is a history entry, so Back returns to the overview.
 */
export function ViewTabs() {
  const m = useMessages().views;
  const { view, rejected } = useView();
  return (
    <>
      <nav className="view-tabs" aria-label={m.label}>
        <ViewLink className="view-tab" target={{ view: 'overview' }} current={view === 'overview'}>{m.overview}</ViewLink>
        <ViewLink className="view-tab" target={{ view: 'projects' }} current={view === 'projects'}>{m.projects}</ViewLink>
      </nav>
      {rejected ? <p className="url-note" role="status">{m.rejected(rejected)}</p> : null}
    </>
  );
}
