import { useId } from 'react';
import { isApiError } from '@/api/errors';
import { formatDate } from '@/lib/format';
import { useMessages } from '@/lib/i18n/use-messages';
import { useMonth, useProjects, useRejectedMonth, useSetMonth } from '@/projects/state/month';
import { useLang } from '@/stores/language-store';

/**
 * 月份: any published month, as it was, with every view, export and print (?month=2026-09 in the link). Shown
 * once two or more months are published; the newest is written as no parameter. A link's month that is not a
 * month, or not published, is said here, with the way back to the newest.
 */
export function MonthPicker() {
  const m = useMessages();
  const lang = useLang();
  const id = useId();
  const month = useMonth();
  const rejected = useRejectedMonth();
  const setMonth = useSetMonth();
  const { data, error } = useProjects();
  const months = data?.months ?? [];
  // Published snapshots say so with their fault; a service with months answers the unknown one with a 404.
  const missing = isApiError(error) && (error.fault === 'month' || (error.kind === 'http' && error.status === 404)) && month;
  const label = (x: string) => formatDate(x, lang, 'month');
  return (
    <>
      {months.length >= 2 ? (
        <label className="month-picker" htmlFor={id} data-provenance="documented">
          <span>{m.months.picker.label}</span>
          <select id={id} className="input" value={month && month !== months[0]?.month ? month : ''}
            onChange={(e) => setMonth(e.target.value || null)}>
            {months.map((x, i) => (
              <option key={x.month} value={i === 0 ? '' : x.month}>{i === 0 ? m.months.picker.newest(label(x.month)) : label(x.month)}</option>
            ))}
          </select>
        </label>
      ) : null}
      {rejected ? <p className="url-note" role="status">{m.months.picker.rejected(rejected)}</p> : null}
      {missing ? (
        <p className="url-note" role="alert">
          {m.months.picker.notPublished(label(month))}{' '}
          <button type="button" className="button" onClick={() => setMonth(null)}>{m.months.picker.showNewest}</button>
        </p>
      ) : null}
    </>
  );
}
