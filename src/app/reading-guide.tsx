import { THRESHOLDS } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { useMessages } from '@/stores/use-messages';

/** The legend for provenance marks and the status rule, stated once where everyone can see it. */
export function ReadingGuide() {
  const msg = useMessages();
  const m = msg.guide;
  return (
    // data-rule: the thresholds here are the app's own rule, not figures about the zone.
    <section className="panel reading-guide" aria-labelledby="guide-title" data-rule="">
      <h2 id="guide-title" className="section-title">{m.title}</h2>
      <ul className="list">
        <li>{m.documented}</li>
        <li><span className="badge badge-illustrative">{msg.illustrative}</span> {m.illustrative}</li>
        <li><span className="badge badge-inferred">{msg.inferred}</span> {m.inferred}</li>
        <li><span className="badge badge-derived">{msg.derived}</span> {m.derived}</li>
        <li>{m.rule(THRESHOLDS.amberPts, THRESHOLDS.redPts)}{' '}
          {(['on-track', 'at-risk', 'behind', 'not-started'] as const).map((s) => (
            <span key={s} className={`status status-${s === 'on-track' ? 'green' : s === 'at-risk' ? 'amber' : s === 'behind' ? 'red' : 'none'}`}>
              {STATUS_ICON[s]} {msg.status[s]}{' '}
            </span>
          ))}
        </li>
      </ul>
    </section>
  );
}
