import { STAGES, type Category, type Project, type Projects, type Stage } from '@/contract/schemas';
import { formatMoneyWan, type Lang } from '@/lib/format';
import { MESSAGES, plural } from '@/lib/i18n';
import { nameOf } from '@/lib/labels';
import type { GroupRow, ProgressPoint } from './pipeline-logic';

export interface MatrixRow {
  category: Category;
  cells: Record<Stage, { count: number; plannedWan: number }>;
}

/** One row per category of the data, in its order. */
export function matrix(items: readonly Project[], categories: readonly { id: Category }[]): MatrixRow[] {
  return categories.map(({ id: category }) => {
    const cells = Object.fromEntries(STAGES.map((s) => [s, { count: 0, plannedWan: 0 }])) as MatrixRow['cells'];
    for (const p of items) {
      if (p.category !== category) continue;
      cells[p.stage].count += 1;
      cells[p.stage].plannedWan += p.plannedWan;
    }
    return { category, cells };
  });
}

/** "26个项目中，谋划16个，签约2个…" — generated from the data, never written by hand. */
export function stageSummary(stages: GroupRow<Stage>[], categories: GroupRow<Category>[], names: Projects['categories'], lang: Lang): string {
  const msg = MESSAGES[lang];
  const m = msg.pipeline.summary;
  const total = stages.reduce((s, r) => s + r.count, 0);
  const st = stages.filter((r) => r.count > 0).map((r) => m.stage(msg.stage[r.key], r.count));
  const cat = categories.filter((r) => r.count > 0).map((r) => m.category(nameOf(names, r.key, lang), r.count));
  const note = names.some((c) => c.provenance === 'inferred') ? m.inferredNames : '';
  return plural(total, m.all, lang)(total, st.join(msg.sep.clause), cat.join(msg.sep.clause), note);
}

export function progressSummary(points: ProgressPoint[], lang: Lang): string {
  const last = points[points.length - 1];
  if (!last) return '';
  const gap = last.plannedWan - last.completedWan;
  const done = formatMoneyWan(last.completedWan, lang);
  const due = formatMoneyWan(last.plannedWan, lang);
  const diff = formatMoneyWan(Math.abs(gap), lang);
  const m = MESSAGES[lang].pipeline.summary;
  return m.progress(due, done, gap > 0 ? m.behind(diff) : gap < 0 ? m.ahead(diff) : m.even);
}
