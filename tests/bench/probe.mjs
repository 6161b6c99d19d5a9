// In-page instrumentation for the bench. The init script runs before any app code and
// timestamps (performance.now(), i.e. ms since navigation start) the first frame after
//   - every expected KPI figure is present in the "关键指标" region, and
//   - the first recharts surface has something drawn in it (a path/rect outside <defs>).
// "First frame after" = rAF then a task, which lands just after the browser paints.

/** @param {{ region: string, values: string[] }} kpi */
export function installProbe(kpi) {
  const bench = { kpiAt: null, chartAt: null };
  window.__bench = bench;
  const afterPaint = (key) => requestAnimationFrame(() => setTimeout(() => { bench[key] ??= performance.now(); }));
  const regionNamed = (name) => Array.from(document.querySelectorAll('section, [role="region"]')).find((element) => {
    const label = element.getAttribute('aria-label')
      ?? (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    return label.trim() === name;
  });
  let kpiSeen = false;
  let chartSeen = false;
  const check = () => {
    if (!kpiSeen) {
      const text = regionNamed(kpi.region)?.textContent ?? '';
      if (text && kpi.values.every((value) => text.includes(value))) { kpiSeen = true; afterPaint('kpiAt'); }
    }
    if (!chartSeen && document.querySelector('.recharts-surface :is(path, rect):not(defs *)')) {
      chartSeen = true;
      afterPaint('chartAt');
    }
    if (kpiSeen && chartSeen) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  const start = () => observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
}

/** JS bytes on the wire (transferSize, so gzip as served) that finished before `until` ms. */
export function jsBytesBefore(until) {
  return performance.getEntriesByType('resource')
    .filter((entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname) && entry.responseEnd <= until)
    .reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize), 0);
}

/**
 * Arms a one-shot measurement of "the reader acts → the project charts show the new view". Start: the
 * timeStamp of the first beforeinput/input/change event after arming (the keystroke or the choice as the page
 * received it). End: the MutationObserver callback in which every given panel's generated summary sentence
 * (.panel-summary, computed from the same filtered list the chart draws, in the same render) differs from
 * before; `frame` is the first frame after that, so it includes layout and paint of the redrawn charts.
 * Read the result from window.__viewProbe ({ start, text, frame }, ms).
 * @param {Element[]} panels  the chart panels (found by role and name in node)
 */
export function armViewProbe(panels) {
  const summaryOf = (panel) => panel.querySelector('.panel-summary')?.textContent ?? '';
  const before = panels.map(summaryOf);
  const probe = { start: null, text: null, frame: null };
  const types = ['beforeinput', 'input', 'change'];
  const onEvent = (event) => { probe.start ??= event.timeStamp; };
  for (const type of types) document.addEventListener(type, onEvent, true);
  const observer = new MutationObserver(() => {
    if (probe.start === null || probe.text !== null) return;
    if (!panels.every((panel, i) => summaryOf(panel) !== before[i])) return;
    probe.text = performance.now() - probe.start;
    observer.disconnect();
    for (const type of types) document.removeEventListener(type, onEvent, true);
    requestAnimationFrame(() => setTimeout(() => { probe.frame = performance.now() - probe.start; }));
  });
  for (const panel of panels) observer.observe(panel, { childList: true, subtree: true, characterData: true });
  window.__viewProbe = probe;
}
