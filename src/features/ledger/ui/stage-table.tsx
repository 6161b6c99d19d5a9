import { STAGE_LABELS } from '../model/stages';
import { STAGE_IDS, type StageId, type StageMap } from '../model/types';
import type { Lang } from '@/lib/format';
import type { DialogMessages } from './dialog-messages';

/** The ledger's own words for a project's stage (续建, 前期…) beside the dashboard stage each becomes. */
interface Props { m: DialogMessages; lang: Lang; words: readonly string[]; stages: StageMap; onChange: (s: StageMap) => void }

export function StageTable({ m, lang, words, stages, onChange }: Props) {
  if (!words.length) return null;
  return (
    <section className="ledger-section" aria-labelledby="ledger-stages-title">
      <h3 id="ledger-stages-title">{m.stages}</h3>
      <p className="meta">{m.stagesHint}</p>
      <table className="data-table ledger-stages">
        <caption className="visually-hidden">{m.stages}</caption>
        <thead><tr><th scope="col">{m.ledgerWord}</th><th scope="col">{m.stage}</th></tr></thead>
        <tbody>
          {words.map((word) => (
            <tr key={word}>
              <th scope="row" lang="zh">{word}</th>
              <td>
                <select aria-label={`${m.stage}：${word}`} value={stages[word] ?? ''} onChange={(e) => onChange({ ...stages, [word]: e.currentTarget.value as StageId })}>
                  {stages[word] ? null : <option value="">{m.chooseStage}</option>}
                  {STAGE_IDS.map((id) => <option key={id} value={id}>{STAGE_LABELS[id][lang]}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
