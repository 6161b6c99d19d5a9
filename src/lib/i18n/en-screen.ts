import type { zhScreen } from './zh-screen.ts';

/** The big-screen mode's words in English; typed by the Chinese, so a missing key fails the type check. */
export const enScreen: typeof zhScreen = {
  screen: {
    panels: { overview: 'Overview', funds: 'Funds and investment', energy: 'Energy projects', policy: 'Policy and cooperation', attention: 'Needing attention' },
    position: (n: string, total: string) => `${n} / ${total}`,
    positionLabel: (n: string, total: string) => `${n} of ${total}`,
    controls: 'Big-screen controls',
    prev: 'Previous',
    next: 'Next',
    rotating: (seconds: string) => `Rotating · every ${seconds} s`,
    paused: 'Paused · Space to resume',
    hoverPaused: 'Pointer over the screen, rotation paused',
    reducedMotion: 'Reduced motion is on: not rotating; arrows still move',
    pause: 'Pause',
    fullScreen: 'Full screen',
    fullScreenHint: 'Press F or select “Full screen” to go full screen',
    fullScreenOn: 'Press Esc to leave full screen',
    fullScreenRefused: 'The browser did not allow full screen; press F or select “Full screen” again',
    noFullScreen: 'This device has no full screen; the layout is shown as it is',
    exit: 'Exit big screen',
    keys: '←/→ or PageUp/PageDown: move · Space: pause or resume',
    badParam: (what: string) => `The link's ${what} was not recognised and is ignored.`,
    clamped: (from: string, to: string, min: string, max: string) => `A rotation every ${from} s is outside ${min}–${max} s; using ${to} s.`,
  },
};
