/**
 * The fault matrix, continued (fault-matrix.test.tsx has the failures, fault-matrix-scale.test.tsx 10,000
 * records): an empty collection, a refetch that fails after a good load (the data stays, with its fetch
 * time), and the dev switches (?scenario=<name>&only=<resource>) reaching the client as the dev server
 * serves them.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RETRIES } from '@/api/retry-policy';
import { RESOURCES, type ResourceName } from '@/contract/resources';
import { takeLeaks } from '../lib/leak-watch';
import { emptyBody } from './lib/fault-bodies';
import {
  applyTestTiming, expectFailedAlone, expectShowsData, NAMES, others, part, PARTS, readers, renderBoard, scenario, serve,
  SETTLE, tearDownBoard, watchRetrying,
} from './lib/fault-board';

/** The parts that say 暂无数据 when the resource's lists are empty; the others keep the letter's own figures. */
const EMPTY_SAYS_SO: Record<ResourceName, string[]> = {
  summary: ['来函所述现状与定位'],
  funds: ['基金'],
  investment: ['招商与落地'],
  energy: ['能源项目（来函未给总量）'],
  // The pipeline's and the policy's headline figures are the letter's own, not counts of the list.
  projects: [],
  policyTasks: [],
  cooperation: ['签约深度合作'],
  platforms: ['政策与开放平台', '园区与产业布局', '下一步工作'],
};

let notices: ReturnType<typeof watchRetrying>;
beforeEach(() => {
  applyTestTiming();
  notices = watchRetrying();
});
afterEach(() => {
  notices.stop();
  tearDownBoard();
  window.history.replaceState(null, '', '/');
});

const settled = () => waitFor(() => expect(document.querySelector('.skeleton')).toBeNull(), SETTLE);

describe.each(NAMES)('%s', (name) => {
  it('an empty collection: no alert; its parts say 暂无数据 or keep the letter\'s figures, the rest show their data', async () => {
    const data = emptyBody(name);
    expect(RESOURCES[name].schema.safeParse(data).success).toBe(true);
    const hits = serve(name, () => HttpResponse.json(data));
    renderBoard();
    await settled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const saying = readers(name).filter((p) => within(part(p.title)).queryAllByText('暂无数据').length > 0).map((p) => p.title);
    expect(saying).toEqual(EMPTY_SAYS_SO[name]);
    for (const p of others(name)) expectShowsData(p.title);
    expect(hits).toHaveLength(1);
  });

  it('a refetch that fails after a good load keeps the data, with the stale notice and its fetch time', async () => {
    const client = renderBoard();
    await waitFor(() => { for (const p of PARTS) expectShowsData(p.title); }, SETTLE);
    const hits = serve(name, scenario(name, 'error'));
    await act(() => client.refetchQueries({ queryKey: [name] }));
    expect(hits).toHaveLength(1 + MAX_RETRIES);
    // React Query tells its observers on the next macrotask, so the notice is waited for.
    await waitFor(() => {
      for (const p of readers(name)) {
        expect(within(part(p.title)).getByRole('status')).toHaveTextContent(/^更新失败，显示的是 \d{2}:\d{2} 获取的数据重试$/);
      }
    }, SETTLE);
    for (const p of readers(name)) {
      expect(within(part(p.title)).queryByRole('alert')).not.toBeInTheDocument();
      expect(part(p.title).querySelector('.skeleton, .widget-empty')).toBeNull();
    }
    for (const p of others(name)) expect(within(part(p.title)).queryByRole('status')).not.toBeInTheDocument();
    // The data is there, so no retrying notice replaced it while the refetch was retried.
    expect(notices.titles()).toEqual([]);
  });
});

describe('nothing outlives the request', () => {
  it('unmounting while a request hangs cancels it and leaves no timer of the client behind', async () => {
    const hits = serve('funds', scenario('funds', 'timeout'));
    renderBoard();
    await waitFor(() => expect(hits).toHaveLength(1));
    cleanup();
    // At once, before any promise settles: React Query's cancel aborts the signal, and the client's timer goes with it.
    expect(takeLeaks()).toEqual([]);
  });
});

describe('the dev switches: ?scenario=<name>&only=<resource>', () => {
  it.each([
    ['notfound', '数据服务返回错误。'],
    ['throttled', '数据服务请求过多，请稍后重试。'],
    ['timeout', '数据服务响应超时，请稍后重试。'],
    ['network', '无法连接数据服务，请检查网络后重试。'],
    ['html', '数据服务返回的不是数据（可能地址配置有误）。'],
    ['badjson', '数据服务返回的不是数据（可能地址配置有误）。'],
    ['malformed', '数据格式与约定不符，已停止显示以免误导。'],
    ['error', '数据服务返回错误。'],
  ])('?scenario=%s&only=funds fails the funds parts alone', async (s, message) => {
    window.history.replaceState(null, '', `/?scenario=${s}&only=funds`);
    renderBoard();
    await expectFailedAlone('funds', message);
  }, 15_000);
});
