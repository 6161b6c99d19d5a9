import { useId, type ReactNode } from 'react';
import { STAGES } from '@/contract/schemas';
import { LOCALE } from '@/lib/format';
import { nameOf, type NamedIds } from '@/lib/labels';
import { unitsOf } from '@/projects/selection/select';
import { SCHEDULE_STATUSES } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { LIST_KEYS, type FilterKey, type ListKey } from '@/projects/selection/filter-params';
import { useLang } from '@/stores/language-store';
import { useProjectFilterState } from '@/projects/state/selection';
import { useMessages } from '@/lib/i18n/use-messages';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { chipsOf, FilterChips, type Chip } from './filter-chips';
import { MultiSelect, type Option } from './multi-select';
import { NamedMatches } from './named-matches';
import { RangeField } from './range-field';
import { SearchField } from './search-field';
import { langOf, textIn } from '@/lib/local-text';
import { useProjects } from '@/projects/state/month';
import { useMonthComparison } from '@/projects/state/compare';
import type { ChangeKind } from '@/projects/months/kinds';
import { ChangeField } from './change-field';
import { MONTHS_MESSAGES } from '@/projects/months/months-messages';
import type { Provenance } from '@/contract/schemas';

/** The weakest provenance among a list's names (none loaded yet: the demo's, the weakest). */
const namesProvenance = (list: readonly { provenance: Provenance }[] | undefined): Provenance =>
  !list ? 'illustrative' : list.some((x) => x.provenance === 'illustrative') ? 'illustrative'
    : list.some((x) => x.provenance === 'inferred') ? 'inferred' : 'documented';

/**
 * The one filter bar, on the overview (above the pipeline charts) and on the projects view: the same URL
 * parameters drive both, so what a planner picks in one is what the other shows. Category, stage, status,
 * park and unit take several values; planned investment is a range in 亿元; the search matches names, their
 * pinyin and initials, and shows the projects the letter names that it matches.
 * A lazy chunk (see index.tsx): Radix and the menus are not needed for the first paint.
 */
export function ProjectFilterBar({ title, note }: { title: string; note: string }) {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.filters;
  const pm = usePlannerMessages();
  const id = useId();
  // Names come from the data (the unfiltered list), with their provenance; a link's values are checked against them.
  const { data } = useProjects();
  const { params, filters, rejected, setFilter, clear } = useProjectFilterState(data);
  // In the reader's collation order (units come in order of appearance).
  const units = data ? [...unitsOf(data.items)].sort((a, b) => textIn(a.name, lang).localeCompare(textIn(b.name, lang), LOCALE[lang])) : [];
  const named = (list: NamedIds = []): Option[] =>
    list.map((x) => ({ id: x.id, label: <span lang={langOf(x.name, lang)}>{textIn(x.name, lang)}</span>, text: textIn(x.name, lang) }));
  const options: Record<ListKey, Option[]> = {
    category: named(data?.categories),
    stage: STAGES.map((s) => ({ id: s, label: msg.stage[s], text: msg.stage[s] })),
    status: SCHEDULE_STATUSES.map((s) => ({ id: s, label: <><span aria-hidden="true">{STATUS_ICON[s]}</span> {msg.status[s]}</>, text: msg.status[s] })),
    park: named(data?.parks),
    unit: named(units),
  };
  const marks: Partial<Record<ListKey, ReactNode>> = {
    // The names' own provenance: the demo's are a reading and placeholders; a ledger's are its own words.
    category: <ProvenanceBadge provenance={namesProvenance(data?.categories)} />,
    park: <ProvenanceBadge provenance={namesProvenance(data?.parks)} />,
    unit: <ProvenanceBadge provenance={namesProvenance(data?.items)} />,
  };
  const listOf = (key: ListKey) => (params[key] ?? '').split(',').filter(Boolean);
  const fields: Record<FilterKey, string> = { ...m, ...pm.range };
  const names: Partial<Record<FilterKey, (x: string) => string>> = {
    category: (x) => nameOf(data?.categories ?? [], x, lang),
    stage: (x) => options.stage.find((o) => o.id === x)?.text ?? x,
    status: (x) => options.status.find((o) => o.id === x)?.text ?? x,
    park: (x) => nameOf(data?.parks ?? [], x, lang),
    unit: (x) => nameOf(units, x, lang),
    change: (x) => (x in MONTHS_MESSAGES[lang].kinds ? MONTHS_MESSAGES[lang].kinds[x as ChangeKind] : x),
  };
  const comparable = useMonthComparison().state !== 'none';
  const chips = chipsOf(params, names, fields, pm, lang);
  const remove = (chip: Chip) => {
    if (chip.item === undefined) setFilter(chip.key, null, 'choice');
    else setFilter(chip.key, listOf(chip.key as ListKey).filter((x) => x !== chip.item).join(',') || null, 'choice');
  };
  return (
    <form className="panel filter-bar" role="search" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h3 id={`${id}-title`} className="panel-title">{title}</h3>
      <p className="panel-meta">{note}</p>
      {rejected.length ? <p className="url-note" role="status">{m.rejected(rejected.join(msg.sep.clause))}</p> : null}
      <div className="filter-fields">
        {LIST_KEYS.map((key) => (
          <MultiSelect key={key} label={m[key]} mark={marks[key]} options={options[key]} selected={listOf(key)}
            onChange={(next) => setFilter(key, next.join(',') || null)} />
        ))}
        <RangeField label={pm.range.min} wan={params.min} invalid={pm.range.bad} onChange={(wan) => setFilter('min', wan)} />
        <RangeField label={pm.range.max} wan={params.max} invalid={pm.range.bad} onChange={(wan) => setFilter('max', wan)} />
        {comparable || params.change ? <ChangeField label={m.change} value={params.change} onChange={(kind) => setFilter('change', kind)} /> : null}
        <SearchField id={`${id}-q`} label={m.q} value={params.q ?? ''} items={data?.items} onChange={(q) => setFilter('q', q)} />
      </div>
      {data && filters.q ? <NamedMatches named={data.named} q={filters.q} /> : null}
      <FilterChips chips={chips} onRemove={remove} onClear={clear} />
    </form>
  );
}
