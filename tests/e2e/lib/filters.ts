// The shared filter bar, driven as a reader does (overview and projects view alike): each field is a button
// named by its label and what is chosen ("阶段 全部"), opening a menu of checkboxes (Radix Popover).
import type { Locator, Page } from 'playwright-core';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field's button: its accessible name starts with the label. */
export const filterButton = (page: Page, label: string): Locator =>
  page.getByRole('button', { name: new RegExp(`^${escape(label)} `) });

/**
 * On the overview the bar sits behind a disclosure (项目筛选), closed unless the link carries filters: open it if
 * it is closed. The projects view has no disclosure, and then this does nothing.
 */
export async function openFilters(page: Page): Promise<void> {
  const closed = page.getByRole('button', { name: /^(项目筛选|Filter the projects)/, expanded: false });
  if (await closed.count()) await closed.click();
}

/** Opens the field's menu, ticks (or unticks) each option, closes it with Escape. */
export async function toggleFilter(page: Page, label: string, ...options: string[]): Promise<void> {
  await openFilters(page);
  const button = filterButton(page, label);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  for (const option of options) await page.getByRole('checkbox', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox', { name: options[0], exact: true }).waitFor({ state: 'detached' });
}

/** What the field says is chosen (全部, or the chosen names). */
export const chosenIn = (page: Page, label: string): Promise<string> =>
  filterButton(page, label).locator('.multi-value').innerText();
