import type { Lang } from './format';

/**
 * Official names (categories, parks, funds…) come from the data, with their provenance; the app's own
 * vocabulary (stages, statuses) is in the dictionaries (src/lib/i18n).
 */

/** The label of an id from a list the API sent (categories, parks); an unknown id shows as itself, never blank. */
export function nameOf(list: readonly { id: string; name: { zh: string; en: string } }[], id: string, lang: Lang): string {
  return list.find((x) => x.id === id)?.name[lang] ?? id;
}
