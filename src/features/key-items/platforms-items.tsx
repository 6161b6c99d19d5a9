import { useQuery } from '@tanstack/react-query';
import { platformsQuery } from '@/api/queries';
import type { Platforms } from '@/contract/schemas';
import { Clamped } from '@/components/clamped';
import { FigureValue } from '@/components/figure-value';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { byApplicationStage, distinctQuotes } from './key-items-logic';
import { FactItem, ItemGroup, SourceQuote } from './source-quote';

function Applications({ data }: { data: Platforms }) {
  const lang = useLang();
  const m = useMessages().keyItems.platforms;
  return (
    <ItemGroup title={m.applications} empty={data.applications.length === 0}>
      <ul className="list">
        {byApplicationStage(data.applications).map((a) => (
          <li key={a.id} className="list-item">
            <Clamped text={a.name[lang]}>{a.name[lang]} <span className="badge">{m.stage[a.stage]}</span></Clamped>
            <SourceQuote quotes={[a.quote]} />
          </li>
        ))}
      </ul>
    </ItemGroup>
  );
}

function Parks({ data }: { data: Platforms }) {
  const lang = useLang();
  const m = useMessages().keyItems.platforms;
  return (
    <ItemGroup title={m.parks} empty={data.parks.length === 0} quotes={distinctQuotes(data.parks)}>
      <ul className="list">
        {data.parks.map((p) => (
          <li key={p.id}>
            <Clamped text={p.name[lang]}>
              {p.name[lang]}
              {p.area ? <> · {m.area} <FigureValue figure={p.area} size="sm" /></> : null}
            </Clamped>
          </li>
        ))}
      </ul>
    </ItemGroup>
  );
}

/** The policy document and the platforms the zone is applying for: the letter's "build platforms" answer. */
export function PlatformsItems() {
  const m = useMessages().keyItems.platforms;
  const query = useQuery(platformsQuery());
  return (
    <div>
      <h3 className="panel-title">{m.title}</h3>
      <QueryWidget query={query} minHeight={160}>
        {(data) => (
          <>
            <ItemGroup title={m.policy}>
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
  const msg = useMessages();
  const m = msg.keyItems.platforms;
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
                <FigureValue figure={data.clusters} size="sm" />{msg.sep.word}{m.clusters}
                {msg.sep.clause}
                <FigureValue figure={data.chains} size="sm" />{msg.sep.word}{m.chains}
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
  const m = useMessages().keyItems.platforms;
  const query = useQuery(platformsQuery());
  return (
    <div>
      <h3 className="panel-title">{m.next}</h3>
      <QueryWidget query={query} minHeight={96} isEmpty={(d) => d.nextSteps.length === 0}>
        {(data) => <ul className="list">{data.nextSteps.map((f) => <FactItem key={f.id} fact={f} />)}</ul>}
      </QueryWidget>
    </div>
  );
}
