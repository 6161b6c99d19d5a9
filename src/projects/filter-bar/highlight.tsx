import type { Range } from '@/projects/selection/name-search';

/**
 * A text with the part a search matched in <mark>: the literal match, or the characters pinyin matched
 * ("sjzx" marks 数据中心). The range is [start, end) in UTF-16 offsets, as src/lib/name-search.ts gives it;
 * none (or an empty one) leaves the text as it is.
 */
export function Highlight({ text, range }: { text: string; range?: Range | null }) {
  if (!range || range[0] >= range[1] || range[1] > text.length) return <>{text}</>;
  const [start, end] = range;
  return <>{text.slice(0, start)}<mark className="search-hit">{text.slice(start, end)}</mark>{text.slice(end)}</>;
}
