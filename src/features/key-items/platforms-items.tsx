import { useQuery } from '@tanstack/react-query';
import { platformsQuery } from '@/api/queries';
import type { Platforms } from '@/contract/schemas';
import { FigureValue } from '@/components/figure-value';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { byApplicationStage, distinctQuotes } from './key-items-logic';
import { FactItem, ItemGroup, SourceQuote } from './source-quote';

const M = {
  zh: {
    title: '政策与开放平台',
    policy: '政策文件',
    applications: '开放平台申建',
    stage: { listed: '列入第一批任务清单', 'next-step': '来函所列下一步工作' },
    parksTitle: '园区与产业布局',
    parks: '重点园区',
    area: '规划面积',
    layout: '产业布局',
    clusters: '大产业集群',
    chains: '条重点产业链',
    next: '下一步工作',
  },
  en: {
    title: 'Policy and opening-up platforms',
    policy: 'Policy document',
    applications: 'Platform applications',
    stage: { listed: 'In the first task list', 'next-step': 'Among the letter\'s next steps' },
    parksTitle: 'Parks and industrial layout',
    parks: 'Key parks',
    area: 'planned area',
    layout: 'Industrial layout',
    clusters: 'industrial clusters',
    chains: 'key industrial chains',
    next: 'Next steps',
  },
};

function Applications({ data }: { data: Platforms }) {
  const lang = useLang();
  const m = M[lang];
  return (
    <ItemGroup title={m.applications} empty={data.applications.length === 0}>
      <ul className="list">
        {byApplicationStage(data.applications).map((a) => (
          <li key={a.id} className="list-item">
            <span>{a.name[lang]} <span className="badge">{m.stage[a.stage]}</span></span>
            <SourceQuote quotes={[a.quote]} />
          </li>
        ))}
      </ul>
    </ItemGroup>
  );
}

function Parks({ data }: { data: Platforms }) {
  const lang = useLang();
  const m = M[lang];
  return (
    <ItemGroup title={m.parks} empty={data.parks.length === 0} quotes={distinctQuotes(data.parks)}>
      <ul className="list">
        {data.parks.map((p) => (
          <li key={p.id}>
            {p.name[lang]}
            {p.area ? <> · {m.area} <FigureValue figure={p.area} size="sm" /></> : null}
          </li>
        ))}
      </ul>
    </ItemGroup>
  );
}

/** The policy document and the platforms the zone is applying for: the letter's "build platforms" answer. */
export function PlatformsItems() {
  const lang = useLang();
  const query = useQuery(platformsQuery());
  return (
    <div>
      <h3 className="panel-title">{M[lang].title}</h3>
      <QueryWidget query={query} minHeight={160}>
        {(data) => (
          <>
            <ItemGroup title={M[lang].policy}>
              <ul className="list"><FactItem fact={data.policy} /></ul>
            </ItemGroup>
            <Applications data={data} />
          </>
        )}
      </QueryWidget>
    </div>
  );
}

/**
 * Parks, clusters and chains. Same request as PlatformsItems (React Query shares it by key), but its own
 * widget, so the heading order on the page follows the letter rather than the API's grouping.
 */
export function ParksItems() {
  const lang = useLang();
  const m = M[lang];
  const query = useQuery(platformsQuery());
  return (
    <div>
      <h3 className="panel-title">{m.parksTitle}</h3>
      <QueryWidget query={query} minHeight={120}>
        {(data) => (
          <>
            <Parks data={data} />
            <ItemGroup title={m.layout} quotes={distinctQuotes([data.clusters, data.chains])}>
              <p>
                <FigureValue figure={data.clusters} size="sm" />{lang === 'zh' ? '' : ' '}{m.clusters}
                {lang === 'zh' ? '，' : ', '}
                <FigureValue figure={data.chains} size="sm" />{lang === 'zh' ? '' : ' '}{m.chains}
              </p>
            </ItemGroup>
          </>
        )}
      </QueryWidget>
    </div>
  );
}

/** Talent programmes and the other next steps the letter commits to. */
export function NextStepsItems() {
  const lang = useLang();
  const query = useQuery(platformsQuery());
  return (
    <div>
      <h3 className="panel-title">{M[lang].next}</h3>
      <QueryWidget query={query} minHeight={96} isEmpty={(d) => d.nextSteps.length === 0}>
        {(data) => <ul className="list">{data.nextSteps.map((f) => <FactItem key={f.id} fact={f} />)}</ul>}
      </QueryWidget>
    </div>
  );
}
