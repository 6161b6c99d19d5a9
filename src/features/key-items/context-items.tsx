import { useQuery } from '@tanstack/react-query';
import { summaryQuery } from '@/api/queries';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { distinctQuotes } from './key-items-logic';
import { FactItem, ItemGroup, NameList } from './source-quote';

const M = {
  zh: { title: '来函所述现状与定位', stage: '发展阶段', gaps: '问题和短板', positionings: '四个发展定位', green: '绿色发展目标' },
  en: { title: 'Where the zone stands, in the letter’s words', stage: 'Stage', gaps: 'Shortcomings', positionings: 'Four positionings', green: 'Green aim' },
};

/**
 * The letter's own caveats come before the achievements: it calls the zone an early-stage project with named
 * weaknesses, and a leader reading the dashboard should see that framing, not only the totals.
 */
export function ContextItems() {
  const lang = useLang();
  const m = M[lang];
  const query = useQuery(summaryQuery());
  return (
    <div>
      <h3 className="panel-title">{m.title}</h3>
      <QueryWidget query={query} minHeight={120}>
        {({ context }) => (
          <>
            <ItemGroup title={m.stage}>
              <ul className="list"><FactItem fact={context.stage} /></ul>
            </ItemGroup>
            <ItemGroup title={m.gaps} empty={context.gaps.length === 0} quotes={distinctQuotes(context.gaps)}>
              <NameList items={context.gaps} />
            </ItemGroup>
            <ItemGroup title={m.positionings} empty={context.positionings.length === 0} quotes={distinctQuotes(context.positionings)}>
              <NameList items={context.positionings} />
            </ItemGroup>
            <ItemGroup title={m.green}>
              <ul className="list"><FactItem fact={context.zeroCarbon} /></ul>
            </ItemGroup>
          </>
        )}
      </QueryWidget>
    </div>
  );
}
