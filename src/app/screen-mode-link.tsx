import { parseAsString, useQueryStates } from 'nuqs';
import type { MouseEvent } from 'react';
import { filterParsers, langParser, viewParsers } from '@/lib/url-state';
import { useMessages } from '@/stores/use-messages';
import { loadBigScreen } from './big-screen-slot';

const keys = { mode: parseAsString };
/** The rest of what a link carries: the href follows the language, the view and the filters as they change. */
const linkKeys = { ...viewParsers, lang: langParser, ...filterParsers };

const screenHref = (state: Record<string, string | null>) => {
  if (typeof location === 'undefined') return '';
  const params = new URLSearchParams(location.search);
  // nuqs writes the address a moment after its state changes: the state has the latest filters and language.
  for (const [key, value] of Object.entries(state)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  params.set('mode', 'screen');
  return `${location.pathname}?${params.toString().replace(/%2C/g, ',')}`;
};

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
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void setParams({ mode: 'screen' }, { history: 'push', scroll: true });
  };
  return (
    <a className="button" href={href} onClick={onClick} onPointerEnter={prefetch} onFocus={prefetch}>{m.screenMode}</a>
  );
}
