import type { Energy, EnergyProject, Figure } from '@/contract/schemas';
import { formatNumber, formatQuantity, type Lang } from '@/lib/format';
import { MESSAGES, plural } from '@/lib/i18n';

/**
 * A capacity on the common MW axis, or null when it is not a power figure (the hydrogen line is 台套).
 * Conversion only: 3 GW is drawn at 3000 MW but always labelled with the letter's own "3 GW".
 */
export function toMw(capacity: Pick<Figure, 'value' | 'unit'>): number | null {
  if (capacity.unit === 'MW') return capacity.value;
  if (capacity.unit === 'GW') return capacity.value * 1000;
  return null;
}

export interface EnergyRow {
  [key: string]: string | number;
  id: string;
  name: string;
  /** The project's own figure as the letter states it: "3 GW", "300 MW", "200台套". */
  own: string;
  /** Bar label: name plus own figure, so the axis never shows a converted number as the letter's. */
  label: string;
  stage: string;
}

/** Every project, in the letter's order, for the table; none of them is summed with another. */
export function energyTableRows(data: Energy, lang: Lang): EnergyRow[] {
  return data.projects.map((p) => {
    const own = formatQuantity(p.capacity, lang);
    return { id: p.id, name: p.name[lang], own, label: `${p.name[lang]} ${own}`, stage: p.stage.text[lang] };
  });
}

export type EnergyChartRow = EnergyRow & { mw: number };

/** Only the projects measured in power go on the MW axis. */
export function energyChartRows(data: Energy, lang: Lang): EnergyChartRow[] {
  const table = energyTableRows(data, lang);
  return data.projects.flatMap((p, i) => {
    const mw = toMw(p.capacity);
    const row = table[i];
    return mw === null || !row ? [] : [{ ...row, mw }];
  });
}

/**
 * Tooltip text for a bar: the project's own figure ("3 GW") rather than the converted MW value. Found by the
 * hovered row's id, not by the value: two projects of equal capacity plot the same MW.
 */
export function energyValueLabel(rows: readonly EnergyChartRow[], lang: Lang): (mw: number, row?: { id?: unknown }) => string {
  const ownById = new Map(rows.map((r) => [r.id, r.own]));
  return (mw, row) => (typeof row?.id === 'string' ? ownById.get(row.id) : undefined) ?? formatQuantity({ value: mw, unit: 'MW' }, lang);
}

/** Projects that cannot share the MW axis (different unit); they are listed in the table and the summary. */
export const offAxisProjects = (data: Energy): EnergyProject[] => data.projects.filter((p) => toMw(p.capacity) === null);

const sameStage = (data: Energy) => new Set(data.projects.map((p) => p.stage.text.zh)).size === 1;

/**
 * Each project with its own figure; deliberately no total, because the letter gives none and
 * GW, MW and 台套 do not add up.
 */
export function energySummary(data: Energy, lang: Lang): string {
  const msg = MESSAGES[lang];
  const m = msg.energy.summary;
  const n = formatNumber(data.projects.length, lang);
  const onAxis = data.projects.filter((p) => toMw(p.capacity) !== null);
  const off = offAxisProjects(data);
  const item = (p: EnergyProject) => m.item(p.name[lang], formatQuantity(p.capacity, lang));
  const own = (p: EnergyProject) => m.own(p.name[lang], formatQuantity(p.capacity, lang));
  const first = data.projects[0]?.stage.text;
  // The English also quotes the letter's own stage words, so a reader can match them to the source.
  const head = sameStage(data) ? m.sameStage({ n, stage: first?.[lang] ?? '', quoted: first?.zh ?? '' }) : m.mixedStages(n);
  const storage = onAxis.length ? m.onAxis(onAxis.map(item).join(msg.sep.enumeration)) : '';
  const rest = off.length ? plural(off.length, m.offAxis, lang)(off.map(own).join(msg.sep.enumeration)) : '';
  return m.end(`${head}${storage}${rest}`);
}
