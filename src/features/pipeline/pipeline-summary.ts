import { CATEGORIES, STAGES, type Category, type Project, type Projects, type Stage } from '@/contract/schemas';
import { formatMoneyWan, type Lang } from '@/lib/format';
import { nameOf, STAGE_LABEL } from '@/lib/labels';
import type { GroupRow, ProgressPoint } from './pipeline-logic';

export interface MatrixRow {
  category: Category;
  cells: Record<Stage, { count: number; plannedWan: number }>;
}

export function matrix(items: readonly Project[]): MatrixRow[] {
  return CATEGORIES.map((category) => {
    const cells = Object.fromEntries(STAGES.map((s) => [s, { count: 0, plannedWan: 0 }])) as MatrixRow['cells'];
    for (const p of items) {
      if (p.category !== category) continue;
      cells[p.stage].count += 1;
      cells[p.stage].plannedWan += p.plannedWan;
    }
    return { category, cells };
  });
}

const join = (parts: string[], lang: Lang) => parts.join(lang === 'zh' ? '，' : ', ');

/** "26个项目中，谋划16个，签约2个…" — generated from the data, never written by hand. */
export function stageSummary(stages: GroupRow<Stage>[], categories: GroupRow<Category>[], names: Projects['categories'], lang: Lang): string {
  const total = stages.reduce((s, r) => s + r.count, 0);
  const st = stages.filter((r) => r.count > 0).map((r) =>
    lang === 'zh' ? `${STAGE_LABEL.zh[r.key]}${r.count}个` : `${r.count} ${STAGE_LABEL.en[r.key].toLowerCase()}`);
  const cat = categories.filter((r) => r.count > 0).map((r) =>
    lang === 'zh' ? `${nameOf(names, r.key, lang)}${r.count}个` : `${nameOf(names, r.key, lang).toLowerCase()} ${r.count}`);
  return lang === 'zh'
    ? `${total}个项目中，${join(st, lang)}；按类别（类别名称为推断），${join(cat, lang)}（逐项阶段为示例数据）。`
    : `Of ${total} projects: ${join(st, lang)}; by category (names inferred), ${join(cat, lang)} (per-project stages are illustrative).`;
}

export function progressSummary(points: ProgressPoint[], lang: Lang): string {
  const last = points[points.length - 1];
  if (!last) return '';
  const gap = last.plannedWan - last.completedWan;
  const done = formatMoneyWan(last.completedWan, lang);
  const due = formatMoneyWan(last.plannedWan, lang);
  const diff = formatMoneyWan(Math.abs(gap), lang);
  if (lang === 'zh') {
    return `截至数据日，已开工项目按计划应完成投资${due}，实际完成${done}，${gap > 0 ? `落后${diff}` : gap < 0 ? `超前${diff}` : '与计划持平'}（示例数据）。`;
  }
  return `By the as-of date, started projects were due to have invested ${due} and invested ${done}, ${gap > 0 ? `${diff} behind` : gap < 0 ? `${diff} ahead` : 'exactly on plan'} (illustrative).`;
}
