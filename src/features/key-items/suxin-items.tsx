import { useQuery } from '@tanstack/react-query';
import { cooperationQuery } from '@/api/queries';
import { QueryWidget } from '@/components/query-widget';
import { formatDate } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { FactItem } from './source-quote';

/** The Suzhou–Xinyang partnership: the plan that names the zone as its platform, and the company set up for it. */
export function SuXinItems() {
  const lang = useLang();
  const m = useMessages().keyItems.suXin;
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
