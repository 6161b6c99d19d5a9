import { parseAsString, useQueryStates } from 'nuqs';
import type { MouseEvent } from 'react';
import { isPlainClick, langParser, searchWith, viewParsers } from '@/lib/url-state';
import { filterParsers } from '@/projects/selection/filter-params';
import { useMessages } from '@/lib/i18n/use-messages';
import { loadBigScreen } from './big-screen-slot';

const keys = { mode: parseAsString };
/** The rest of what a link carries: the href follows the language, the view and the filters as they change. */
const linkKeys = { ...viewParsers, lang: langParser, ...filterParsers };

// nuqs writes the address a moment after its state changes: the state has the latest filters and language.
const screenHref = (state: Record<string, string | null>) =>
  (typeof location === 'undefined' ? '' : `${location.pathname}?${searchWith(location.search, { ...state, mode: 'screen' })}`);

/**
 * Opens the big-screen mode of what is shown now (same language and filters): a real link, so it can be opened
 * on the meeting-room PC or copied; clicked, it switches in place with one history entry (Back returns). The
 * mode's chunk starts downloading as the pointer or focus comes to the link.
 */
export function ScreenModeLink() {
  const m = useMessages();
  const [, setParams] = useQueryStates(keys);
  const [rest] = useQueryStates(linkKeys);
  const href = screenHref(rest);
  const prefetch = () => void loadBigScreen().catch(() => {});
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    void setParams({ mode: 'screen' }, { history: 'push', scroll: true });
  };
  return (
    <a className="button" href={href} onClick={onClick} onPointerEnter={prefetch} onFocus={prefetch}>{m.screenMode}</a>
  );
}
