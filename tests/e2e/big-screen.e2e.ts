// Journey: the weekly briefing puts the dashboard on the meeting-room screen (大屏, issue 14). Opened from the header's
// link at 1920×1080 it fills the screen with no scroll; the keyboard moves between named panels and the URL follows;
// at 1366×768 every panel shows whole (nothing outside its panel or the window, nothing overflowing), the 16:9 stage
// letterboxed; at 3840×2160 it fills again; in both languages each panel's content fills the stage's height, with no
// tall empty band and no large bare patch (its charts take what the panel leaves); axe finds nothing serious. The
// geometry is measured by lib/stage.ts. Screenshots for review land in tests/.out/screenshots/big-screen-*.png. Demo build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREEN_PANEL_IDS as SCREEN_PANELS } from '../../src/app/big-screen/screen-panels';
import { expectAccessible } from './lib/axe';
import { ROOT } from './lib/build.mjs';
import { openJourney, unexpectedProblems, withQuery } from './lib/page';
import { emptyArea, expectFills, filled, settledCutOff, stageGeometry, stageShot as shot } from './lib/stage';
import { drawnMarks, useBrowser } from './lib/steps';

type Panel = (typeof SCREEN_PANELS)[number];
type Lang = 'zh' | 'en';
const NAMES_IN: Record<Lang, Record<Panel, string>> = {
  zh: { overview: '总览', funds: '基金与投资', energy: '能源项目', policy: '政策任务与合作', attention: '需关注事项' },
  en: { overview: 'Overview', funds: 'Funds and investment', energy: 'Energy projects', policy: 'Policy and cooperation', attention: 'Needing attention' },
};
const HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
const UHD = { width: 3840, height: 2160 };
/** 16:10 (bars of 45 px above and below the stage) and 21:9 (bars of 320 px beside it). */
const TALL = { width: 1440, height: 900 };
const ULTRA = { width: 2560, height: 1080 };

const panelParam = (page: Page) => new URL(page.url()).searchParams.get('panel');

/** How many charts each panel draws (the verdict, tiles and lists are not charts). */
const CHARTS: Record<Panel, number> = { overview: 2, funds: 2, energy: 1, policy: 1, attention: 0 };
/**
 * The largest bare area a panel may leave, as a share of the stage (emptyArea in lib/stage.ts). The good panels
 * measure up to 0.044 (the overview: its gutters and the verdict's line ends); the energy and policy figures in a
 * column beside their chart left 0.23 and 0.18.
 */
const MAX_BARE = 0.08;

/** The panel on screen is `id`: the bar's heading names it, its region is there, loaded, and every chart plots marks. */
async function showing(page: Page, id: Panel, lang: Lang = 'zh'): Promise<void> {
  const name = NAMES_IN[lang][id];
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  const region = page.getByRole('region', { name, exact: true });
  await region.waitFor();
  await expect.poll(() => region.evaluate((el) => el.querySelectorAll('.skeleton, [aria-busy="true"]').length), { timeout: 15_000 }).toBe(0);
  await expect.poll(async () => {
    const marks = Object.values(await drawnMarks(page));
    return marks.length === CHARTS[id] && marks.every((n) => n > 0);
  }, { timeout: 15_000 }).toBe(true);
}

describe('big-screen mode', () => {
  const browser = useBrowser();

  it('opened from the header link at 1920×1080, it fills the screen with no scroll, dark, with its date and the full-screen hint', async () => {
    const journey = await openJourney(browser(), inject('demoUrl'), HD);
    const { page } = journey;
    await page.getByRole('link', { name: '大屏', exact: true }).click();
    await showing(page, 'overview');
    expect(new URL(page.url()).searchParams.get('mode')).toBe('screen');
    await expectFills(page, HD, '1920×1080');
    await page.getByRole('banner').getByText('数据截至 2024年5月30日', { exact: true }).waitFor();
    await page.getByText('按 F 键或点击「全屏」进入全屏').waitFor();
    // One key press is the gesture the browser asks for; F again (or Esc, the browser's) leaves.
    await page.keyboard.press('f');
    await page.getByText('按 Esc 退出全屏').waitFor();
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await page.keyboard.press('f');
    await page.getByText('按 F 键或点击「全屏」进入全屏').waitFor();
    const colours = await page.evaluate(() => [getComputedStyle(document.querySelector('.bs-root') as Element).backgroundColor,
      getComputedStyle(document.querySelector('.bs-stage') as Element).backgroundColor]);
    expect(colours[0]).toBe('rgb(0, 0, 0)');
    expect(colours[1]).not.toBe('rgb(255, 255, 255)');
    expect(await settledCutOff(page)).toEqual([]);
    await shot(page, '1920x1080');
    await expectAccessible(page, 'big screen, overview, 1920×1080');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('→, PageDown and ← move between the named panels, the URL\'s panel follows, and history does not grow', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { mode: 'screen', panel: 'energy' }), HD);
    const { page } = journey;
    await showing(page, 'energy');
    await shot(page, '1920x1080-energy');
    const entries = await page.evaluate(() => history.length);
    for (const [key, id] of [['ArrowRight', 'policy'], ['PageDown', 'attention'], ['ArrowRight', 'overview'], ['ArrowRight', 'funds'], ['ArrowLeft', 'overview'], ['PageUp', 'attention']] as const) {
      await page.keyboard.press(key);
      await showing(page, id);
      await expect.poll(() => panelParam(page), { timeout: 5_000 }).toBe(id);
      if (id !== 'overview') await shot(page, `1920x1080-${id}`);
    }
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expectAccessible(page, 'big screen, attention, 1920×1080');
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('at 1366×768 every panel shows whole inside its panel, and the stage keeps 16:9', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { mode: 'screen', panel: 'overview' }), LAPTOP);
    const { page } = journey;
    for (const [i, id] of SCREEN_PANELS.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await showing(page, id);
      expect.soft(await settledCutOff(page), `${id} at 1366×768`).toEqual([]);
      await expectFills(page, LAPTOP, `${id} at 1366×768`);
      if (i === 0) await shot(page, '1366x768');
    }
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('at 3840×2160 it fills again, drawn, nothing cut off; at 16:10 and 21:9 the same stage shows between black bars', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { mode: 'screen', panel: 'funds' }), UHD);
    const { page } = journey;
    await showing(page, 'funds');
    await expectFills(page, UHD, '3840×2160');
    expect(await settledCutOff(page)).toEqual([]);
    // Taller than 16:9 (a 16:10 laptop) and wider (a 21:9 monitor): the same stage, with black bars on the other side.
    const sizes: [{ width: number; height: number }, [number, number][]][] = [[TALL, [[720, 10], [720, 890]]], [ULTRA, [[10, 540], [2550, 540]]]];
    for (const [size, points] of sizes) {
      await page.setViewportSize(size);
      await expect.poll(async () => Math.round((await stageGeometry(page)).stage?.height ?? 0)).toBe(Math.round(Math.min(size.height, size.width * 9 / 16)));
      await expectFills(page, size, `${size.width}×${size.height}`);
      expect(await settledCutOff(page)).toEqual([]);
      const bars = await page.evaluate((xy) => xy.map(([x, y]) => {
        const el = document.elementFromPoint(x, y);
        return el ? `${el.className} ${getComputedStyle(el).backgroundColor}` : 'nothing';
      }), points);
      expect(bars, `${size.width}×${size.height}: the bars are the black frame`).toEqual(['bs-root rgb(0, 0, 0)', 'bs-root rgb(0, 0, 0)']);
    }
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  it('rotation pauses under the pointer, and does not run at all when the system asks for less motion', async () => {
    const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { mode: 'screen', interval: '10' }), HD);
    const { page } = journey;
    await showing(page, 'overview');
    await page.getByText('自动轮播 · 每10秒').waitFor();
    await page.mouse.move(960, 600);
    await page.getByText('鼠标停留，轮播暂停').waitFor();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByText('系统要求减少动态效果，已停止自动轮播；方向键仍可切换').waitFor();
    expect(unexpectedProblems(journey.problems)).toEqual([]);
    await journey.close();
  });

  // The charts take the room their panel leaves (ChartSizing, provided in big-screen.tsx): no panel a band of
  // figures over an empty screen, nor a column of tiles over bare stage beside its chart. The stage's layout is the
  // same at every window size; both common ones are checked.
  const fills: Record<string, Record<string, number>> = {};
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every panel's content fills the stage's height at 1920×1080 and 1366×768, nothing cut off`, async () => {
      const journey = await openJourney(browser(), withQuery(inject('demoUrl'), { mode: 'screen', panel: 'overview', lang }), HD);
      const { page } = journey;
      for (const size of [HD, LAPTOP]) {
        await page.setViewportSize(size);
        for (const [i, id] of SCREEN_PANELS.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await showing(page, id, lang);
          const label = `${lang} ${id} at ${size.width}×${size.height}`;
          expect.soft(await settledCutOff(page), label).toEqual([]);
          const f = await filled(page);
          const empty = await emptyArea(page);
          fills[label] = { ...f, ...empty };
          expect.soft(f.span, `${label}: share of the stage's height in use`).toBeGreaterThanOrEqual(0.8);
          expect.soft(f.gap, `${label}: the tallest empty band, as a share of the stage's height`).toBeLessThanOrEqual(0.1);
          expect.soft(empty.largest, `${label}: the largest bare area in the panel, as a share of the stage`).toBeLessThanOrEqual(MAX_BARE);
          if (size === HD && lang === 'en') await shot(page, `en-1920x1080-${id}`);
          if (size === HD && lang === 'zh' && id === 'overview') {
            // A chosen segment adds its footer under the stage chart: the chart follows its slot and gives up the room.
            await page.getByRole('button', { name: /^新基建·在建：/ }).click();
            await page.getByRole('button', { name: '清除选择', exact: true }).waitFor();
            expect.soft(await settledCutOff(page), `${label}, a segment chosen`).toEqual([]);
            expect.soft((await filled(page)).gap, `${label}, a segment chosen: the tallest empty band`).toBeLessThanOrEqual(0.1);
            await page.getByRole('button', { name: '清除选择', exact: true }).click();
            await page.getByRole('button', { name: '清除选择', exact: true }).waitFor({ state: 'detached' });
          }
        }
        await page.keyboard.press('ArrowRight');
      }
      mkdirSync(join(ROOT, 'tests', '.out'), { recursive: true });
      writeFileSync(join(ROOT, 'tests', '.out', 'big-screen-fill.json'), `${JSON.stringify(fills, null, 1)}\n`);
      expect(unexpectedProblems(journey.problems)).toEqual([]);
      await journey.close();
    });
  }
});
