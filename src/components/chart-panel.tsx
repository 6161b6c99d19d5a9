import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { Provenance, Source } from '@/contract/schemas';
import type { LegendEntry } from '@/lib/export/compose-svg';
import { formatDate } from '@/lib/format';
import { sourceLine } from '@/lib/source-line';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { ChartExportButton } from './chart-export/export-buttons';
import { useIsCut } from './clamped';
import type { ChartCsv, ExportMenuProps } from './chart-export/export-types';
import { MarkScope, PanelNote } from './mark-scope';
import { PanelBoundary } from './panel-boundary';
import { QueryWidget } from './query-widget';

export type { ChartCsv } from './chart-export/export-types';

/**
 * The chart's sentence. The big screen cuts it at a few lines (styles.css: a name from the data can make it
 * any length, and the stage has a fixed height); cut, its title has the whole. Its own component, so the
 * check re-renders the sentence, not the chart.
 */
function Summary({ id, text }: { id: string; text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const cut = useIsCut(ref, text);
  return <p ref={ref} id={id} className="panel-summary" title={cut ? text : undefined}>{text}</p>;
}
export { CSV_WAN } from './chart-export/export-types';

export interface ChartContent {
  /** One plain sentence generated from the data; it is also the chart's accessible description. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** The series as the legend names them, drawn into an exported image (an illustrative one says so there). */
  legend?: readonly (LegendEntry & { illustrative?: boolean })[];
  /** The chart's own numbers for the CSV export: the table's rows, raw numbers, the unit in the header. */
  csv?: ChartCsv;
}

interface Props<T> {
  title: string;
  unit: string;
  /**
   * What the chart adds to its data's source line, e.g. that its breakdown is generated to match the source's
   * totals. The source itself is the data's (every response says where it comes from).
   */
  sourceNote?: string;
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  build: (data: T) => ChartContent;
  minHeight?: number;
  /** Extra controls for the header, such as a measure switch. */
  controls?: ReactNode;
  /** The weakest provenance of what the chart plots: one illustrative input makes the chart illustrative. */
  provenance: Provenance;
  /**
   * Documented values beside illustrative ones (fund sizes, deployment): each illustrative value carries its own
   * glyph. Otherwise an illustrative panel says 示例数据 once, beside its title, and nothing inside repeats it.
   */
  mixed?: boolean;
  /** A line above the plot naming a dimension that is itself a reading, with its one 推断 mark. */
  axisNote?: ReactNode;
  /** Under the plot or table, once data is shown: what is selected in the chart, with its actions. */
  footer?: ReactNode;
  /** The chart follows a selection (the project filters in the URL): an export names it in its caption and file name. */
  filterWords?: ExportMenuProps['filterWords'];
}

/**
 * A titled chart with unit, date, source, summary and a keyboard-reachable chart ↔ table switch.
 * The date and source shown are the data's own: every resource carries them.
 */
export function ChartPanel<T extends { asOf: string; source: Source }>({ title, unit, sourceNote, query, isEmpty, build, minHeight = 300, controls, provenance, mixed, axisNote, footer, filterWords }: Props<T>) {
  const lang = useLang();
  const m = useMessages();
  const t = m.panel;
  const sourceOf = (source: Source) => (sourceNote ? t.withNote(sourceLine(source, lang), sourceNote) : sourceLine(source, lang));
  const titleId = useId();
  const summaryId = useId();
  const noteId = useId();
  const noted = provenance === 'illustrative' && !mixed;
  const [asTable, setAsTable] = useState(false);
  const panel = useRef<HTMLElement>(null);
  // Built again at the moment of the export, from the data then on screen (the table's rows, the legend).
  const read = () => {
    const data = query.data;
    if (!data || isEmpty?.(data)) return null;
    const content = build(data);
    // A picture leaves the panel note behind: each illustrative series keeps the words in its legend entry.
    const legend = content.legend?.map((e) => ({ label: e.illustrative ? `${e.label}${m.marks.legendSuffix}` : e.label, color: e.color }));
    return { ...content, legend, asOf: data.asOf };
  };
  return (
    <section ref={panel} className="panel" aria-labelledby={titleId} data-provenance={provenance}>
      <div className="panel-head">
        <div className="panel-heading">
          <h3 id={titleId} className="panel-title">{title}</h3>
          {noted ? <PanelNote id={noteId} /> : null}
        </div>
        <div className="panel-controls">
          {controls}
          <button type="button" className="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>{t.table}</button>
          {query.data ? <ChartExportButton title={title} unit={unit} source={sourceOf(query.data.source)} provenance={provenance} filterWords={filterWords}
            read={read} panel={panel} asTable={asTable} setAsTable={setAsTable} /> : null}
        </div>
      </div>
      {/* The title and the table switch stay up when the body fails; switching view retries it. */}
      <MarkScope covered={noted}>
        <PanelBoundary minHeight={minHeight} resetKeys={[asTable]}>
          <QueryWidget query={query} minHeight={minHeight} isEmpty={isEmpty}>
            {(data) => {
              const content = build(data);
              return (
                <>
                  <Summary id={summaryId} text={content.summary} />
                  {axisNote ? <p className="axis-note">{axisNote}</p> : null}
                  {asTable ? content.table : (
                    <figure className="chart-box" aria-describedby={noted ? `${noteId} ${summaryId}` : summaryId} style={{ margin: 0, minHeight: minHeight - 60 }}>
                      {content.chart}
                    </figure>
                  )}
                  {footer}
                  <p className="panel-meta">
                    {t.unit}{m.colon}{unit} · {t.asOf} {formatDate(data.asOf, lang)} · {t.source}{m.colon}{sourceOf(data.source)}
                  </p>
                </>
              );
            }}
          </QueryWidget>
        </PanelBoundary>
      </MarkScope>
      {query.isPending ? <span className="visually-hidden">{m.loading}</span> : null}
    </section>
  );
}
