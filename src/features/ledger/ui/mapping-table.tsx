import { FIELD_LABELS } from '../model/fields';
import { AMOUNT_FIELDS, FIELDS, REQUIRED_FIELDS, type AmountUnit, type FieldId, type Mapping } from '../model/types';
import type { Lang } from '@/lib/format';
import type { DialogMessages } from './dialog-messages';
import type { SheetChoices } from './use-ledger-import';

const IGNORED_ON_PURPOSE: readonly FieldId[] = ['contact', 'phone'];
const isAmount = (f: FieldId): f is (typeof AMOUNT_FIELDS)[number] => (AMOUNT_FIELDS as readonly FieldId[]).includes(f);
const isRequired = (f: FieldId) => (REQUIRED_FIELDS as readonly FieldId[]).includes(f);
const UNIT_WORDS: Record<AmountUnit, string> = { wan: '万元', yi: '亿元' };

interface Props {
  m: DialogMessages;
  lang: Lang;
  choices: SheetChoices;
  onMapping: (mapping: Mapping) => void;
  onUnits: (units: Record<number, AmountUnit>) => void;
}

/**
 * Which column holds each field, with what the first rows say in it: a planner sees at once that 总投资 is
 * read from the right column, and in which unit. Contact columns are never imported (they name people).
 */
export function MappingTable({ m, lang, choices, onMapping, onUnits }: Props) {
  const { analysis, mapping, columnUnits } = choices;
  const columns = analysis.columns;
  const used = new Set(Object.values(mapping));
  const ignored = columns.filter((c) => !used.has(c.index) && c.header);
  const unitOf = (index: number): AmountUnit => columnUnits[index] ?? columns.find((c) => c.index === index)?.unit ?? analysis.defaultUnit.unit;
  const setField = (field: FieldId, raw: string) => {
    const next: Mapping = { ...mapping };
    if (raw === '') delete next[field];
    else next[field] = Number(raw);
    onMapping(next);
  };
  return (
    <section className="ledger-section" aria-labelledby="ledger-mapping-title">
      <h3 id="ledger-mapping-title">{m.mapping}</h3>
      <p className="meta">{m.mappingHint}</p>
      <div className="table-scroll" role="region" aria-label={m.mapping} tabIndex={0}>
        <table className="data-table ledger-mapping">
          <caption className="visually-hidden">{m.mapping}</caption>
          <thead>
            <tr><th scope="col">{m.field}</th><th scope="col">{m.column}</th><th scope="col">{m.unit}</th><th scope="col">{m.samples}</th></tr>
          </thead>
          <tbody>
            {FIELDS.filter((f) => !IGNORED_ON_PURPOSE.includes(f)).map((field) => {
              const index = mapping[field];
              const column = index === undefined ? undefined : columns.find((c) => c.index === index);
              const label = FIELD_LABELS[field][lang];
              return (
                <tr key={field}>
                  <th scope="row">{label}{isRequired(field) ? <span className="ledger-required">（{m.required}）</span> : null}</th>
                  <td>
                    <select aria-label={label} value={index ?? ''} onChange={(e) => setField(field, e.currentTarget.value)}>
                      <option value="">{m.notMapped}</option>
                      {columns.map((c) => <option key={c.index} value={c.index}>{c.header || `#${c.index + 1}`}</option>)}
                    </select>
                  </td>
                  <td>
                    {index !== undefined && isAmount(field) ? (
                      <select aria-label={`${label} ${m.unit}`} value={unitOf(index)} onChange={(e) => onUnits({ ...columnUnits, [index]: e.currentTarget.value as AmountUnit })}>
                        <option value="wan">{UNIT_WORDS.wan}</option>
                        <option value="yi">{UNIT_WORDS.yi}</option>
                      </select>
                    ) : null}
                  </td>
                  <td className="ledger-samples">{column?.samples.join('；') ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {ignored.length ? <p className="meta">{m.ignored(ignored.map((c) => c.header).join('、'))}</p> : null}
      {columns.some((c) => c.field && IGNORED_ON_PURPOSE.includes(c.field)) ? <p className="meta">{m.contactIgnored}</p> : null}
    </section>
  );
}
