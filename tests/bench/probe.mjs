// In-page instrumentation for the bench. The init script runs before any app code and
// timestamps (performance.now(), i.e. ms since navigation start) the first frame after
//   - every expected KPI figure is present in the "关键指标" region, and
//   - the first chart surface (recharts', or a plain SVG chart's) has something drawn in it (a path/rect outside <defs>).
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
    if (!chartSeen && document.querySelector('.recharts-surface :is(path, rect):not(defs *), svg.chart-surface :is(path, rect)')) {
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

/**
 * Arms a one-shot measurement of "the reader acts → the projects table shows it". Start: the timeStamp of the
 * first click/input/change event after arming. End: the MutationObserver callback in which the count
 * ("显示 N / M 个项目") or the first row of the table differs from before (a filter changes the count and the
 * rows in one render; a sort changes the first row); `frame` is the first frame after, layout and paint included.
 * @param {{ count: Element, table: Element }} targets
 */
export function armTableProbe({ count, table }) {
  const read = () => `${count.textContent}|${table.querySelector('tbody tr[data-row-id]')?.textContent ?? ''}`;
  const before = read();
  const probe = { start: null, text: null, frame: null };
  const types = ['click', 'input', 'change'];
  const onEvent = (event) => { probe.start ??= event.timeStamp; };
  for (const type of types) document.addEventListener(type, onEvent, true);
  const observer = new MutationObserver(() => {
    if (probe.start === null || probe.text !== null || read() === before) return;
    probe.text = performance.now() - probe.start;
    observer.disconnect();
    for (const type of types) document.removeEventListener(type, onEvent, true);
    requestAnimationFrame(() => setTimeout(() => { probe.frame = performance.now() - probe.start; }));
  });
  for (const el of [count, table]) observer.observe(el, { childList: true, subtree: true, characterData: true });
  window.__tableProbe = probe;
}

/**
 * Scrolls the element for `ms` at `pxPerSecond`, one step per animation frame, and returns every frame's
 * duration (ms between consecutive frames): the reader's "does it stutter" while the virtualiser swaps rows.
 * @param {Element} el
 * @param {{ ms: number, pxPerSecond: number }} options
 */
export function scrollFrames(el, { ms, pxPerSecond }) {
  return new Promise((resolve) => {
    const frames = [];
    const start = performance.now();
    let last = start;
    let direction = 1;
    const step = (now) => {
      const dt = now - last;
      if (now !== start) frames.push(dt);
      last = now;
      el.scrollTop += direction * pxPerSecond * (dt / 1000);
      // Bounce at either end, so a short list still scrolls for the whole time.
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) direction = -1;
      else if (el.scrollTop <= 0) direction = 1;
      if (now - start < ms) requestAnimationFrame(step);
      else resolve(frames);
    };
    requestAnimationFrame(step);
  });
}

/** Event Timing: how long the page spent handling its slowest click (processing, i.e. the handler itself). */
export function watchClickTiming() {
  window.__clicks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'click') window.__clicks.push({ processing: entry.processingEnd - entry.processingStart, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}
