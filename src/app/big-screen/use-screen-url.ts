import { parseAsString, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { exitScreenSearch, parseScreenParams, type ScreenParams } from '@/lib/screen-params';
import { SCREEN_PANEL_IDS, type ScreenPanel } from './screen-panels';
import { isPlainClick, langParser, searchWith, viewParsers } from '@/lib/url-state';
import { filterParsers } from '@/projects/selection/filter-params';

const keys = { panel: parseAsString, interval: parseAsString };
const exitKeys = { mode: parseAsString, panel: parseAsString, interval: parseAsString };
/** Everything else a link carries: the exit link re-renders when any of it changes (a segment chosen in a chart). */
const restKeys = { ...viewParsers, lang: langParser, ...filterParsers };

export interface ScreenUrl {
  panel: ScreenPanel;
  interval: number | null;
  /** What the opened link said that could not be used, kept after the URL is corrected (for the notice). */
  rejected: string[];
  clamped: ScreenParams['clamped'];
  /** Shows a panel. Replaces the history entry: a screen rotating all afternoon must not fill Back with panels. */
  show: (panel: ScreenPanel) => void;
}

/**
 * The mode's panel and interval in the URL, so a link sets up a screen. A value we cannot use is reported, and
 * the URL corrected in place (replacing the entry), the way the filters and the view do it.
 */
export function useScreenUrl(): ScreenUrl {
  const [raw, setParams] = useQueryStates(keys);
  const parsed = useMemo(() => parseScreenParams(raw, SCREEN_PANEL_IDS), [raw]);
  const [report, setReport] = useState<Pick<ScreenParams, 'rejected' | 'clamped'>>({ rejected: [], clamped: null });
  // Kept after the correction (which makes the URL clean again), for as long as the screen is up.
  const seen = parsed.rejected.length > 0 || parsed.clamped !== null;
  if (seen && (parsed.rejected.join() !== report.rejected.join() || parsed.clamped?.from !== report.clamped?.from)) {
    setReport({ rejected: parsed.rejected, clamped: parsed.clamped });
  }
  const fixes = JSON.stringify(parsed.fixes);
  useEffect(() => {
    const patch = JSON.parse(fixes) as ScreenParams['fixes'];
    if (Object.keys(patch).length > 0) void setParams(patch, { history: 'replace' });
  }, [fixes, setParams]);
  const show = useCallback((panel: ScreenPanel) => void setParams({ panel }, { history: 'replace' }), [setParams]);
  return { panel: parsed.panel, interval: parsed.interval, rejected: report.rejected, clamped: report.clamped, show };
}

/**
 * The way back: a real link to the same address minus mode, panel and interval (it can be opened in a new tab),
 * which, clicked, leaves the mode in place through nuqs, adding a history entry as entering it did.
 */
export function useExitLink(onLeave?: () => void): { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } {
  const [, setParams] = useQueryStates(exitKeys);
  // nuqs writes the address a moment after its state changes: the state has the latest filters and language.
  const [rest] = useQueryStates(restKeys);
  const href = typeof location === 'undefined' ? '' : `${location.pathname}${exitScreenSearch(searchWith(location.search, rest))}`;
  const onClick = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onLeave?.();
    void setParams({ mode: null, panel: null, interval: null }, { history: 'push', scroll: true });
  }, [onLeave, setParams]);
  return { href, onClick };
}
