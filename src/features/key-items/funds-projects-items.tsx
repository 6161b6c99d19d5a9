import { useQuery } from '@tanstack/react-query';
import { fundsQuery, projectsQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { QueryWidget } from '@/components/query-widget';
import { STAGE_LABEL } from '@/lib/labels';
import { useLang } from '@/stores/language-store';
import { FactItem, ItemGroup } from './source-quote';

const M = {
  zh: { title: '资金保障与26个项目', vehicle: '基金运作主体', named: '来函点名的项目（阶段为来函所述）', categories: '项目类别（类别名称为推断）', count: '项目数', total: '总投资', cats: '大类' },
  en: { title: 'Funding and the 26 projects', vehicle: 'Fund vehicle', named: 'Projects the letter names (stage as the letter states)', categories: 'Project categories (names inferred)', count: 'Projects', total: 'Total', cats: 'Categories' },
};

/**
 * The pipeline as the letter states it (26 projects, 4 categories, 319.3亿元) and the projects it names,
 * with the stage the letter gives. Their amounts are illustrative and stay in the charts, marked there.
 */
export function FundsProjectsItems() {
  const lang = useLang();
  const m = M[lang];
  const funds = useQuery(fundsQuery());
  const projects = useQuery(projectsQuery());
  return (
    <div>
      <h3 className="panel-title">{m.title}</h3>
      <QueryWidget query={funds} minHeight={48}>
        {(d) => (
          <ItemGroup title={m.vehicle}>
            <ul className="list"><FactItem fact={d.vehicle} /></ul>
          </ItemGroup>
        )}
      </QueryWidget>
      <QueryWidget query={projects} minHeight={96}>
        {(d) => {
          const named = d.items.filter((p) => p.nameKind === 'documented');
          return (
            <>
              <ItemGroup title={m.categories} quotes={[d.documented.count.quote ?? '']}>
                <p>
                  {m.count} <FigureValue figure={d.documented.count} size="sm" /> · {m.cats}{' '}
                  <FigureValue figure={d.documented.categories} size="sm" /> · {m.total}{' '}
                  <FigureValue figure={d.documented.total} size="sm" />
                </p>
              </ItemGroup>
              <ItemGroup title={m.named} empty={named.length === 0}>
                <ul className="list">
                  {named.map((p) => (
                    <FactItem key={p.id} fact={{ id: p.id, text: p.name, quote: p.quote ?? '', provenance: 'documented' }}>
                      {` — ${STAGE_LABEL[lang][p.stage]}`}
                    </FactItem>
                  ))}
                </ul>
              </ItemGroup>
            </>
          );
        }}
      </QueryWidget>
    </div>
  );
}
