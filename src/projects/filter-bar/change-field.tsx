import { useId } from 'react';
import { useMessages } from '@/lib/i18n/use-messages';
import { useLang } from '@/stores/language-store';
import { MONTHS_MESSAGES } from '@/projects/months/months-messages';
import { CHANGE_KINDS, type ChangeKind } from '@/projects/months/kinds';

/**
 * 较上月: narrow the list to one kind of change since the previous published month. Offered only when there is
 * a previous month to compare with (the caller decides), so it never offers a change nobody can compute.
 */
export function ChangeField({ label, value, onChange }: { label: string; value: string | null; onChange: (kind: ChangeKind | null) => void }) {
  const id = useId();
  const m = useMessages();
  const lang = useLang();
  return (
    <label className="filter-field filter-change" htmlFor={id}>
      <span>{label}</span>
      <select id={id} className="select" value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as ChangeKind | null)}>
        <option value="">{m.filters.all}</option>
        {CHANGE_KINDS.map((k) => <option key={k} value={k}>{MONTHS_MESSAGES[lang].kinds[k]}</option>)}
      </select>
    </label>
  );
}
