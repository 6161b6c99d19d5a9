import { useCallback, useId, useMemo, type CSSProperties, type PointerEvent } from 'react';
import { ChartSizing } from '@/components/charts';
import { PanelBoundary } from '@/components/panel-boundary';
import { stepPanel } from '@/lib/screen-params';
import { ScreenBar } from './screen-bar';
import { ScreenFoot } from './screen-foot';
import { PANEL_CONTENT, SCREEN_PANEL_IDS } from './screen-panels';
import { useFullScreen } from './use-full-screen';
import { useRotation } from './use-rotation';
import { useScreenKeys } from './use-screen-keys';
import { useExitLink, useScreenUrl } from './use-screen-url';
import { STAGE, useStageScale } from './use-stage-scale';

/**
 * The meeting-room screen (`?mode=screen`): one named panel at a time on a 16:9 stage, dark whatever the page's
 * theme (the stage sets its own colours; the reader's stored choice is untouched). The stage is laid out at a
 * fixed size and scaled, centred, to the largest size the window holds, so every screen shows the same layout
 * and the rest is black bars; nothing ever scrolls.
 */
export function BigScreen() {
  const url = useScreenUrl();
  const { panel, interval, show } = url;
  const headingId = useId();
  const scale = useStageScale();
  const fullScreen = useFullScreen();
  const step = useCallback((by: number) => show(stepPanel(panel, by, SCREEN_PANEL_IDS)), [panel, show]);
  const advance = useCallback(() => step(1), [step]);
  const rotation = useRotation(interval, panel, advance);
  const keys = useMemo(() => ({ step, togglePause: rotation.togglePause, toggleFullScreen: fullScreen.toggle }), [step, rotation.togglePause, fullScreen.toggle]);
  useScreenKeys(keys);
  const exit = useExitLink(fullScreen.exit);
  const { setHover } = rotation;
  const hover = (over: boolean) => (event: PointerEvent) => {
    if (event.pointerType === 'mouse') setHover(over);
  };
  const Content = PANEL_CONTENT[panel];
  const stage: CSSProperties = { width: STAGE.width, height: STAGE.height, transform: `translate(-50%, -50%) scale(${scale})` };
  return (
    <div className="bs-stage" style={stage} onPointerEnter={hover(true)} onPointerLeave={hover(false)}>
      <ScreenBar panel={panel} headingId={headingId} step={step} interval={interval} rotation={rotation} fullScreen={fullScreen} exit={exit} />
      <main className="bs-main">
        {/* Keyed by the panel: each one starts afresh, and one that fails shows its error inside it, under the bar.
            The charts take the height the panel's grid leaves them (styles.css), not their page heights. */}
        <section key={panel} className={`bs-panel bs-panel-${panel}`} aria-labelledby={headingId} data-panel={panel}>
          <PanelBoundary>
            <ChartSizing fill>
              <Content />
            </ChartSizing>
          </PanelBoundary>
        </section>
      </main>
      <ScreenFoot rejected={url.rejected} clamped={url.clamped} fullScreen={fullScreen} />
    </div>
  );
}
