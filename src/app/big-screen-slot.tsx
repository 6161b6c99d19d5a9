import { Suspense } from 'react';
import { PanelBoundary } from '@/components/panel-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useMessages } from '@/lib/i18n/use-messages';

/** The mode's code and words, a chunk of their own: the page never downloads them unless a screen is opened. */
export const loadBigScreen = () => import('./big-screen/big-screen');
const Screen = retryableLazy<object>(() => loadBigScreen().then((m) => ({ default: m.BigScreen })));

/**
 * The big-screen mode in its black frame (styles.css, .bs-root, which also makes it dark whatever the theme).
 * The frame is here, in the initial JS, so a screen opened from a link is black from the first frame; a chunk
 * that failed to download shows Retry in it rather than a blank wall.
 */
export function BigScreenSlot() {
  const m = useMessages();
  return (
    <div className="bs-root">
      <PanelBoundary>
        <Suspense fallback={<p className="bs-loading" role="status">{m.loading}</p>}>
          <Screen.Component />
        </Suspense>
      </PanelBoundary>
    </div>
  );
}
