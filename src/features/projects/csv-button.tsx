import { useQuery } from '@tanstack/react-query';
import { summaryQuery } from '@/api/queries';
import type { Project, Projects } from '@/contract/schemas';
import { isWeChat } from '@/lib/download';
import { useSaveFile } from '@/components/downloads';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';
import { CSV_MIME, csvFileName, projectsCsv } from './projects-csv';

interface Props {
  /** Exactly the rows on screen: filtered and sorted as the table shows them. */
  rows: readonly Project[];
  data: Projects;
  /** The active filters in words (the chips' text), for the file name. */
  filtersLabel: string;
}

/**
 * The CSV of the rows on screen, in the language on screen. WeChat's browser cannot save a file, so there the
 * button gives way to a note saying to open the page in the system browser (在浏览器打开).
 */
export function CsvButton({ rows, data, filtersLabel }: Props) {
  const lang = useLang();
  const m = useMessages();
  const pm = usePlannerMessages();
  const saveFile = useSaveFile();
  const summary = useQuery(summaryQuery());
  if (typeof navigator !== 'undefined' && isWeChat(navigator.userAgent)) {
    return <p className="url-note" role="note">{m.projectsCsv.wechat}</p>;
  }
  const download = () => {
    const csv = projectsCsv(rows, { lang, asOf: data.asOf, parks: data.parks, categories: data.categories });
    const zoneShortName = summary.data?.zone.shortName[lang] ?? '';
    saveFile(new Blob([csv], { type: CSV_MIME }), csvFileName({ zoneShortName, filtersLabel, asOf: data.asOf, lang }));
  };
  return <button type="button" className="button" onClick={download}>{pm.planner.csv}</button>;
}
