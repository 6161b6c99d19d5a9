import type { Lang } from '@/lib/format';
import type { EncodingChoice } from '../model/types';
import { CheckReport } from './check-report';
import type { DialogMessages } from './dialog-messages';
import { MappingTable } from './mapping-table';
import { StageTable } from './stage-table';
import type { LedgerImport } from './use-ledger-import';

const ENCODINGS: EncodingChoice[] = ['auto', 'utf-8', 'gb18030'];

/** The file as read: which sheet, where its table is, how its columns map, and what the check found. */
export function ReviewStep({ m, lang, ledger }: { m: DialogMessages; lang: Lang; ledger: LedgerImport }) {
  const { state, choices, result, asOf } = ledger;
  if (state.phase !== 'review') return null;
  const { workbook, file } = state;
  const analysis = choices?.analysis;
  return (
    <div className="ledger-review">
      <p className="ledger-file-line">
        <span lang="zh">{file.name}</span>{' '}
        <button type="button" className="button" onClick={ledger.restart}>{m.another}</button>
      </p>
      {workbook.format === 'csv' ? (
        <p className="ledger-encoding">
          <label>
            {m.encoding}{' '}
            <select value={ledger.encoding} onChange={(e) => void ledger.read(file, e.currentTarget.value as EncodingChoice)}>
              {ENCODINGS.map((e) => <option key={e} value={e}>{m.encodings[e]}</option>)}
            </select>
          </label>{' '}
          {workbook.encoding ? <span className="meta">{m.encodingUsed(m.encodings[workbook.encoding.used])}</span> : null}
        </p>
      ) : null}
      {workbook.replacementInHeader ? <p className="ledger-warning" role="alert">{m.encodingWarning}</p> : null}
      {workbook.sheets.length > 1 ? (
        <p>
          <label>
            {m.sheet}{' '}
            <select value={choices?.sheet ?? ''} onChange={(e) => ledger.chooseSheet(e.currentTarget.value)}>
              {choices ? null : <option value="">—</option>}
              {workbook.sheets.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
            </select>
          </label>
        </p>
      ) : null}
      {!choices || !analysis ? (
        <p className="ledger-warning" role="alert">{m.sheetNoTable(workbook.sheets[0]?.name ?? file.name)}</p>
      ) : (
        <>
          <p className="meta">
            {m.found(analysis.headerRows[0], analysis.headerRows[1], analysis.dataRows)}{' '}
            {analysis.defaultUnit.from === 'unit-row' ? m.unitRow(analysis.defaultUnit.unit === 'yi' ? '亿元' : '万元') : m.unitAssumed}
          </p>
          <MappingTable m={m} lang={lang} choices={choices} onMapping={(mapping) => ledger.update({ mapping })} onUnits={(columnUnits) => ledger.update({ columnUnits })} />
          <StageTable m={m} lang={lang} words={choices.stageWords} stages={choices.stages} onChange={(stages) => ledger.update({ stages })} />
          <p className="ledger-as-of">
            <label>
              {m.asOf}{' '}
              <input type="date" required value={asOf.date} onChange={(e) => ledger.setAsOf({ date: e.currentTarget.value, from: 'user' })} />
            </label>{' '}
            <span className="meta">
              {asOf.from === 'title' ? m.asOfFrom.title(analysis.title ?? '') : asOf.from === 'file' ? m.asOfFrom.file : m.asOfFrom.user}
            </span>
          </p>
          {result ? <CheckReport m={m} lang={lang} result={result} fileName={file.name} /> : null}
        </>
      )}
    </div>
  );
}
