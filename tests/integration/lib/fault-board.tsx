/**
 * The fault matrix's page: every KPI tile and every part of 重点事项, which between them read every resource
 * of the contract, under the app's own query client (its retry policy), and one resource made to misbehave.
 */
import type { QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { expect } from 'vitest';
import { resolveRequest } from '../../../mocks/demo-server';
import { toHttpResponse } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { setRequestTimeout } from '@/api/client';
import { createQueryClient } from '@/api/query-client';
import { setRetryTiming } from '@/api/retry-policy';
import { RESOURCES, type ResourceName } from '@/contract/resources';
import { CooperationKpi } from '@/features/cooperation/cooperation-kpi';
import { EnergyKpi } from '@/features/energy/energy-kpi';
import { FundsKpi } from '@/features/funds/funds-kpi';
import { InvestmentKpi } from '@/features/investment/investment-kpi';
import { KeyItemsPanel } from '@/features/key-items/key-items-panel';
import { PipelineKpi } from '@/features/pipeline/pipeline-kpi';
import { PolicyKpi } from '@/features/policy/policy-kpi';

export const NAMES = Object.keys(RESOURCES) as ResourceName[];

/** Each part of the board by its heading, with the resources it reads (one widget each). */
export const PARTS: { title: string; reads: ResourceName[] }[] = [
  { title: '基金', reads: ['funds'] },
  { title: '达成合作投资总额', reads: ['investment'] },
  { title: '总投资', reads: ['projects'] },
  { title: '能源项目（来函未给总量）', reads: ['energy'] },
  { title: '政策任务', reads: ['policyTasks'] },
  { title: '签约深度合作', reads: ['cooperation'] },
  { title: '来函所述现状与定位', reads: ['summary'] },
  { title: '资金保障与26个项目', reads: ['funds', 'projects'] },
  { title: '招商与落地', reads: ['investment'] },
  { title: '政策与开放平台', reads: ['platforms'] },
  { title: '园区与产业布局', reads: ['platforms'] },
  { title: '苏信合作', reads: ['cooperation'] },
  { title: '下一步工作', reads: ['platforms'] },
];
export const readers = (name: ResourceName) => PARTS.filter((p) => p.reads.includes(name));
export const others = (name: ResourceName) => PARTS.filter((p) => !p.reads.includes(name));

/**
 * A retried fault settles in a second or two (a timeout in about four). The timeout stays well above what a
 * normal answer takes on a busy machine, so no other part ever times out by accident (the retrying-notice
 * checks would catch it): at 300 ms, the full suite beside two busy loops saw a healthy answer time out.
 */
export const TEST_TIMING = { timeoutMs: 900, baseMs: 50 } as const;
/** How long a fault may take to reach its final state on the board with TEST_TIMING. */
export const SETTLE = { timeout: 10_000 } as const;

let client: QueryClient | undefined;

export function renderBoard(): QueryClient {
  client = createQueryClient();
  render(
    <NuqsAdapter><QueryClientProvider client={client}>
      <FundsKpi /><InvestmentKpi /><PipelineKpi /><EnergyKpi /><PolicyKpi /><CooperationKpi />
      <KeyItemsPanel />
    </QueryClientProvider></NuqsAdapter>,
  );
  return client;
}

export function applyTestTiming(): void {
  setRequestTimeout(TEST_TIMING.timeoutMs);
  setRetryTiming({ baseMs: TEST_TIMING.baseMs });
}

/** Unmounts first (which aborts what is in flight), then drops the cache and restores the production timings. */
export function tearDownBoard(): void {
  cleanup();
  client?.clear();
  client = undefined;
  setRequestTimeout();
  setRetryTiming();
}

/**
 * A part by its heading. Looked up by tag and text rather than by role: a role query computes every
 * element's accessible name, which over a 10,000-record board costs seconds per call.
 */
export function part(title: string): HTMLElement {
  const heading = [...document.querySelectorAll('h3')].find((h) => h.textContent === title);
  if (!heading?.parentElement) throw new Error(`no part headed "${title}"`);
  return heading.parentElement;
}

/**
 * Serves `name` with `answer` (given the 1-based attempt number) and records when each attempt arrived.
 * `scenario` answers as the dev server does under ?scenario=<s> (an unknown name: as it does with none), so
 * the tests and the dev switches agree.
 */
export function serve(name: ResourceName, answer: (attempt: number, request: Request) => Response | Promise<Response>): number[] {
  const hits: number[] = [];
  server.use(http.get(`*/api/v1${RESOURCES[name].path}`, ({ request }) => {
    hits.push(performance.now());
    return answer(hits.length, request);
  }));
  return hits;
}
export const scenario = (name: ResourceName, s: string) => (_attempt: number, request: Request) =>
  toHttpResponse(resolveRequest(RESOURCES[name].path, new URLSearchParams({ scenario: s })), request.signal);

/** A part that has its data: no skeleton, no alert, no empty state. */
export function expectShowsData(title: string): void {
  const el = part(title);
  expect(el.querySelector('.skeleton'), `${title} still loading`).toBeNull();
  // By attribute, not by role: fast over 10,000 records (the widget's alert carries role="alert" itself).
  expect(el.querySelector('[role="alert"]'), `${title} shows an alert`).toBeNull();
  expect(el.querySelector('.widget-empty'), `${title} shows an empty state`).toBeNull();
}

/** Only the parts reading `name` show the alert with `message` and an enabled 重试; every other part its data. */
export async function expectFailedAlone(name: ResourceName, message: string): Promise<void> {
  const affected = readers(name);
  await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(affected.length), SETTLE);
  for (const p of affected) {
    const alert = within(part(p.title)).getByRole('alert');
    expect(alert).toHaveTextContent('此部分数据加载失败');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('button', { name: '重试' })).toBeEnabled();
  }
  await waitFor(() => { for (const p of others(name)) expectShowsData(p.title); }, SETTLE);
}

/**
 * Every distinct retrying notice each part showed, in order, with when it first appeared: a notice lasts
 * one back-off step, so it is recorded as the DOM changes rather than looked for afterwards.
 */
export function watchRetrying() {
  const seen = new Map<string, { text: string; at: number }[]>();
  const observer = new MutationObserver(() => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = el.textContent ?? '';
      if (!text.startsWith('重试中')) continue;
      let node: Element | null = el;
      while (node && !node.querySelector(':scope > h3')) node = node.parentElement;
      const title = node?.querySelector(':scope > h3')?.textContent ?? '?';
      const list = seen.get(title) ?? [];
      if (!list.some((s) => s.text === text)) list.push({ text, at: performance.now() });
      seen.set(title, list);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return {
    texts: (title: string) => (seen.get(title) ?? []).map((s) => s.text),
    first: (title: string) => seen.get(title)?.[0]?.at,
    titles: () => [...seen.keys()],
    stop: () => observer.disconnect(),
  };
}
