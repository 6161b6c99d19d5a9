// Driving the shared filter bar as a reader does: a field is a button named by its label and what is chosen
// ("阶段 全部", "类别 推断 新工科"); it opens a menu of checkboxes (Radix Popover, in a portal on <body>).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { LANGS, MESSAGES } from '../../../src/lib/i18n';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DISCLOSURE = new RegExp(`^(${LANGS.map((lang) => escape(MESSAGES[lang].filters.title)).join('|')})`);

/** The field's button, found once the (lazily loaded) filter bar is in; on the overview, behind its disclosure. */
export async function filterButton(label: string): Promise<HTMLElement> {
  const closed = screen.queryByRole('button', { name: DISCLOSURE, expanded: false });
  if (closed) await userEvent.click(closed);
  return screen.findByRole('button', { name: new RegExp(`^${escape(label)}( |$)`) }, { timeout: 3000 });
}

/** What the field's button says is chosen: 全部 / All, or the chosen names. */
export async function chosen(label: string): Promise<string> {
  return (await filterButton(label)).querySelector('.multi-value')?.textContent ?? '';
}

/** Opens the field's menu, ticks (or unticks) each option, and closes it with Escape, as a keyboard user would. */
export async function toggle(label: string, ...options: string[]): Promise<void> {
  await userEvent.click(await filterButton(label));
  for (const option of options) await userEvent.click(await screen.findByRole('checkbox', { name: option }));
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('checkbox', { name: options[0] })).toBeNull());
}
