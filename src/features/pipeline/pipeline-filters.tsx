import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { projectsQuery } from '@/api/queries';
import { STAGES } from '@/contract/schemas';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';
import { useProjectFilterState } from '@/stores/project-filters';

/** Category, stage, park and search for the pipeline charts; the state lives in the URL (nuqs). */
export function PipelineFilters() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.filters;
  const id = useId();
  // Category and park names come from the data (the unfiltered list), with their provenance; a link's
  // category or park is checked against them.
  const { data } = useQuery(projectsQuery());
  const { params, filters, rejected, setFilter, clear } = useProjectFilterState(data);
  const select = <K extends 'category' | 'stage' | 'park'>(key: K, options: readonly { id: string; label: string }[], mark?: ReactNode) => (
    <label className="filter-field" htmlFor={`${id}-${key}`}>
      <span>{m[key]} {mark}</span>
      <select id={`${id}-${key}`} className="input" value={filters[key] ?? ''}
        onChange={(e) => setFilter(key, e.target.value || undefined)}>
        <option value="">{m.all}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </label>
  );
  const named = (list: readonly { id: string; name: { zh: string; en: string } }[] = []) => list.map((x) => ({ id: x.id, label: x.name[lang] }));
  const active = Object.values(params).some(Boolean);
  return (
    <form className="panel filter-bar" role="search" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h3 id={`${id}-title`} className="panel-title">{m.title}</h3>
      <p className="panel-meta">{m.note}</p>
      {rejected.length ? <p className="url-note" role="status">{m.rejected(rejected.join(msg.sep.clause))}</p> : null}
      <div className="filter-fields">
        {select('category', named(data?.categories), <ProvenanceBadge provenance="inferred" />)}
        {select('stage', STAGES.map((s) => ({ id: s, label: msg.stage[s] })))}
        {select('park', named(data?.parks), <ProvenanceBadge provenance="illustrative" />)}
        <label className="filter-field" htmlFor={`${id}-q`}>
          <span>{m.q}</span>
          <input id={`${id}-q`} className="input" type="search" maxLength={100} value={params.q ?? ''}
            onChange={(e) => setFilter('q', e.target.value || undefined)} />
        </label>
        <button type="button" className="button" onClick={clear} disabled={!active}>{m.clear}</button>
      </div>
    </form>
  );
}
