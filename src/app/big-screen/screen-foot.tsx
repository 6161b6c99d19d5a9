import { showsDemo } from '@/api/client';
import { formatNumber } from '@/lib/format';
import { MAX_INTERVAL, MIN_INTERVAL } from '@/lib/screen-params';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { useScreenMessages } from '@/lib/i18n/use-screen-messages';
import type { FullScreen } from './use-full-screen';
import type { ScreenUrl } from './use-screen-url';

type Props = Pick<ScreenUrl, 'rejected' | 'clamped'> & { fullScreen: FullScreen };

/**
 * The screen's foot, one line: the keys, or in their place what the opened link asked for that was ignored or
 * adjusted; the demo build's note that the data is not live; and how to get full screen, which a browser grants
 * only to a key press or a click (or that this device has none, and the layout shows as it is).
 */
export function ScreenFoot({ rejected, clamped, fullScreen }: Props) {
  const lang = useLang();
  const m = useMessages();
  const s = useScreenMessages().screen;
  const notices = [
    ...rejected.map((what) => s.badParam(what)),
    ...(clamped ? [s.clamped(clamped.from, formatNumber(clamped.to, lang), formatNumber(MIN_INTERVAL, lang), formatNumber(MAX_INTERVAL, lang))] : []),
  ];
  const hint = !fullScreen.available ? s.noFullScreen : fullScreen.refused ? s.fullScreenRefused : fullScreen.active ? s.fullScreenOn : s.fullScreenHint;
  return (
    <footer className="bs-foot">
      {notices.length > 0
        ? <p className="bs-notice" role="status">{notices.join(' ')}</p>
        : <p className="bs-keys">{s.keys}</p>}
      {showsDemo() ? <p className="bs-demo">{m.demoNote}</p> : null}
      <p className="bs-hint">{hint}</p>
    </footer>
  );
}
