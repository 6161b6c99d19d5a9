import { PanelNote } from '@/components/mark-scope';
import { ILLUSTRATIVE_GLYPH } from '@/components/provenance-badge';
import { THRESHOLDS } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { useMessages } from '@/lib/i18n/use-messages';

const RAG_CLASS = { 'on-track': 'green', 'at-risk': 'amber', behind: 'red', 'not-started': 'none' } as const;

/**
 * The legend for provenance marks and the status rule, stated once where everyone can see it: the ※ glyph on a
 * single value, the 示例数据 note beside a panel's title, the 推断 and 计算值 words, and the status icons.
 */
export function ReadingGuide() {
  const msg = useMessages();
  const m = msg.guide;
  return (
    // data-rule: the thresholds here are the app's own rule, not figures about the zone.
    <section className="panel reading-guide" aria-labelledby="guide-title" data-rule="">
      <h2 id="guide-title" className="section-title">{m.title}</h2>
      <ul className="list">
        <li>{m.documented}</li>
        {/* The glyph as the page shows it (named 示例数据 for a screen reader), then what it means. */}
        <li>
          <span className="mark-illustrative guide-mark" role="img" aria-label={msg.illustrative}>{ILLUSTRATIVE_GLYPH}</span>
          {msg.marks.guideGlyph}{m.illustrative}
        </li>
        <li><PanelNote /> {msg.marks.guidePanel}</li>
        <li><span className="badge badge-inferred">{msg.inferred}</span> {m.inferred}</li>
        <li><span className="badge badge-derived">{msg.derived}</span> {m.derived}</li>
        <li>{m.rule(THRESHOLDS.amberPts, THRESHOLDS.redPts)}
          <ul className="status-legend">
            {(['on-track', 'at-risk', 'behind', 'not-started'] as const).map((s) => (
              <li key={s} className={`status status-${RAG_CLASS[s]}`}>
                <span aria-hidden="true">{STATUS_ICON[s]}</span> {msg.status[s]}
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </section>
  );
}
