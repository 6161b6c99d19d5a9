import type { CSSProperties, MouseEvent } from 'react';
import { formatNumber } from '@/lib/format';
import { SCREEN_PANEL_IDS, type ScreenPanel } from './screen-panels';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { useScreenMessages } from '@/lib/i18n/use-screen-messages';
import { describeSources, useDataSources } from '../data-sources';
import type { FullScreen } from './use-full-screen';
import type { Rotation } from './use-rotation';

interface Props {
  panel: ScreenPanel;
  /** The id of the panel name, which also names the panel's region. */
  headingId: string;
  step: (by: number) => void;
  interval: number | null;
  rotation: Rotation;
  fullScreen: FullScreen;
  exit: { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void };
}

/** The data's as-of dates, as the page header has them: the snapshot's until the data answers (never the clock). */
function AsOf() {
  const lang = useLang();
  const m = useMessages();
  const { asOf } = describeSources(useDataSources(), m, lang);
  return <p className="bs-asof" data-provenance="documented">{asOf ?? null}</p>;
}

/** What the rotation is doing, in words (the thin bar under the header shows how far it has got). */
function RotationStatus({ interval, state }: { interval: number; state: Rotation['state'] }) {
  const lang = useLang();
  const s = useScreenMessages().screen;
  const text = { off: '', running: s.rotating(formatNumber(interval, lang)), paused: s.paused, hover: s.hoverPaused, reduced: s.reducedMotion }[state];
  return <p className={`bs-rotation-state bs-rotation-${state}`} role="status">{text}</p>;
}

/**
 * The screen's top bar: the zone's title and the data's date, the current panel's name and place (announced
 * politely when it changes), the rotation's state, full screen and the way back to the dashboard. Under it, a thin
 * bar fills over the interval while the rotation runs, and stops where it is while paused.
 */
export function ScreenBar({ panel, headingId, step, interval, rotation, fullScreen, exit }: Props) {
  const lang = useLang();
  const m = useMessages();
  const s = useScreenMessages().screen;
  const n = formatNumber(SCREEN_PANEL_IDS.indexOf(panel) + 1, lang);
  const total = formatNumber(SCREEN_PANEL_IDS.length, lang);
  const fill: CSSProperties = { animationDuration: `${interval ?? 0}s`, animationPlayState: rotation.state === 'running' ? 'running' : 'paused' };
  return (
    <header className="bs-bar">
      <div className="bs-brand">
        <h1 className="bs-title">{m.appTitle}</h1>
        <AsOf />
      </div>
      <div className="bs-nav" role="group" aria-label={s.controls}>
        <button type="button" className="button" onClick={() => step(-1)}><span aria-hidden="true">‹ </span>{s.prev}</button>
        <div className="bs-now" aria-live="polite" aria-atomic="true">
          <span className="bs-position"><span aria-hidden="true">{s.position(n, total)}</span><span className="visually-hidden">{s.positionLabel(n, total)}</span></span>
          <h2 id={headingId} className="bs-panel-name">{s.panels[panel]}</h2>
        </div>
        <button type="button" className="button" onClick={() => step(1)}>{s.next}<span aria-hidden="true"> ›</span></button>
      </div>
      <div className="bs-side">
        <div className="bs-actions">
          {rotation.state === 'off' || rotation.state === 'reduced' ? null : (
            <button type="button" className="button" aria-pressed={rotation.state === 'paused'} onClick={rotation.togglePause}>{s.pause}</button>
          )}
          {fullScreen.available ? (
            <button type="button" className="button" aria-pressed={fullScreen.active} onClick={fullScreen.toggle}>{s.fullScreen}</button>
          ) : null}
          <a className="button" href={exit.href} onClick={exit.onClick}>{s.exit}</a>
        </div>
        {interval === null ? null : <RotationStatus interval={interval} state={rotation.state} />}
      </div>
      {rotation.state === 'off' ? null : (
        <div className="bs-progress" aria-hidden="true">
          {rotation.state === 'reduced' ? null : <span key={`${panel}:${interval}`} className="bs-progress-fill" style={fill} />}
        </div>
      )}
    </header>
  );
}
