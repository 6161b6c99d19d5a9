import { useState, type DragEvent } from 'react';
import { useSaveFile } from '@/components/downloads';
import { ledgerTemplate } from '../read/template';
import type { DialogMessages } from './dialog-messages';

const ACCEPT = '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

/** Where a planner drops or picks the ledger; the templates sit beside it for a zone that has none yet. */
export function FileStep({ m, onFile }: { m: DialogMessages; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const saveFile = useSaveFile();
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const template = async (format: 'xlsx' | 'csv') => {
    saveFile(await ledgerTemplate(format), format === 'xlsx' ? '重点项目台账模板.xlsx' : '重点项目台账模板.csv');
  };
  return (
    <div className="ledger-file-step">
      <p>{m.intro}</p>
      <div
        className={`ledger-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p aria-hidden="true">{m.drop}</p>
        <label className="button button-primary ledger-choose">
          {m.choose}
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // Cleared so choosing the same file again (after fixing it in Excel) reads it again.
              e.currentTarget.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
      </div>
      <p className="ledger-template">
        {m.template}{' '}
        <button type="button" className="button" onClick={() => void template('xlsx')}>{m.templateXlsx}</button>{' '}
        <button type="button" className="button" onClick={() => void template('csv')}>{m.templateCsv}</button>
      </p>
    </div>
  );
}
