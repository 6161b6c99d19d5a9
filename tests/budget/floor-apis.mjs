// Runtime APIs and Intl options newer than our browser floor (Chrome 87, Safari 14: WeChat's in-app browser
// and domestic Chromium shells). build.target lowers SYNTAX only; nothing adds these, so a shipped call fails
// on the floor. Versions are the first release with the feature, from MDN's browser-compat-data (8.x):
// `safari: null` means Safari has never shipped it. Patterns run on minified code, where receivers are
// renamed but property and global names survive; they aim to over-report, and a reviewed hit that is safe
// (polyfilled, feature-detected) goes in floor-allow.mjs with its reason.

export const FLOOR = { chrome: 87, safari: 14 };

/** @type {import('./floor-apis.d.mts').FloorApi[]} */
export const FLOOR_APIS = [
  // Language built-ins.
  // Not `...at(`: a spread of a call to a minified function named `at`.
  { name: 'Array/String.prototype.at', pattern: /(?<!\.)\.at\(/, chrome: 92, safari: 15.4 },
  { name: 'Object.hasOwn', pattern: /\bObject\.hasOwn\b/, chrome: 93, safari: 15.4 },
  { name: 'structuredClone', pattern: /\bstructuredClone\b/, chrome: 98, safari: 15.4 },
  { name: 'Array.prototype.findLast/findLastIndex', pattern: /\.findLast(?:Index)?\(/, chrome: 97, safari: 15.4 },
  { name: 'Array.prototype.toSorted/toReversed/toSpliced', pattern: /\.(?:toSorted|toReversed|toSpliced)\(/, chrome: 110, safari: 16 },
  { name: 'Array.prototype.with', pattern: /\.with\(/, chrome: 110, safari: 16 },
  { name: 'Object.groupBy/Map.groupBy', pattern: /\b(?:Object|Map)\.groupBy\b/, chrome: 117, safari: 17.4 },
  { name: 'Promise.withResolvers', pattern: /\bwithResolvers\b/, chrome: 119, safari: 17.4 },
  { name: 'Array.fromAsync', pattern: /\bfromAsync\b/, chrome: 121, safari: 16.4 },
  { name: 'String.prototype.isWellFormed/toWellFormed', pattern: /\.(?:isWellFormed|toWellFormed)\(/, chrome: 111, safari: 16.4 },
  { name: 'Set methods (union, intersection, difference, …)', pattern: /\.(?:union|intersection|difference|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, chrome: 122, safari: 17 },
  { name: 'WeakRef', pattern: /\bWeakRef\b/, chrome: 84, safari: 14.1 },
  { name: 'FinalizationRegistry', pattern: /\bFinalizationRegistry\b/, chrome: 84, safari: 14.1 },
  { name: 'RegExp lookbehind (?<= (?<!', pattern: /\(\?<[=!]/, chrome: 62, safari: 16.4 },

  // Intl.
  { name: 'Intl.ListFormat', pattern: /\bListFormat\b/, chrome: 72, safari: 14.1 },
  { name: 'Intl.DisplayNames', pattern: /\bDisplayNames\b/, chrome: 81, safari: 14.1 },
  { name: 'Intl.Segmenter', pattern: /\bSegmenter\b/, chrome: 87, safari: 14.1 },
  { name: 'Intl.DurationFormat', pattern: /\bDurationFormat\b/, chrome: 129, safari: 16.4 },
  { name: 'Intl.supportedValuesOf', pattern: /\bsupportedValuesOf\b/, chrome: 99, safari: 15.4 },
  { name: 'Intl.NumberFormat v3 options (roundingMode, roundingIncrement, trailingZeroDisplay, roundingPriority)', pattern: /\b(?:roundingMode|roundingIncrement|trailingZeroDisplay|roundingPriority)\b/, chrome: 106, safari: 15.4 },
  { name: 'Intl.NumberFormat useGrouping string value', pattern: /\buseGrouping\s*:\s*["'`](?:min2|auto|always)/, chrome: 106, safari: 16.4 },
  // Intl.DateTimeFormat#formatRange is Chrome 76 / Safari 14.1, NumberFormat's 106 / 15.4: minified code
  // cannot tell the receivers apart, so the later versions stand for both.
  { name: 'Intl formatRange/formatRangeToParts', pattern: /\bformatRange(?:ToParts)?\b/, chrome: 106, safari: 15.4 },
  { name: 'Intl.PluralRules#selectRange', pattern: /\bselectRange\b/, chrome: 106, safari: 15.4 },
  { name: 'Intl.NumberFormat unified options (notation, signDisplay, unit, …)', pattern: /\b(?:notation|compactDisplay|signDisplay|unitDisplay|currencySign)\s*:|\bstyle\s*:\s*["'`]unit["'`]/, chrome: 77, safari: 14.1 },
  { name: 'Intl.DateTimeFormat dateStyle/timeStyle', pattern: /\b(?:dateStyle|timeStyle)\b/, chrome: 76, safari: 14.1 },
  { name: 'Intl.DateTimeFormat fractionalSecondDigits', pattern: /\bfractionalSecondDigits\b/, chrome: 84, safari: 14.1 },

  // DOM and web platform.
  { name: 'crypto.randomUUID', pattern: /\brandomUUID\b/, chrome: 92, safari: 15.4 },
  { name: 'AbortSignal.timeout', pattern: /\bAbortSignal\.timeout\b/, chrome: 103, safari: 16 },
  { name: 'AbortSignal.any', pattern: /\bAbortSignal\.any\b/, chrome: 116, safari: 17.4 },
  { name: 'AbortSignal#throwIfAborted', pattern: /\bthrowIfAborted\b/, chrome: 100, safari: 15.4 },
  { name: 'URL.canParse', pattern: /\bcanParse\b/, chrome: 120, safari: 17 },
  { name: 'HTMLInputElement#showPicker', pattern: /\bshowPicker\b/, chrome: 99, safari: 16 },
  { name: 'Element#checkVisibility', pattern: /\bcheckVisibility\b/, chrome: 105, safari: 17.4 },
  { name: 'Popover API (showPopover/togglePopover)', pattern: /\b(?:showPopover|togglePopover|hidePopover)\b/, chrome: 114, safari: 17 },
  { name: 'HTMLDialogElement#showModal', pattern: /\.showModal\(/, chrome: 37, safari: 15.4 },
  { name: 'ClipboardItem.supports', pattern: /\bClipboardItem\.supports\b/, chrome: 121, safari: 18.4 },
  { name: 'requestIdleCallback', pattern: /\brequestIdleCallback\b/, chrome: 47, safari: null },
  { name: 'createImageBitmap', pattern: /\bcreateImageBitmap\b/, chrome: 50, safari: 15 },
  { name: 'OffscreenCanvas', pattern: /\bOffscreenCanvas\b/, chrome: 69, safari: 16.4 },
  { name: 'CompressionStream/DecompressionStream', pattern: /\b(?:Compression|Decompression)Stream\b/, chrome: 80, safari: 16.4 },
  { name: 'ResizeObserverEntry borderBoxSize/contentBoxSize', pattern: /\b(?:borderBoxSize|contentBoxSize)\b/, chrome: 84, safari: 15.4 },
  { name: 'adoptedStyleSheets / CSSStyleSheet#replaceSync', pattern: /\b(?:adoptedStyleSheets|replaceSync)\b/, chrome: 73, safari: 16.4 },
  { name: 'navigator.userActivation', pattern: /\buserActivation\b/, chrome: 72, safari: 16.4 },
  { name: 'document.startViewTransition', pattern: /\bstartViewTransition\b/, chrome: 111, safari: 18 },

  // Selectors in strings (querySelector, matches, injected CSS): the browser parses them at run time.
  { name: 'CSS :has() selector', pattern: /:has\(/, chrome: 105, safari: 15.4 },
  // Only where a selector can start (after a combinator, a bracket, a quote or a space): after an identifier or a
  // digit, `:is(` is minified JS (`case 5:is(t)`, `a?b:is(c)`), not CSS.
  { name: 'CSS :is()/:where() selector', pattern: /(?:^|[\s,>+~(*&"'`\]]):(?:is|where)\(/, chrome: 88, safari: 14 },
];
