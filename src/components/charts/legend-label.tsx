import type { ReactNode } from 'react';
import { ProvenanceBadge } from '../provenance-badge';
import type { Series } from './chart-types';

/**
 * The legend's words for a series: its name, and for an illustrative series the ※ glyph, which a panel note
 * silences (MarkScope) when every series is illustrative. The words 示例 stay out of the on-screen name; an
 * exported legend adds them (ChartPanel), since a picture travels without its panel.
 */
export function legendLabel(series: readonly Series[]): (name: string) => ReactNode {
  const illustrative = new Set(series.filter((s) => s.illustrative).map((s) => s.label));
  return (name) => {
    const shown = shortName(name);
    return illustrative.has(name) ? <>{shown} <ProvenanceBadge provenance="illustrative" /></> : shown;
  };
}

/** Past this many characters a series' name (a fund's, from the data) is cut to one line, whole in its title. */
export const LEGEND_MAX_CHARS = 24;

const shortName = (name: string): ReactNode =>
  (name.length > LEGEND_MAX_CHARS ? <span className="legend-name" title={name}>{name}</span> : name);
