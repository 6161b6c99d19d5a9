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
  return (name) => (illustrative.has(name) ? <>{name} <ProvenanceBadge provenance="illustrative" /></> : name);
}
