import type { LocalText } from '@/contract/schemas';
import { langOf, textIn } from '@/lib/local-text';
import { useLang } from '@/stores/language-store';

/** A name from the data in the page's language, or its Chinese marked `lang="zh"` (screen readers switch voice). */
export function LocalName({ text }: { text: LocalText }) {
  const lang = useLang();
  const shown = textIn(text, lang);
  const tag = langOf(text, lang);
  return tag ? <span lang={tag}>{shown}</span> : <>{shown}</>;
}
