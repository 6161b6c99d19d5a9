import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { distinctQuotes } from './key-items-logic';
import { FactItem, ItemGroup, NameList } from './source-quote';

const M = {
  zh: {
    title: '招商与落地',
    landed: '已落地建设',
    landedNote: '来函以“等已落地建设”列举，名单并非全部。',
    partners: '达成合作的重点企业',
    partnersNote: '来函以“等一批重点企业”列举，名单并非全部；来函只给出这一批企业的投资总额',
    partnersNoteEnd: '，未给出各企业的金额。',
    regions: '招商主攻方向',
    event: '重要活动',
  },
  en: {
    title: 'Investment and projects landed',
    landed: 'Landed and under construction',
    landedNote: 'The letter lists these “等已落地建设” (and others have landed), so the list is not complete.',
    partners: 'Key companies with cooperation agreements',
    partnersNote: 'The letter names these as part of “等一批重点企业” (a batch of key companies), so the list is not complete. It gives only the combined total,',
    partnersNoteEnd: ', not an amount for any single company.',
    regions: 'Main target regions for investment',
    event: 'Event',
  },
};

/**
 * Named partners and landed projects. No amount is shown per company: the letter gives only the total
 * for the whole batch, and splitting it would invent figures a leader might quote.
 */
export function InvestmentItems() {
  const lang = useLang();
  const m = M[lang];
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
