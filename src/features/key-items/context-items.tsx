import { useQuery } from '@tanstack/react-query';
import { summaryQuery } from '@/api/queries';
import { QueryWidget } from '@/components/query-widget';
import { useMessages } from '@/lib/i18n/use-messages';
import { distinctQuotes } from './key-items-logic';
import { FactItem, ItemGroup, NameList } from './source-quote';

/**
 * The letter's own caveats come before the achievements: it calls the zone an early-stage project with named
 * weaknesses, and a leader reading the dashboard should see that framing, not only the totals.
 */
export function ContextItems() {
  const m = useMessages().keyItems.context;
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
