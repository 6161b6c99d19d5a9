import { Clamped } from '@/components/clamped';
import { formatMoneyWan } from '@/lib/format';
import type { FilterKey, FilterParams } from '@/projects/selection/filter-params';
import type { Lang } from '@/lib/format';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';
import type { PlannerMessages } from '@/projects/messages';

export interface Chip {
  key: FilterKey;
  /** The item a list chip removes; none for a bound or the search. */
  item?: string;
  /** What the chip says, e.g. 类别：新工科. */
  text: string;
}

/** One chip per active value: each list item, each bound, the search. Labels come from the same options as the menus. */
export function chipsOf(params: FilterParams, names: Partial<Record<FilterKey, (id: string) => string>>, fields: Record<FilterKey, string>,
  m: PlannerMessages, lang: Lang): Chip[] {
  const chips: Chip[] = [];
  for (const key of ['category', 'stage', 'status', 'park', 'unit'] as const) {
    for (const item of (params[key] ?? '').split(',').filter(Boolean)) {
      chips.push({ key, item, text: m.chips.item(fields[key], names[key]?.(item) ?? item) });
    }
  }
  if (params.min) chips.push({ key: 'min', text: m.chips.min(formatMoneyWan(Number(params.min), lang)) });
  if (params.max) chips.push({ key: 'max', text: m.chips.max(formatMoneyWan(Number(params.max), lang)) });
  if (params.q?.trim()) chips.push({ key: 'q', text: m.chips.item(fields.q, params.q.trim()) });
  if (params.change) chips.push({ key: 'change', text: m.chips.item(fields.change, names.change?.(params.change) ?? params.change) });
  return chips;
}

/**
 * The active filters as removable chips, and "clear all". Each chip is a list item (a record of its own, so a
 * searched name sits in its chip, not next to a chart's figures). data-rule: the bounds a reader typed are their
 * own criteria, not figures about the zone, so they carry no provenance mark.
 */
export function FilterChips({ chips, onRemove, onClear }: { chips: readonly Chip[]; onRemove: (chip: Chip) => void; onClear: () => void }) {
  const m = usePlannerMessages();
  if (chips.length === 0) return null;
  return (
    <div className="chips" data-rule="">
      <ul className="chip-list" aria-label={m.chips.label}>
        {chips.map((chip) => (
          <li key={`${chip.key}-${chip.item ?? ''}`} className="chip">
            <Clamped text={chip.text} />
            <button type="button" className="chip-remove" aria-label={m.chips.remove(chip.text)} onClick={() => onRemove(chip)}>×</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onClear}>{m.chips.clearAll}</button>
    </div>
  );
}
