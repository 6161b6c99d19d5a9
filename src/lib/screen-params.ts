/**
 * The big-screen mode's share of the URL: `?mode=screen&panel=energy&interval=30` sets up a meeting-room screen
 * from a link. Like the filters (url-state.ts), nuqs hands over the raw strings and these pure functions judge
 * them, so a link with a value we cannot use is told what was ignored instead of silently showing something else.
 */
import { searchWith, shown } from './url-state';


/** The parameters this mode owns; leaving the mode drops exactly these, and keeps the rest (lang, filters…). */
export const SCREEN_KEYS = ['mode', 'panel', 'interval'] as const;

/** Seconds. Below 10 a panel is gone before a room has read it; above 10 minutes it is not a rotation. */
export const MIN_INTERVAL = 10;
export const MAX_INTERVAL = 600;
/** Whole or decimal seconds, nothing else (no units, no signs, no exponents). */
const SECONDS_FORM = /^\d{1,7}(\.\d{1,3})?$/;

export interface ScreenParams<P extends string = string> {
  panel: P;
  /** Seconds between panels; null: no rotation, the panels move only by key or button. */
  interval: number | null;
  /** Values ignored, as `key=value` for the notice. */
  rejected: string[];
  /** An interval outside the bounds, brought inside them: what the link said and what is used. */
  clamped: { from: string; to: number } | null;
  /** What the URL should say instead, for each key that was corrected (null: remove it). */
  fixes: { panel?: null; interval?: string | null };
}


/**
 * Raw `panel` and `interval` → what the screen shows, among `panels` (the app's registry, in the order ←/→ and the
 * rotation walk them). No panel is the first one; an unknown panel shows the first and is reported. No interval means no rotation; a number of seconds is rounded and clamped to 10–600 (reported
 * as adjusted); anything else (text, zero, a negative) is reported and dropped.
 */
export function parseScreenParams<P extends string>(raw: { panel?: string | null; interval?: string | null }, panels: readonly [P, ...P[]]): ScreenParams<P> {
  const out: ScreenParams<P> = { panel: panels[0], interval: null, rejected: [], clamped: null, fixes: {} };
  const panel = raw.panel ?? '';
  if ((panels as readonly string[]).includes(panel)) out.panel = panel as P;
  else if (panel !== '') { out.rejected.push(shown('panel', panel)); out.fixes.panel = null; }

  const interval = (raw.interval ?? '').trim();
  if (interval === '') return out;
  const seconds = SECONDS_FORM.test(interval) ? Math.round(Number(interval)) : NaN;
  if (!(seconds > 0)) {
    out.rejected.push(shown('interval', raw.interval ?? ''));
    out.fixes.interval = null;
    return out;
  }
  const used = Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, seconds));
  out.interval = used;
  if (String(used) !== raw.interval) {
    out.fixes.interval = String(used);
    if (used !== seconds) out.clamped = { from: interval.slice(0, 12), to: used };
  }
  return out;
}

/** The panel `step` places away, wrapping at both ends (→ on the last panel shows the first). */
export function stepPanel<P extends string>(current: P, step: number, panels: readonly [P, ...P[]]): P {
  const n = panels.length;
  const at = panels.indexOf(current);
  return panels[(((at + step) % n) + n) % n] ?? panels[0];
}

/** The normal dashboard at the same place: the same query minus the mode's own keys (commas kept readable, as nuqs writes them). */
export function exitScreenSearch(search: string): string {
  const out = searchWith(search, Object.fromEntries(SCREEN_KEYS.map((key) => [key, null])));
  return out ? `?${out}` : '';
}
