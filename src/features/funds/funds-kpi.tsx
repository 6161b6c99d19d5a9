import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { fundsQuery } from '@/api/queries';
import { Clamped } from '@/components/clamped';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiMain, KpiSub, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { fundTotals } from './funds-logic';

/**
 * Headline: the two funds as the letter sizes them, 50亿元 + 15亿元, with their names in the same order
 * under them. Their sum is ours, not the letter's, so it waits in the detail tile with its 计算值 mark.
 */
export function FundsKpi() {
  const lang = useLang();
  const msg = useMessages();
  const query = useQuery(fundsQuery());
  return (
    <KpiTile title={msg.funds.kpi.title} headline>
      <QueryWidget query={query} minHeight={kpiLines(2)} isEmpty={(d) => d.funds.length === 0}>
        {(data) => (
          <>
            <KpiMain>
              {data.funds.map((f, i) => (
                <Fragment key={f.id}>
                  {i > 0 ? <span className="kpi-plus">{msg.glance.plus}</span> : null}
                  <FigureValue figure={f.size} size="lg" />
                </Fragment>
              ))}
            </KpiMain>
            <KpiSub><Clamped text={data.funds.map((f) => f.name[lang]).join(msg.glance.plus)} /></KpiSub>
          </>
        )}
      </QueryWidget>
    </KpiTile>
  );
}

/** Detail: the funds' combined size (computed) and what they have deployed (illustrative). */
export function FundsDetailLines() {
  const m = useMessages().glance.details;
  const query = useQuery(fundsQuery());
  return (
    <QueryWidget query={query} minHeight={kpiLines(2)} isEmpty={(d) => d.funds.length === 0}>
      {(data) => {
        const t = fundTotals(data);
        return (
          <>
            <KpiLine label={m.fundsTotal}><FigureValue figure={t.total} size="sm" /></KpiLine>
            <KpiLine label={m.deployed}><FigureValue figure={t.deployed} size="sm" /></KpiLine>
          </>
        );
      }}
    </QueryWidget>
  );
}
