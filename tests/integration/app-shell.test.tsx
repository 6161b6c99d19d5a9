import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The stores read the URL when their module loads, so each case loads the app fresh.
async function renderAppAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const { App } = await import('@/app/app');
  return render(<App />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the app shell, through MSW', () => {
  it('shows the title, the as-of date, the source and the KPI figures from the data', async () => {
    await renderAppAt('');
    expect(screen.getByRole('heading', { level: 1, name: '豫东南高新区建设进展看板' })).toBeInTheDocument();
    expect(screen.getByText('数据截至 2024年5月30日')).toBeInTheDocument();
    expect(screen.getByText(/1320177/)).toBeInTheDocument();
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(await within(kpis).findByRole('button', { name: '319.3亿元' })).toBeInTheDocument();
    expect(await within(kpis).findByRole('button', { name: '300亿元以上' })).toBeInTheDocument();
    expect(within(kpis).getAllByText('示例数据').length).toBeGreaterThan(0);
  });

  it('switches to English, mirrors it to the URL, and formats figures for English readers', async () => {
    await renderAppAt('');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(window.location.search).toBe('?lang=en');
    const kpis = screen.getByRole('region', { name: 'Key figures' });
    expect(await within(kpis).findByRole('button', { name: 'CNY 31.93 bn' })).toBeInTheDocument();
    expect(within(kpis).getByRole('button', { name: 'over CNY 30 bn' })).toBeInTheDocument();
  });

  it('tells the reader when a shared link carries a language it cannot use, and drops it', async () => {
    await renderAppAt('?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    // The input is shown as the parameter it was (lang=…), as text, and not in quotation marks: those are kept for the letter's words.
    expect(screen.getByText(/无法识别/).textContent).toBe('链接中的语言参数 lang=<script>alert(1)</script> 无法识别，已按中文显示。');
    expect(document.querySelector('script')).toBeNull();
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('button', { name: '319.3亿元' })).toBeInTheDocument();
  });
});
