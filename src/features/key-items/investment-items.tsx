import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { QueryWidget } from '@/components/query-widget';
import { useMessages } from '@/lib/i18n/use-messages';
import { distinctQuotes } from './key-items-logic';
import { FactItem, ItemGroup, NameList } from './source-quote';

/**
 * Named partners and landed projects. No amount is shown per company: the letter gives only the total
 * for the whole batch, and splitting it would invent figures a leader might quote.
 */
export function InvestmentItems() {
  const m = useMessages().keyItems.investment;
  const query = useQuery(investmentQuery());
  return (
    <div>
      <h3 className="panel-title">{m.title}</h3>
      <QueryWidget query={query} minHeight={160}>
        {(data) => (
          <>
            <ItemGroup title={m.landed} empty={data.landed.length === 0} note={m.landedNote} quotes={distinctQuotes(data.landed)}>
              <NameList items={data.landed} />
            </ItemGroup>
            <ItemGroup
              title={m.partners}
              empty={data.partners.length === 0}
              note={<>{m.partnersNote} <FigureValue figure={data.agreed} size="sm" />{m.partnersNoteEnd}</>}
              quotes={distinctQuotes([...data.partners, data.agreed])}
            >
              <NameList items={data.partners} />
            </ItemGroup>
            <ItemGroup title={m.regions} empty={data.targetRegions.length === 0} quotes={distinctQuotes(data.targetRegions)}>
              <NameList items={data.targetRegions} />
            </ItemGroup>
            <ItemGroup title={m.event}>
              <ul className="list"><FactItem fact={data.event} /></ul>
            </ItemGroup>
          </>
        )}
      </QueryWidget>
    </div>
  );
}
