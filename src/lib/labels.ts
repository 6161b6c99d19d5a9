import type { Stage } from '@/contract/schemas';
import type { Lang } from './format';

/**
 * The app's own stage vocabulary, shared by charts, tables, filters and exports. Official names (categories,
 * parks, funds…) are not here: they come from the data, with their provenance.
 */
export const STAGE_LABEL: Record<Lang, Record<Stage, string>> = {
  zh: { planning: '谋划', signed: '签约', approval: '审批', construction: '在建', completed: '建成/投产' },
  en: { planning: 'Planning', signed: 'Signed', approval: 'Approval', construction: 'Under construction', completed: 'Completed' },
};

/** The label of an id from a list the API sent (categories, parks); an unknown id shows as itself, never blank. */
export function nameOf(list: readonly { id: string; name: { zh: string; en: string } }[], id: string, lang: Lang): string {
  return list.find((x) => x.id === id)?.name[lang] ?? id;
}
