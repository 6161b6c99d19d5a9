import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { chosen, toggle } from './lib/filters';
import { renderAppAt } from './lib/app';
import { spaced } from '../lib/spaces';


afterEach(async () => {
  // Let nuqs write what it still has queued before the next case sets its own URL.
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  window.history.replaceState(null, '', '/');
});

describe('the app shell, through MSW', () => {
  it('shows the title, the as-of date, the source and the KPI figures from the data', async () => {
    await renderAppAt('');
    expect(screen.getByRole('heading', { level: 1, name: '豫东南高新区建设进展看板' })).toBeInTheDocument();
    expect(screen.getByText('数据截至 2024年5月30日')).toBeInTheDocument();
    expect(screen.getByText(/1320177/)).toBeInTheDocument();
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(await within(kpis).findByRole('button', { name: '319.3亿元' })).toBeInTheDocument();
    expect(await within(kpis).findByRole('button', { name: '300亿元以上' })).toBeInTheDocument();
    expect(within(kpis).getAllByRole('img', { name: '示例数据' }).length).toBeGreaterThan(0);
  });

  it('switches to English, mirrors it to the URL, and formats figures for English readers', async () => {
    await renderAppAt('');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(window.location.search).toBe('?lang=en'));
    const kpis = screen.getByRole('region', { name: 'Key figures' });
    expect(await within(kpis).findByRole('button', { name: spaced('CNY 31.93 bn') })).toBeInTheDocument();
    expect(within(kpis).getByRole('button', { name: spaced('over CNY 30 bn') })).toBeInTheDocument();
  });

  it('tells the reader when a shared link carries a language it cannot use, and drops it', async () => {
    await renderAppAt('?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    // The input is shown as the parameter it was (lang=…), as text, and not in quotation marks: those are kept for the letter's words.
    expect(screen.getByText(/无法识别/).textContent).toBe('链接中的语言参数 lang=<script>alert(1)</script> 无法识别，已按中文显示。');
    expect(document.querySelector('script')).toBeNull();
    await waitFor(() => expect(window.location.search).toBe(''));
    // Scoped to the KPI strip: the key items name the same total once their panel is in.
    expect(await within(screen.getByRole('region', { name: '关键指标' })).findByRole('button', { name: '319.3亿元' })).toBeInTheDocument();
  });

  it('drops lang=xx and a hostile filter from a shared link, keeps the valid filter, and says so for each', async () => {
    await renderAppAt(`?lang=xx&park=${encodeURIComponent('<script>')}&stage=construction`);
    // The whole app renders here (lazy filter bar included): give a loaded machine time, not a different answer.
    const slow = { timeout: 5000 };
    expect(await screen.findByText('链接中的语言参数 lang=xx 无法识别，已按中文显示。', {}, slow)).toBeInTheDocument();
    expect(await screen.findByText('链接中的筛选条件无效，已忽略：park=<script>', {}, slow)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?stage=construction'), slow);
    expect(await chosen('阶段')).toBe('在建');
  });

  it('follows Back and Forward across the language: it is part of the view the URL restores', async () => {
    await renderAppAt('');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(window.location.search).toBe('?lang=en'));
    // A filter choice adds an entry; switching language then replaces that entry only.
    await toggle('Stage', 'Under construction');
    await waitFor(() => expect(window.location.search).toBe('?lang=en&stage=construction'));
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() => expect(window.location.search).toBe('?stage=construction'));
    expect(await screen.findByRole('button', { name: 'English' })).toBeInTheDocument();

    const traverse = (go: () => void) => act(async () => {
      const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      go();
      await moved;
    });
    await traverse(() => window.history.back());
    expect(window.location.search).toBe('?lang=en');
    expect(await screen.findByRole('button', { name: '中文' })).toBeInTheDocument();
    expect(await chosen('Stage')).toBe('All');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await traverse(() => window.history.forward());
    expect(await screen.findByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(await chosen('阶段')).toBe('在建');
  });
});
