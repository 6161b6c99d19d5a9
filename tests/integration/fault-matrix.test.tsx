/**
 * The fault matrix, client side (issue 20): every resource of the contract, every way its request can fail.
 * Only the parts reading the failed resource say so (an alert with 重试); the rest keep their figures. What a
 * retry might fix (5xx, 429, a dropped connection, no answer in time) is retried three times, with 重试中（n/3）
 * meanwhile; what it cannot (404, a body that is not JSON, an HTML page, JSON that breaks the contract) is
 * asked once. Empty and 10,000-record bodies, and a failed refetch after a good load: fault-matrix-data.test.tsx.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { THROTTLED_RETRY_AFTER_S } from '../../mocks/scenario';
import { MAX_RETRIES } from '@/api/retry-policy';
import { RESOURCES } from '@/contract/resources';
import {
  applyTestTiming, expectFailedAlone, expectShowsData, NAMES, PARTS, part, readers, renderBoard, scenario, serve, SETTLE,
  tearDownBoard, watchRetrying,
} from './lib/fault-board';

const MESSAGE = {
  http: '数据服务返回错误。',
  network: '无法连接数据服务，请检查网络后重试。',
  timeout: '数据服务响应超时，请稍后重试。',
  throttled: '数据服务请求过多，请稍后重试。',
  notJson: '数据服务返回的不是数据（可能地址配置有误）。',
  schema: '数据格式与约定不符，已停止显示以免误导。',
};
/** The dev switch (?scenario=…) each fault is served with, and what the reader is told once it is final. */
const RETRIED = [
  { kind: '500', scenario: 'error', message: MESSAGE.http },
  { kind: 'network error', scenario: 'network', message: MESSAGE.network },
  { kind: 'timeout', scenario: 'timeout', message: MESSAGE.timeout },
];
const NOT_RETRIED = [
  { kind: '404', scenario: 'notfound', message: MESSAGE.http },
  { kind: 'malformed JSON', scenario: 'badjson', message: MESSAGE.notJson },
  { kind: 'schema-violating body', scenario: 'malformed', message: MESSAGE.schema },
  { kind: 'HTML with a 200', scenario: 'html', message: MESSAGE.notJson },
];
const NOTICES = Array.from({ length: MAX_RETRIES }, (_, i) => `重试中（${i + 1}/${MAX_RETRIES}）`);

let notices: ReturnType<typeof watchRetrying>;
beforeEach(() => {
  applyTestTiming();
  notices = watchRetrying();
});
afterEach(() => {
  notices.stop();
  tearDownBoard();
});

/** The reader's way back: 重试 in the first alert refetches, and with the service well again every part fills. */
async function expectRecoversOnRetry(name: (typeof NAMES)[number]) {
  server.resetHandlers();
  await userEvent.click(within(screen.getAllByRole('alert')[0]!).getByRole('button', { name: '重试' }));
  await waitFor(() => { for (const p of readers(name)) expectShowsData(p.title); }, SETTLE);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
}

it('the board reads every resource of the contract', () => {
  expect(new Set(PARTS.flatMap((p) => p.reads))).toEqual(new Set(Object.keys(RESOURCES)));
});

describe.each(NAMES)('%s', (name) => {
  it.each(RETRIED)('$kind: retried 3 times with 重试中（n/3）, then only its parts show the alert', async ({ scenario: s, message }) => {
    const hits = serve(name, scenario(name, s));
    renderBoard();
    await expectFailedAlone(name, message);
    expect(hits).toHaveLength(1 + MAX_RETRIES);
    for (const p of readers(name)) expect(notices.texts(p.title), p.title).toEqual(NOTICES);
    expect(notices.titles().sort()).toEqual(readers(name).map((p) => p.title).sort());
    await expectRecoversOnRetry(name);
  });

  it.each(NOT_RETRIED)('$kind: asked once, no retrying notice, only its parts show the alert', async ({ scenario: s, message }) => {
    const hits = serve(name, scenario(name, s));
    renderBoard();
    await expectFailedAlone(name, message);
    expect(hits).toHaveLength(1);
    expect(notices.titles()).toEqual([]);
    await expectRecoversOnRetry(name);
  });

  it('429 with Retry-After: says 重试中（1/3）, waits at least Retry-After, then shows the data', async () => {
    const [throttled, fine] = [scenario(name, 'throttled'), scenario(name, 'none')];
    const hits = serve(name, (attempt, request) => (attempt === 1 ? throttled : fine)(attempt, request));
    renderBoard();
    await waitFor(() => expect(hits).toHaveLength(2), SETTLE);
    await waitFor(() => { for (const p of PARTS) expectShowsData(p.title); }, SETTLE);
    expect(hits[1]! - hits[0]!).toBeGreaterThanOrEqual(THROTTLED_RETRY_AFTER_S * 1000 - 20);
    for (const p of readers(name)) expect(notices.texts(p.title), p.title).toEqual(NOTICES.slice(0, 1));
    expect(hits).toHaveLength(2);
  });
});

describe('a 429 that persists', () => {
  it('waits out Retry-After before every retry, then says the service had too many requests', async () => {
    const hits = serve('cooperation', scenario('cooperation', 'throttled'));
    renderBoard();
    await expectFailedAlone('cooperation', MESSAGE.throttled);
    expect(hits).toHaveLength(1 + MAX_RETRIES);
    for (let i = 1; i < hits.length; i++) expect(hits[i]! - hits[i - 1]!).toBeGreaterThanOrEqual(THROTTLED_RETRY_AFTER_S * 1000 - 20);
    expect(notices.texts('苏信合作')).toEqual(NOTICES);
  }, 30_000);
});

describe('with the production timings (no test overrides)', () => {
  it('a 500 shows 重试中（1/3） within 5 s of the first failure and the alert within 5 s more', async () => {
    tearDownBoard(); // back to 15 s timeout and 500 ms back-off
    const hits = serve('energy', scenario('energy', 'error'));
    renderBoard();
    await waitFor(() => expect(hits).toHaveLength(1));
    const failedAt = hits[0]!;
    await within(part('能源项目（来函未给总量）')).findByText('重试中（1/3）', {}, SETTLE);
    expect(notices.first('能源项目（来函未给总量）')! - failedAt).toBeLessThan(5_000);
    await waitFor(() => expect(within(part('能源项目（来函未给总量）')).getByRole('alert')).toHaveTextContent(MESSAGE.http), { timeout: 6_000 });
    expect(performance.now() - failedAt).toBeLessThan(10_000);
    expect(hits).toHaveLength(1 + MAX_RETRIES);
  }, 15_000);
});
