// Keyboard reachability, written generally so new widgets are covered without new tests:
// every visible button/link/input/select must be reached by Tab, and every element that
// Tab lands on must show a focus indicator (outline or box-shadow) while :focus-visible.
import type { Page } from 'playwright-core';

const MARK = 'data-e2e-tab';

export interface TabReport {
  /** Controls that Tab never reached. */
  unreachable: string[];
  /** Controls that got focus but draw no visible indicator. */
  invisibleFocus: string[];
  /** How many controls were expected / how many Tab presses it took. */
  controls: number;
  presses: number;
}

export async function tabThroughPage(page: Page): Promise<TabReport> {
  const controls = await page.evaluate((mark) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"]';
    let index = 0;
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const disabled = (element as HTMLButtonElement).disabled || element.closest('[inert], [aria-hidden="true"]');
      const visible = element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
        && element.getBoundingClientRect().width > 0;
      if (!disabled && visible) element.setAttribute(mark, String(index++));
    }
    return index;
  }, MARK);

  // Start from the top of the document, as a keyboard user arriving on the page would.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });

  const reached = new Set<string>();
  const invisibleFocus: string[] = [];
  const seenOrder: string[] = [];
  const limit = controls * 2 + 20;
  let presses = 0;
  for (; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((mark) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const text = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '').trim().slice(0, 40);
      return {
        id: element.getAttribute(mark) ?? `unmarked:${element.tagName.toLowerCase()}:${text}`,
        label: `<${element.tagName.toLowerCase()}> "${text}"`,
        indicator: element.matches(':focus-visible') && (outline || shadow),
      };
    }, MARK);
    if (!focus) {
      if (reached.size > 0) break; // focus left the document: a full cycle is done
      continue;
    }
    if (seenOrder[0] === focus.id && reached.size > 1) break; // wrapped round to the start
    seenOrder.push(focus.id);
    if (!reached.has(focus.id) && !focus.indicator) invisibleFocus.push(focus.label);
    reached.add(focus.id);
  }

  const unreachable = await page.evaluate(({ mark, ids }) => Array.from(document.querySelectorAll(`[${mark}]`))
    .filter((element) => !ids.includes(element.getAttribute(mark) ?? ''))
    .map((element) => `<${element.tagName.toLowerCase()}> "${(element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 40)}"`),
  { mark: MARK, ids: [...reached] });
  return { unreachable, invisibleFocus, controls, presses };
}
