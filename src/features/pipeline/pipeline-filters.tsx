import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { projectsQuery } from '@/api/queries';
import { STAGES, type ProjectFilters } from '@/contract/schemas';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { STAGE_LABEL } from '@/lib/labels';
import { useLang } from '@/stores/language-store';
import { useClearProjectFilters, useProjectFilters, useRejectedFilters, useSetProjectFilter } from '@/stores/filters-store';

const M = {
  zh: {
    title: '项目图表筛选', note: '仅作用于下方两张项目图表；筛选条件保存在链接中，可直接分享。',
    category: '类别', stage: '阶段', park: '园区', q: '搜索项目', all: '全部', clear: '清除筛选',
    rejected: (list: string) => `链接中的筛选条件无效，已忽略：${list}`,
  },
  en: {
    title: 'Filter the project charts', note: 'Applies to the two project charts below; the filters live in the link, so it can be shared.',
    category: 'Category', stage: 'Stage', park: 'Park', q: 'Search projects', all: 'All', clear: 'Clear filters',
    rejected: (list: string) => `Some filters in the link were not valid and were ignored: ${list}`,
  },
};

/** Category, stage, park and search for the pipeline charts; the state lives in the URL-mirrored store. */
export function PipelineFilters() {
  const lang = useLang();
  const m = M[lang];
  const id = useId();
  const filters = useProjectFilters();
  const setFilter = useSetProjectFilter();
  const clear = useClearProjectFilters();
  const rejected = useRejectedFilters();
  // Category and park names come from the data (the unfiltered list), with their provenance.
  const { data } = useQuery(projectsQuery());
  const select = <K extends 'category' | 'stage' | 'park'>(key: K, options: readonly { id: string; label: string }[], mark?: ReactNode) => (
    <label className="filter-field" htmlFor={`${id}-${key}`}>
      <span>{m[key]} {mark}</span>
      <select id={`${id}-${key}`} className="input" value={filters[key] ?? ''}
        onChange={(e) => setFilter(key, (e.target.value || undefined) as ProjectFilters[K])}>
        <option value="">{m.all}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </label>
  );
  const named = (list: readonly { id: string; name: { zh: string; en: string } }[] = []) => list.map((x) => ({ id: x.id, label: x.name[lang] }));
  const active = Object.keys(filters).length > 0;
  return (
    <form className="panel filter-bar" role="search" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h3 id={`${id}-title`} className="panel-title">{m.title}</h3>
      <p className="panel-meta">{m.note}</p>
      {rejected.length ? <p className="url-note" role="status">{m.rejected(rejected.join(lang === 'zh' ? '，' : ', '))}</p> : null}
      <div className="filter-fields">
        {select('category', named(data?.categories), <ProvenanceBadge provenance="inferred" />)}
        {select('stage', STAGES.map((s) => ({ id: s, label: STAGE_LABEL[lang][s] })))}
        {select('park', named(data?.parks), <ProvenanceBadge provenance="illustrative" />)}
        <label className="filter-field" htmlFor={`${id}-q`}>
          <span>{m.q}</span>
          <input id={`${id}-q`} className="input" type="search" maxLength={100} value={filters.q ?? ''}
            onChange={(e) => setFilter('q', e.target.value || undefined)} />
        </label>
        <button type="button" className="button" onClick={clear} disabled={!active}>{m.clear}</button>
      </div>
    </form>
  );
}
