import { useId, type CSSProperties } from 'react';
import { formatDate, formatPercent } from '@/lib/format';
import { type DetailProps as Props, timelineOf } from './detail-logic';
import { langOf, textIn } from '@/lib/local-text';


// Done and not done differ in shape (a tick, a hollow diamond) and in words in the list, never by colour alone.
const MARK = { done: '✔', pending: '◇' } as const;

/** A position along the track; `--at` also lets a label shift by its own width so it never leaves the track. */
const at = (share: number): CSSProperties => ({ left: `${share * 100}%`, ['--at' as string]: share });

/**
 * The planned period from start to end with the milestones on it and a vertical line at the data's as-of
 * date (never today's date). The picture is one image to a screen reader (its name says where the as-of
 * date falls); the ordered list under it is the text equivalent, one milestone a line with date and state.
 */
export function MilestoneTimeline({ p, asOf, lang, m, dm }: Props) {
  const t = dm.projectDetail.timeline;
  const { milestones, asOf: now } = timelineOf(p, asOf);
  const start = formatDate(p.start, lang);
  const end = formatDate(p.end, lang);
  const titleId = useId();
  return (
    <section className="drawer-section" aria-labelledby={titleId} data-provenance={p.provenance}>
      <h3 id={titleId} className="drawer-section-title">{t.title}</h3>
      <div className="timeline" role="img" aria-label={t.summary(start, end, formatDate(asOf, lang), formatPercent(now.share, lang))}>
        <span className="timeline-asof-label" style={at(now.share)}>
          {m.asOf(formatDate(asOf, lang))}{now.outside ? t.outside[now.outside] : null}
        </span>
        <div className="timeline-track">
          {milestones.map((ms) => (
            <span key={`${ms.date}-${ms.label.zh}`} className={`timeline-mark ${ms.done ? 'is-done' : 'is-pending'}`} style={at(ms.share)}>
              {ms.done ? MARK.done : MARK.pending}
            </span>
          ))}
          <span className="timeline-asof-line" style={at(now.share)} />
        </div>
        <div className="timeline-ends">
          <span>{t.start} {start}</span>
          <span>{t.end} {end}</span>
        </div>
      </div>
      {milestones.length ? (
        <ol className="milestone-list" aria-label={t.list}>
          {milestones.map((ms) => (
            <li key={`${ms.date}-${ms.label.zh}`} className={ms.done ? 'is-done' : 'is-pending'}>
              <span className="milestone-mark" aria-hidden="true">{ms.done ? MARK.done : MARK.pending}</span>
              <span>
                <time dateTime={ms.date}>{formatDate(ms.date, lang)}</time>{' '}
                <span lang={langOf(ms.label, lang)}>{textIn(ms.label, lang)}</span>{m.colon}<strong>{ms.done ? t.done : t.pending}</strong>
                {ms.outside ? <span className="milestone-outside">{t.outside[ms.outside]}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : <p className="drawer-muted">{t.none}</p>}
    </section>
  );
}
