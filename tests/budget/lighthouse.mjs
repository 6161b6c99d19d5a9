// Lighthouse 12.2.3 against the demo build on a plain static host under a sub-path.
// Each run gets a fresh Chromium (chrome-launcher makes a temp profile) with the suite's flags.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/lib/chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

/** The first few offending items of an audit (console text, URL or element), for the report. */
function detail(audit) {
  const items = (audit.details?.items ?? []).slice(0, 3)
    .map((item) => item.description ?? item.node?.snippet ?? item.url ?? item.source?.url ?? '')
    .filter(Boolean);
  return items.length ? ` [${items.join(' | ').slice(0, 400)}]` : '';
}

/**
 * One Lighthouse run. Returns scores (0–100) plus the requests that break the
 * "no web fonts, no other hosts" rule, and the failing audits of the strict categories.
 * @param {string} url
 * @param {'mobile' | 'desktop'} formFactor
 */
export async function runLighthouse(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);

    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const origin = new URL(url).origin;
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const fonts = requests
      .filter((item) => item.resourceType === 'Font' || /^font\//.test(item.mimeType ?? '') || FONT_FILE.test(item.url))
      .map((item) => item.url);
    const foreign = requests
      .filter((item) => /^https?:/.test(item.url) && new URL(item.url).origin !== origin)
      .map((item) => item.url);
    // Which audits cost points in the categories that must be perfect, for a readable failure.
    const failing = ['accessibility', 'best-practices'].flatMap((id) => (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${id}/${ref.id}: ${lhr.audits[ref.id].title}${detail(lhr.audits[ref.id])}`));
    // The metrics behind the performance score, so a low score says where the time goes.
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const metrics = { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') };
    return { scores, fonts, foreign, failing, metrics, requestCount: requests.length };
  } finally {
    await chrome.kill();
  }
}
