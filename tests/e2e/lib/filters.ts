// The shared filter bar, driven as a reader does (overview and projects view alike): each field is a button
// named by its label and what is chosen ("阶段 全部"), opening a menu of checkboxes (Radix Popover).
import type { Locator, Page } from 'playwright-core';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field's button: its accessible name starts with the label. */
export const filterButton = (page: Page, label: string): Locator =>
  page.getByRole('button', { name: new RegExp(`^${escape(label)} `) });

/** Opens the field's menu, ticks (or unticks) each option, closes it with Escape. */
export async function toggleFilter(page: Page, label: string, ...options: string[]): Promise<void> {
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
