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
 * Types into the search box and measures until the DOM stops changing: the time of the first
 * frame after the last mutation caused by the input. Native value setter so React sees it.
 * @param {{ input: HTMLInputElement, query: string }} args  (input: found by role and name in node)
 */
export async function filterLatency({ input, query }) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  let settledAt = null;
  let lastChange = performance.now();
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
    requestAnimationFrame(() => setTimeout(() => { settledAt = performance.now(); }));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  const started = performance.now();
  setter.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (performance.now() - lastChange < 300 && performance.now() - started < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  observer.disconnect();
  return settledAt === null ? null : settledAt - started;
}
