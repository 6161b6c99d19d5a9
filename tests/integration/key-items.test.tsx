/**
 * "重点事项与下一步": the letter's non-KPI facts, each with the letter's own words beside it, no invented
 * amounts for the named partners, and each resource's part failing on its own.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { QUOTES } from '../../seeds/documented';
import { unquoted } from '../../src/components/source-quote';
import { KeyItemsPanel } from '../../src/features/key-items/key-items-panel';
import { useLanguageStore } from '../../src/stores/language-store';
import { spaced } from '../lib/spaces';

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<NuqsAdapter><QueryClientProvider client={client}><KeyItemsPanel /></QueryClientProvider></NuqsAdapter>);
}

/** The block under an h3: what a leader reads as one part of the panel. */
const part = (name: string) => screen.getByRole('heading', { level: 3, name }).parentElement!;
/**
 * A quote is shown verbatim in a <q>; FigureValue tooltips also carry it, so match the <q> only. <q> draws its
 * own marks, so a quote stored with them shows without (tests/unit/quote-marks.test.tsx).
 */
const quote = (text: string, scope: HTMLElement = document.body) => within(scope).getAllByText(unquoted(text), { selector: 'q' });

afterEach(() => {
  act(() => useLanguageStore.getState().setLang('zh'));
});

describe('KeyItemsPanel', () => {
  it('is a labelled section with the policy document and the platform applications by stage', async () => {
    renderPanel();
    expect(screen.getByRole('region', { name: '重点事项与下一步' })).toBeInTheDocument();
    const platforms = part('政策与开放平台');
    expect(await within(platforms).findByText(/《关于支持豫东南高新区高质量发展的若干政策》（信文〔2024〕3号）/)).toBeInTheDocument();
    expect(quote(QUOTES.policy, platforms)).toHaveLength(1);

    // The FTZ linkage zone is among the letter's next steps (下一步), not "being applied for": the letter does not say so.
    const ftz = within(platforms).getByText(/^中国\(河南\)自由贸易试验区信阳开放联动创新区/, { selector: 'li > span' }).closest('li')!;
    expect(ftz).toHaveTextContent('来函所列下一步工作');
    expect(quote(QUOTES.ftz, ftz)).toHaveLength(1);
    const bonded = within(platforms).getByText(/^综合保税区/, { selector: 'li > span' }).closest('li')!;
    expect(bonded).toHaveTextContent('列入第一批任务清单');
    expect(quote(QUOTES.platformTask, bonded)).toHaveLength(1);
    expect(within(platforms).getAllByText('来函所列下一步工作')).toHaveLength(3);
    expect(within(platforms).getAllByText('列入第一批任务清单')).toHaveLength(3);
    expect(within(platforms).queryByText('申建中')).not.toBeInTheDocument();
    // By stage: the policy's task list first, then the letter's next steps.
    const stages = within(platforms).getAllByText(/^(列入第一批任务清单|来函所列下一步工作)$/).map((b) => b.textContent);
    expect(stages).toEqual([...Array<string>(3).fill('列入第一批任务清单'), ...Array<string>(3).fill('来函所列下一步工作')]);
  });

  it('lists the four projects the letter names, each stage marked 推断, with no number outside the quotes', async () => {
    renderPanel();
    const funds = part('资金保障与26个项目');
    const named = (await within(funds).findByRole('heading', { level: 4, name: '来函点名的项目' })).parentElement!;
    const items = within(named).getAllByRole('listitem');
    // Names, stages and quotes as in seeds/dataset.json → projects.named (checked by hand).
    const expected = [
      ['信阳师范学院理工学院', '建成/投产', QUOTES.college],
      ['明阳绿色能源装备制造产业园', '在建', QUOTES.landed],
      ['苏信合作产业园', '在建', QUOTES.parks],
      ['新县飞地产业园', '在建', QUOTES.parks],
    ] as const;
    expect(items).toHaveLength(expected.length);
    expected.forEach(([name, stage, words], i) => {
      const li = items[i]!;
      // The stage is our reading of the letter: one 推断 mark on it, and the reading spelled out.
      const line = within(li).getByText(`${name} — ${stage}`, { selector: 'span' });
      expect(within(line).getByText('推断')).toHaveClass('badge-inferred');
      expect(within(li).getAllByText('推断')).toHaveLength(1);
      expect(within(li).getByText(/^解读：/)).toBeInTheDocument();
      expect(quote(words, li)).toHaveLength(1);
      // No amount, date, progress or count beside a real name: digits may appear only inside the letter's words.
      const outsideQuotes = li.cloneNode(true) as HTMLElement;
      outsideQuotes.querySelectorAll('q').forEach((q) => q.remove());
      expect(outsideQuotes.textContent, name).not.toMatch(/[0-9０-９]/);
      expect(within(li).queryByRole('button')).not.toBeInTheDocument();
    });
    expect(within(named).getByText(/不含金额、日期或进度/)).toBeInTheDocument();
  });

  it('shows the three parks with the Su-Xin area, and the 6 clusters and 11 chains, with their quotes', async () => {
    renderPanel();
    const parks = part('园区与产业布局');
    expect(await within(parks).findByText('明阳绿色能源装备制造产业园')).toBeInTheDocument();
    expect(within(parks).getByText('新县飞地产业园')).toBeInTheDocument();
    expect(within(parks).getByText(/苏信合作产业园/, { selector: 'li > .clamp' })).toHaveTextContent('规划面积');
    expect(within(parks).getByRole('button', { name: '8平方公里' })).toBeInTheDocument();
    expect(quote(QUOTES.parks, parks)).toHaveLength(1); // one shared sentence, shown once
    expect(within(parks).getByRole('button', { name: '6' })).toBeInTheDocument();
    expect(within(parks).getByRole('button', { name: '11' })).toBeInTheDocument();
    expect(within(parks).getByText(/大产业集群/, { selector: 'p:not(.quote)' })).toHaveTextContent(/大产业集群.*条重点产业链/);
    expect(quote(QUOTES.clusters, parks)).toHaveLength(1);
  });

  it('names landed projects and partners without per-company amounts, and says the lists are incomplete', async () => {
    renderPanel();
    const inv = part('招商与落地');
    expect(await within(inv).findByText('云知声')).toBeInTheDocument();
    expect(within(inv).getByText('慧博云通')).toBeInTheDocument();
    expect(quote(QUOTES.landed, inv)).toHaveLength(1);

    for (const name of ['明阳智慧能源', '科创集团', '中储国能']) {
      const li = within(inv).getByText(name).closest('li')!;
      // A partner line carries a name and nothing else: no money, no number.
      expect(li.textContent).not.toMatch(/\d|亿|万/);
    }
    expect(within(inv).getByText(/等一批重点企业/, { selector: '.panel-meta' })).toHaveTextContent('未给出各企业的金额');
    // The only money in the partners block is the letter's total, with its "over".
    expect(within(inv).getAllByRole('button', { name: /亿元/ }).map((b) => b.textContent)).toEqual(['300亿元以上']);
    expect(quote(QUOTES.partners, inv)).toHaveLength(1);

    expect(within(inv).getByText('长三角')).toBeInTheDocument();
    expect(within(inv).getByText('粤港澳大湾区')).toBeInTheDocument();
    expect(within(inv).getByText(/全省第九期“三个一批”项目建设活动/, { selector: 'span' })).toBeInTheDocument();
    expect(quote(QUOTES.event, inv)).toHaveLength(1);
  });

  it('shows the Su-Xin plan and the company registered in May 2023, and the next steps', async () => {
    renderPanel();
    const suXin = part('苏信合作');
    expect(await within(suXin).findByText(/《信阳市苏州市对口合作方案》/, { selector: 'span' })).toBeInTheDocument();
    expect(within(suXin).getByText(/苏信产业合作发展有限公司在豫东南高新区注册成立/, { selector: 'span' })).toHaveTextContent('2023年5月');
    expect(quote(QUOTES.suXinCompany, suXin)).toHaveLength(1);

    const next = part('下一步工作');
    expect(await within(next).findByText(/实施“万名学子回归”工程/, { selector: 'span' })).toBeInTheDocument();
    expect(within(next).getByText(/实施“留学生人才引进工程”/, { selector: 'span' })).toBeInTheDocument();
    expect(within(next).getByText(/开展信商回归活动/, { selector: 'span' })).toBeInTheDocument();
    expect(within(next).getAllByRole('listitem')).toHaveLength(4);
    for (const li of within(next).getAllByRole('listitem')) expect(within(li).getAllByText(/./, { selector: 'q' })).toHaveLength(1);
  });

  it('keeps the other parts when investment fails, and recovers on 重试', async () => {
    server.use(http.get('*/api/v1/investment', () => HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 500 })));
    renderPanel();
    const alert = await within(part('招商与落地')).findByRole('alert');
    expect(await within(part('苏信合作')).findByText(/苏信产业合作发展有限公司/, { selector: 'span' })).toBeInTheDocument();
    expect(await within(part('政策与开放平台')).findByText('综合保税区')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await within(part('招商与落地')).findByText('云知声')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says 暂无数据 for a list the payload leaves empty, and keeps the rest', async () => {
    server.use(http.get('*/api/v1/platforms', async () => {
      const { platforms } = (await import('../../seeds/dataset.json')).default;
      return HttpResponse.json({ ...platforms, applications: [], parks: [], nextSteps: [] });
    }));
    renderPanel();
    const platforms = part('政策与开放平台');
    expect(await within(platforms).findByText('暂无数据')).toBeInTheDocument();
    expect(within(platforms).getByText(/信文〔2024〕3号/, { selector: 'span' })).toBeInTheDocument();
    expect(await within(part('下一步工作')).findByText('暂无数据')).toBeInTheDocument();
  });

  it('follows the language', async () => {
    act(() => useLanguageStore.getState().setLang('en'));
    renderPanel();
    expect(screen.getByRole('region', { name: 'Key items and next steps' })).toBeInTheDocument();
    const platforms = part('Policy and opening-up platforms');
    expect(await within(platforms).findAllByText('Among the letter\'s next steps')).toHaveLength(3);
    expect(within(platforms).getAllByText('In the first task list')).toHaveLength(3);
    expect(within(platforms).queryByText('Applying')).not.toBeInTheDocument();
    expect(within(platforms).getByText('Comprehensive bonded zone')).toBeInTheDocument();
    expect(await within(part('Su-Xin (Suzhou–Xinyang) cooperation')).findByText(/registered May 2023/)).toBeInTheDocument();
    expect(await within(part('Parks and industrial layout')).findByRole('button', { name: spaced('8 km²') })).toBeInTheDocument();
    // The quotes stay in the letter's language.
    expect(quote(QUOTES.ftz, platforms)).toHaveLength(1);
  });
});
