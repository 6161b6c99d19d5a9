/**
 * The shell's own boundary: whatever escapes the panels' boundaries (here the KPI strip's frame, which is
 * no panel) costs the page body, never the header, and Retry brings the body back.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import type * as KpiStripModule from '../../src/app/kpi-strip';

const shell = vi.hoisted(() => ({ crash: false }));
vi.mock('../../src/app/kpi-strip', async (importOriginal) => {
  const real = await importOriginal<typeof KpiStripModule>();
  return {
    ...real,
    KpiStrip: () => {
      if (shell.crash) throw new Error('a bug outside any panel');
      return <real.KpiStrip />;
    },
  };
});

beforeEach(() => {
  // React reports every error a boundary catches on console.error; here it is the point of the test.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  shell.crash = false;
});

describe('the shell boundary', () => {
  it('keeps the header when something outside the panels throws, and Retry brings the page back', async () => {
    shell.crash = true;
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: '豫东南高新区建设进展看板' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument();
    const alert = within(screen.getByRole('main')).getByRole('alert');
    expect(alert).toHaveTextContent('此部分未能显示');
    expect(alert).toHaveTextContent('顶部标题栏仍可使用');
    expect(screen.queryByRole('region', { name: '关键指标' })).not.toBeInTheDocument();

    shell.crash = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(await within(kpis).findByText('319.3亿元')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
