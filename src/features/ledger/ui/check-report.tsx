import { useSaveFile } from '@/components/downloads';
import type { Lang } from '@/lib/format';
import { REPORT_COLUMNS, REPORT_WORDS, reportRows } from '../model/report-csv';
import type { CheckResult } from '../model/types';
import type { DialogMessages } from './dialog-messages';

/** Enough rows to read on screen; the CSV holds them all, in the same order. */
const SHOWN = 200;


/**
 * What the check found, row by row, where a planner would look: sheet, row as Excel numbers it, column,
 * value and what is wrong. Errors keep a row out; warnings let it in, marked; notes say what was skipped.
 */
export function CheckReport({ m, lang, result, fileName }: { m: DialogMessages; lang: Lang; result: CheckResult; fileName: string }) {
  const saveFile = useSaveFile();
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const download = async () => {
    const { toCsv, CSV_MIME } = await import('@/lib/csv');
    const csv = toCsv(reportRows(result.issues, lang), REPORT_COLUMNS(lang));
    saveFile(new Blob([csv], { type: CSV_MIME }), m.reportFile(fileName.replace(/\.[^.]+$/, '')));
  };
  const shown = result.issues.slice(0, SHOWN);
  const [, rowCol, columnCol, valueCol, severityCol, problemCol] = REPORT_WORDS[lang].columns;
  return (
    <section className="ledger-section" aria-labelledby="ledger-report-title">
      <h3 id="ledger-report-title">{m.report}</h3>
      <p className="ledger-summary" role="status">{m.summary(result.records.length, result.rejected, warnings)}</p>
      {result.issues.length ? (
        <>
          {/* Focusable, so a keyboard user can scroll a long report too. */}
          <div className="table-scroll ledger-report-scroll" role="region" aria-label={m.report} tabIndex={0}>
            <table className="data-table ledger-report">
              <caption className="visually-hidden">{m.report}</caption>
              <thead>
                <tr>
                  <th scope="col">{rowCol}</th><th scope="col">{columnCol}</th><th scope="col">{valueCol}</th>
                  <th scope="col">{severityCol}</th><th scope="col">{problemCol}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((issue, i) => (
                  <tr key={`${issue.row}-${issue.code}-${i}`} className={`ledger-issue is-${issue.severity}`}>
                    <td>{issue.row}</td>
                    <td lang="zh">{issue.column ?? ''}</td>
                    <td lang="zh">{issue.value ?? ''}</td>
                    <td>{REPORT_WORDS[lang].severity[issue.severity]}</td>
                    <td>{issue.message[lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.issues.length > SHOWN ? <p className="meta">{m.reportMore(SHOWN, result.issues.length)}</p> : null}
          <button type="button" className="button" onClick={() => void download()}>{m.reportCsv}</button>
        </>
      ) : <p className="meta">{m.noIssues}</p>}
    </section>
  );
}
