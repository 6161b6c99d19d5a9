import { useEffect, useState } from 'react';

/**
 * The stage's own size in CSS px. The design is 1920×1080; laying it out at 3/4 of that and scaling it up by 4/3
 * makes every word and every chart (whose fonts and heights are the shared components' own) a third larger on the
 * meeting-room screen, without a big-screen copy of any of them. 16:9 either way.
 */
export const STAGE = { width: 1536, height: 864 } as const;

/** How much the stage is scaled to fit the window whole: the smaller ratio, so the other side is letterboxed. */
export const stageScale = (width: number, height: number): number =>
  Math.min(width / STAGE.width, height / STAGE.height);

const current = () => (typeof window === 'undefined' ? 1 : stageScale(window.innerWidth, window.innerHeight));

/** The scale for the window as it is now, following resizes (a window moved to the wall screen, full screen). */
export function useStageScale(): number {
  const [scale, setScale] = useState(current);
  useEffect(() => {
    const update = () => setScale(current());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return scale;
}
