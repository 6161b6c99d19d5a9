import type { Project } from '@/contract/schemas';

/**
 * Which record of last month is which of this month. A ledger's own project number (项目编号) is the key when
 * every record of both months has one; otherwise the name and the responsible unit, normalised (width, case,
 * spaces and punctuation), so 「xx项目（一期）」 and 「xx项目(一期)」 are one project but the same name under
 * two units is two. A key that two records of one month share matches nothing: such records are listed as new
 * and gone with the reason, never merged by guess.
 */
export type MatchBy = 'code' | 'name-unit';

export interface MonthMatch {
  by: MatchBy;
  /** This month's record and last month's, for every key both months have exactly once. */
  pairs: { key: string; current: Project; previous: Project }[];
  /** In this month only (or sharing its key with another record of this month: `duplicate`). */
  added: { project: Project; duplicate: boolean }[];
  /** In last month only (or sharing its key there). */
  gone: { project: Project; duplicate: boolean }[];
}

// Whitespace, and the punctuation ledgers write in either width: （）()【】[]《》「」“”"'、，,.。·・-—_ and so on.
const NOISE = /[\s\p{P}\p{S}]+/gu;

/** A name or unit as a key: NFKC (full-width to half), lower case, no spaces or punctuation. */
export const normaliseName = (s: string): string => s.normalize('NFKC').toLowerCase().replace(NOISE, '');

export function keyOf(p: Project, by: MatchBy): string {
  return by === 'code' ? `#${normaliseName(p.code ?? '')}` : `${normaliseName(p.name.zh)}|${normaliseName(p.responsibleUnit.zh)}`;
}

/** Code keys only when both months number every record; a half-numbered ledger falls back to names for all. */
export function matchBy(current: readonly Project[], previous: readonly Project[]): MatchBy {
  const numbered = (xs: readonly Project[]) => xs.length > 0 && xs.every((p) => !!p.code && normaliseName(p.code) !== '');
  return numbered(current) && numbered(previous) ? 'code' : 'name-unit';
}

function byKey(items: readonly Project[], by: MatchBy): Map<string, Project[]> {
  const out = new Map<string, Project[]>();
  for (const p of items) {
    const k = keyOf(p, by);
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

export function matchMonths(current: readonly Project[], previous: readonly Project[]): MonthMatch {
  const by = matchBy(current, previous);
  const now = byKey(current, by);
  const before = byKey(previous, by);
  const pairs: MonthMatch['pairs'] = [];
  const added: MonthMatch['added'] = [];
  const gone: MonthMatch['gone'] = [];
  for (const [key, list] of now) {
    const old = before.get(key);
    if (list.length === 1 && old?.length === 1) pairs.push({ key, current: list[0]!, previous: old[0]! });
    else for (const project of list) added.push({ project, duplicate: list.length > 1 || (old?.length ?? 0) > 1 });
  }
  for (const [key, list] of before) {
    const fresh = now.get(key);
    if (list.length === 1 && fresh?.length === 1) continue;
    for (const project of list) gone.push({ project, duplicate: list.length > 1 || (fresh?.length ?? 0) > 1 });
  }
  return { by, pairs, added, gone };
}
