// "No sideways scroll": the page never scrolls horizontally at the given viewport.
// On failure it names the elements sticking out, which is what a developer needs.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const result = await page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const width = window.innerWidth;
    const culprits: string[] = [];
    if (scroller.scrollWidth > width) {
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        const box = element.getBoundingClientRect();
        if (box.right > width + 0.5 && box.width > 0) {
          const name = element.tagName.toLowerCase()
            + (element.id ? `#${element.id}` : '')
            + (typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '');
          culprits.push(`${name} (right edge ${Math.round(box.right)}px)`);
        }
      }
    }
    return { scrollWidth: scroller.scrollWidth, width, culprits: culprits.slice(0, 8) };
  });
  // Soft, like the axe check: report it and let the journey carry on looking for more.
  expect.soft(result.scrollWidth, `${label}: page scrolls sideways (scrollWidth ${result.scrollWidth} > innerWidth ${result.width}).\n`
    + `  Wider than the viewport:\n    ${result.culprits.join('\n    ')}`).toBeLessThanOrEqual(result.width);
}
