import type { LocalText } from '@/contract/schemas';
import type { Lang } from './format';
import { textIn } from './local-text';

/**
 * Official names (categories, parks, funds…) come from the data, with their provenance; the app's own
 * vocabulary (stages, statuses) is in the dictionaries (src/lib/i18n).
 */

/** A list of named ids the API sent (categories, parks, units). */
export type NamedIds = readonly { id: string; name: LocalText }[];

/**
 * The label of an id from a list the API sent (categories, parks); an unknown id shows as itself, never blank.
 * A name the source gave in Chinese only stays Chinese on the English page.
 */
export function nameOf(list: NamedIds, id: string, lang: Lang): string {
  const found = list.find((x) => x.id === id);
  return found ? textIn(found.name, lang) : id;
}

/** A stage in the app's words, with the source's own wording beside it when it has one: 在建（续建）. */
export const stageWords = (stage: string, own: string | undefined, m: { aside: (text: string) => string }): string =>
  (own ? `${stage}${m.aside(own)}` : stage);
