/**
 * The big-screen mode through the whole app and MSW, as a meeting-room screen is set up from a link: the named
 * panel, the keys and the URL they write (replacing the entry), the rotation and its pause, reduced motion, full
 * screen where the browser has it (and the note where it has not), the way back, and what a bad link is told.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt, settleAndResetUrl } from './lib/app';

// Each case loads the app afresh (and the mode's chunk, and each panel's on the way): slower than a unit, and much
// slower on oversubscribed cores, where a panel's lazy chunk has been seen to take more than 5 s to arrive.
vi.setConfig({ testTimeout: 60_000 });
const slow = { timeout: 15_000 };
const search = () => window.location.search;
const panelParam = () => new URLSearchParams(search()).get('panel');
/** The current panel is the region its name labels; the name is also the top bar's heading. */
const panel = (name: string) => screen.findByRole('region', { name }, slow);
const press = (key: string) => fireEvent.keyDown(window, { key });

/**
 * Timers only, still running in real time as well: nuqs and React live on across cases, and a clock (Date) moved
 * minutes ahead would leave nuqs waiting those minutes to write the URL once the real clock is back.
 */
const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true };
const realMatchMedia = window.matchMedia;
afterEach(async () => {
  // nuqs and React are not reloaded between cases: a URL write queued on a fake timer must run before the
  // real timers return, or it never runs and the next case's writes queue behind it.
  if (vi.isFakeTimers()) await act(() => vi.runOnlyPendingTimersAsync());
  vi.useRealTimers();
  window.matchMedia = realMatchMedia;
  await settleAndResetUrl(120);
});

describe('opening a screen from a link', () => {
  it('shows the named panel by name, dark on its own, with the data\'s date and the note that full screen is missing here', async () => {
    await renderAppAt('?mode=screen&panel=energy');
    const region = await panel('能源项目');
    expect(screen.getByRole('heading', { level: 2, name: '能源项目' })).toBeInTheDocument();
    expect(screen.getByText('3 / 5')).toBeInTheDocument();
    // The panel holds the feature's own chart and tile, not a copy.
    expect(await within(region).findByRole('region', { name: '能源项目规模与阶段' }, slow)).toBeInTheDocument();
    expect(await screen.findByText('数据截至 2024年5月30日', {}, slow)).toHaveAttribute('data-provenance', 'documented');
    // jsdom has no Fullscreen API: no button, and the screen says the layout shows as it is.
    expect(screen.queryByRole('button', { name: '全屏' })).toBeNull();
    expect(screen.getByText('此设备不支持全屏，按原布局显示')).toBeInTheDocument();
    // The page is not rendered behind it, and the stored theme is left alone.
    expect(screen.queryByRole('link', { name: '大屏' })).toBeNull();
    expect(localStorage.getItem('ydn-theme')).toBeNull();
  });

  it('←/→ and PageUp/PageDown move (wrapping), and the URL follows without adding history entries', async () => {
    await renderAppAt('?mode=screen&panel=energy&lang=zh');
    await panel('能源项目');
    const entries = window.history.length;
    press('ArrowRight');
    await panel('政策任务与合作');
    await waitFor(() => expect(panelParam()).toBe('policy'), slow);
    press('PageDown');
    await panel('需关注事项');
    press('ArrowRight');
    await panel('总览');
    await waitFor(() => expect(panelParam()).toBe('overview'), slow);
    press('ArrowLeft');
    await panel('需关注事项');
    press('PageUp');
    await panel('政策任务与合作');
    await waitFor(() => expect(panelParam()).toBe('policy'), slow);
    expect(new URLSearchParams(search()).get('lang')).toBe('zh');
    expect(window.history.length).toBe(entries);
  });

  it('the buttons move too, and keys typed into a field are left to the field', async () => {
    await renderAppAt('?mode=screen');
    await panel('总览');
    await userEvent.click(screen.getByRole('button', { name: '下一个' }));
    await panel('基金与投资');
    await userEvent.click(screen.getByRole('button', { name: '上一个' }));
    await panel('总览');
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    fireEvent.keyDown(field, { key: 'ArrowRight' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.getByRole('region', { name: '总览' })).toBeInTheDocument();
    field.remove();
  });
});

describe('rotation', () => {
  it('Space pauses and resumes, and the indicator says which', async () => {
    await renderAppAt('?mode=screen&interval=30');
    await panel('总览');
    expect(screen.getByText('自动轮播 · 每30秒')).toBeInTheDocument();
    press(' ');
    expect(await screen.findByText('已暂停 · 按空格继续', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-pressed', 'true');
    press(' ');
    expect(await screen.findByText('自动轮播 · 每30秒', {}, slow)).toBeInTheDocument();
    // The button is the same switch, for a mouse.
    await userEvent.click(screen.getByRole('button', { name: '暂停' }));
    expect(await screen.findByText('已暂停 · 按空格继续', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('advances every interval, and not while paused', async () => {
    vi.useFakeTimers(TIMERS);
    await renderAppAt('?mode=screen&interval=30');
    await panel('总览');
    await act(() => vi.advanceTimersByTimeAsync(29_000));
    expect(screen.getByRole('region', { name: '总览' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    await panel('基金与投资');
    await waitFor(() => expect(panelParam()).toBe('funds'), slow);
    press(' ');
    await screen.findByText('已暂停 · 按空格继续', {}, slow);
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(screen.getByRole('region', { name: '基金与投资' })).toBeInTheDocument();
  });

  it('does not rotate by itself when the system asks for less motion, and says so; the keys still move', async () => {
    window.matchMedia = (query: string) => ({ ...realMatchMedia(query), matches: query.includes('prefers-reduced-motion: reduce') });
    vi.useFakeTimers(TIMERS);
    await renderAppAt('?mode=screen&interval=10');
    await panel('总览');
    expect(screen.getByText('系统要求减少动态效果，已停止自动轮播；方向键仍可切换')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.getByRole('region', { name: '总览' })).toBeInTheDocument();
    press('ArrowRight');
    await panel('基金与投资');
  });

  it('without an interval nothing rotates and there is nothing to pause', async () => {
    vi.useFakeTimers(TIMERS);
    await renderAppAt('?mode=screen&panel=funds');
    await panel('基金与投资');
    await act(() => vi.advanceTimersByTimeAsync(700_000));
    expect(screen.getByRole('region', { name: '基金与投资' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '暂停' })).toBeNull();
  });
});

describe('links in and out', () => {
  it('the header link opens the screen of the same view and language; the exit link drops only the mode\'s keys', async () => {
    await renderAppAt('?lang=en&category=new-infrastructure');
    const enter = await screen.findByRole('link', { name: 'Big screen' }, slow);
    expect(new URL(enter.getAttribute('href') ?? '', 'http://x').search).toBe('?lang=en&category=new-infrastructure&mode=screen');
    await userEvent.click(enter);
    await panel('Overview');
    await userEvent.keyboard('{ArrowRight}');
    await panel('Funds and investment');
    await waitFor(() => expect(panelParam()).toBe('funds'), slow);
    const exit = screen.getByRole('link', { name: 'Exit big screen' });
    expect(exit).toHaveAttribute('href', '/?lang=en&category=new-infrastructure');
    await userEvent.click(exit);
    expect(await screen.findByRole('link', { name: 'Big screen' }, slow)).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe('?lang=en&category=new-infrastructure'), slow);
  });

  it('a link with values it cannot use is told what was ignored or adjusted, and the URL is corrected', async () => {
    await renderAppAt('?mode=screen&panel=moon&interval=abc');
    await panel('总览');
    expect(await screen.findByText(/链接中的参数 panel=moon 无法识别，已忽略。.*interval=abc/, {}, slow)).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe('?mode=screen'), slow);
    // Kept after the correction, so the room can still read it.
    expect(screen.getByText(/panel=moon/)).toBeInTheDocument();
  });

  it('an interval out of bounds is clamped, said, and written back', async () => {
    await renderAppAt('?mode=screen&interval=5');
    await panel('总览');
    expect(await screen.findByText('轮播间隔 5 秒超出 10–600 秒，已按 10 秒。', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('自动轮播 · 每10秒')).toBeInTheDocument();
    await waitFor(() => expect(new URLSearchParams(search()).get('interval')).toBe('10'), slow);
  });
});

describe('full screen', () => {
  it('F and the button ask the browser, which needs that key press or click', async () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request });
    try {
      await renderAppAt('?mode=screen');
      await panel('总览');
      expect(screen.getByText('按 F 键或点击「全屏」进入全屏')).toBeInTheDocument();
      // The screen mounted outside act (its chunk and data arrived on their own): let React run its effects, the
      // key listener among them, before the key press.
      await act(() => Promise.resolve());
      press('f');
      expect(request).toHaveBeenCalledTimes(1);
      await userEvent.click(screen.getByRole('button', { name: '全屏' }));
      expect(request).toHaveBeenCalledTimes(2);
    } finally {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
      delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen;
    }
  });
});
