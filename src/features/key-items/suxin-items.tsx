import { useQuery } from '@tanstack/react-query';
import { cooperationQuery } from '@/api/queries';
import { QueryWidget } from '@/components/query-widget';
import { formatDate } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { FactItem } from './source-quote';

const M = {
  zh: { title: '苏信合作', plan: '合作方案', registered: (d: string) => `（${d}注册）` },
  en: { title: 'Su-Xin (Suzhou–Xinyang) cooperation', plan: 'Cooperation plan', registered: (d: string) => ` (registered ${d})` },
};

/** The Suzhou–Xinyang partnership: the plan that names the zone as its platform, and the company set up for it. */
export function SuXinItems() {
  const lang = useLang();
  const m = M[lang];
  const query = useQuery(cooperationQuery());
  return (
    <div>
      <h3 className="panel-title">{m.title}</h3>
      <QueryWidget query={query} minHeight={96}>
        {({ suXin }) => (
          <ul className="list">
            <FactItem fact={suXin.plan} />
            {/* The letter gives the month only ("2023年5月"), so no day is shown. */}
            <FactItem fact={suXin.company}>{m.registered(formatDate(suXin.registered, lang, 'month'))}</FactItem>
          </ul>
        )}
      </QueryWidget>
    </div>
  );
}
