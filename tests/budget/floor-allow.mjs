// Uses of above-floor APIs (floor-apis.mjs) that were read in the minified build and are safe on Chrome 87 /
// Safari 14. Each entry: `api` (a name from floor-apis.mjs), `reason` (required: why it is safe), and
// optionally `file` (RegExp on the file's path in the build) and `near` (RegExp on the code around the hit,
// about 200 characters before it and 80 after). An entry without `file` or `near` allows the API anywhere:
// only for APIs we polyfill. Review an entry whenever the dependency it names is updated; floor-check warns
// about entries that no longer match anything.

/** @type {import('./floor-check.d.mts').FloorAllow[]} */
export const FLOOR_ALLOW = [
  // Polyfilled: src/lib/polyfills.ts, imported first by src/main.tsx, defines these where missing.
  { api: 'Object.hasOwn', reason: 'polyfilled by src/lib/polyfills.ts before anything runs (nuqs getOwn; the polyfill itself)' },
  { api: 'URL.canParse', reason: 'polyfilled by src/lib/polyfills.ts before anything runs (nuqs loader; the polyfill itself)' },

  // Feature-detected where they are called.
  { api: 'Promise.withResolvers', near: /hasOwnProperty\(["'`]withResolvers["'`]\)\)return Promise\.withResolvers\(\)/, reason: 'nuqs tests Promise.hasOwnProperty("withResolvers") and builds the promise by hand otherwise' },
  { api: 'Intl.ListFormat', near: /typeof Intl\.ListFormat==["'`]function["'`]/, reason: 'src/lib/i18n/list.ts tests typeof Intl.ListFormat and falls back to the zh/en list patterns (Safari 14.0)' },
  { api: 'Intl.Segmenter', near: /Intl\.Segmenter;return typeof [\w$]+==["'`]function["'`]|typeof Intl\.Segmenter==["'`]function["'`]\?Array\.from\(new Intl\.Segmenter/, reason: 'recharts Text and src/components/charts/category-tick.tsx: use Intl.Segmenter only if it is a function, Array.from(string) otherwise (Safari 14.0)' },
  { api: 'WeakRef', near: /typeof WeakRef>["'`]u["'`]\?[\w$]+:WeakRef/, reason: 'reselect weakMapMemoize: a strong-reference stand-in class where WeakRef is undefined (Safari 14.0)' },
  { api: 'requestIdleCallback', near: /typeof (?:window\.)?requestIdleCallback==["'`]function["'`]/, reason: 'feature-tested: src/lib/idle.ts falls back to a timer; pinyin-pro only pre-builds its index when idle callbacks exist' },
  { api: 'Element#checkVisibility', near: /typeof [\w$]+\.checkVisibility==["'`]function["'`]/, reason: '@radix-ui/react-focus-scope: calls checkVisibility only when the container has it, else its own visibility walk' },
  { api: 'ResizeObserverEntry borderBoxSize/contentBoxSize', near: /[\w$]+!=null&&[\w$]+\.borderBoxSize|["'`]borderBoxSize["'`]in [\w$]+/, reason: '@tanstack/virtual-core: reads borderBoxSize only if the entry has it, else getBoundingClientRect / offset sizes' },
  { api: 'document.startViewTransition', near: /try\{var [\w$]+=[\w$]+\.startViewTransition\(\{update/, reason: 'react-dom: only for a <ViewTransition> in the tree (we have none), inside try/catch that commits without a transition' },

  // Custom methods that share a name with a new built-in.
  { api: 'Array/String.prototype.at', near: /this\.at\([\w$]+\)\}keyFrom\(/, reason: '@radix-ui/react-collection OrderedDict (extends Map) defines its own at()' },
  { api: 'Array.prototype.toSorted/toReversed/toSpliced', near: /\.toSorted\([\w$]+\);return [\w$]+\.some\(\(\[[\w$]+\],[\w$]+\)=>[\w$]+\.keyAt\(/, reason: '@radix-ui/react-collection OrderedDict defines its own toSorted() (spread + sort)' },

  // @zumer/snapdom (lazy: export only).
  { api: 'adoptedStyleSheets / CSSStyleSheet#replaceSync', file: /snapdom/, reason: 'snapdom reads adoptedStyleSheets with `|| []` / Array.isArray (undefined before Safari 16.4) and calls replaceSync inside try/catch' },
  { api: 'CSS :is()/:where() selector', file: /snapdom/, reason: 'snapdom emits :is()/:where() only when rewriting shadow-DOM (:host, ::slotted) and nested (&) rules into the snapshot; we have no shadow roots and our CSS has no nesting' },
  { api: 'CSS :has() selector', file: /snapdom/, near: /includes\(["'`]:has\(["'`]\)/, reason: 'snapdom only tests whether a stylesheet rule text contains ":has(" (a string search)' },
  { api: 'OffscreenCanvas', file: /snapdom/, reason: 'snapdom uses its worker rasteriser only after `typeof Worker/OffscreenCanvas` tests, else the main-thread canvas' },
  { api: 'createImageBitmap', file: /snapdom/, reason: 'inside the worker source that snapdom starts only when OffscreenCanvas exists (newer than createImageBitmap)' },

  // Not shipped to users of a production build.
  { api: 'crypto.randomUUID', file: /(^|\/)mockServiceWorker\.js$/, reason: 'MSW worker copied from public/: production builds never register it (budget: no MSW in production)' },
];
