/**
 * The contract opened to real records: a projects response from the zone's own ledger, with a fifth category,
 * no English names, its own stage wording and a sheet row per record, while the other parts still come from the
 * letter. Read on the English page, where every Chinese-only name must stay Chinese (marked lang="zh") and every
 * source line must be the ledger's own, in the overview, the projects view, the drawer, the CSV and an export.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../seeds/dataset.json';
import { chartCaption } from '@/components/chart-export/caption';
import { projectsSchema, type Projects, type Source } from '@/contract/schemas';
import { MESSAGES } from '@/lib/i18n';
import { EXPORT_MESSAGES } from '@/lib/i18n/export';
import { sourceLine } from '@/lib/source-line';
import { PLANNER_MESSAGES } from '@/projects/messages';
import { selectionLabel } from '@/projects/selection/label';
import { server } from '../../mocks/node';
import { renderAppAt, withTallLayout } from './lib/app';

withTallLayout();

const LEDGER: Source = {
  kind: 'ledger', title: { zh: '重点项目建设进度台账（2026年1-10月）' }, by: { zh: '高新区管委会经济发展局（测试）' },
  date: '2026-11-05', reference: '重点项目台账-2026-10.xlsx',
};
const FIFTH = '数字经济';
const base = dataset.projects as unknown as Projects;
const zhOnly = <T extends { name: { zh: string } }>(x: T) => ({ ...x, name: { zh: x.name.zh } });
const items = base.items.slice(0, 6).map((p, i) => ({
  ...p,
  id: `L${i + 1}`,
  name: { zh: `台账测试项目${'一二三四五六'[i]}` },
  responsibleUnit: { zh: '台账测试责任单位' },
  milestones: p.milestones.map((ms) => ({ ...ms, label: { zh: ms.label.zh } })),
  category: i === 0 ? FIFTH : p.category,
  stage: i === 0 ? 'construction' as const : p.stage,
  stageText: i === 0 ? '续建' : undefined,
  provenance: 'documented' as const,
  row: { sheet: '2026年', row: 5 + i },
}));
const counted = (value: number, unit: 'count' | 'wan-yuan') => ({ value, unit, qualifier: 'exact' as const, provenance: 'derived' as const, formula: { zh: '台账各行之和', en: 'sum of the ledger rows' } });
/** Parsed by the contract, as the client parses it: the test cannot feed the app a shape a real source may not send. */
const LEDGER_PROJECTS = projectsSchema.parse({
  ...base,
  asOf: '2026-10-31',
  source: LEDGER,
  documented: { count: counted(items.length, 'count'), total: counted(items.reduce((s, p) => s + p.plannedWan, 0), 'wan-yuan'), categories: counted(5, 'count') },
  categories: [...base.categories.map(zhOnly), { id: FIFTH, name: { zh: FIFTH }, provenance: 'documented' }],
  parks: base.parks.map(zhOnly),
  named: [],
  total: items.length,
  items,
});

const en = MESSAGES.en;
const LEDGER_LINE = en.sourceOf(sourceLine(LEDGER, 'en'));

function serveLedger() {
  server.use(http.get('*/api/v1/projects', () => HttpResponse.json(LEDGER_PROJECTS)));
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a ledger source with a fifth category and Chinese-only names, on the English page', () => {
  it('the overview: the header dates the projects by the ledger and the rest by the letter; the chart names 数字经济 and cites the ledger', async () => {
    serveLedger();
    await renderAppAt('?lang=en');
    const header = await screen.findByRole('banner');
    await waitFor(() => expect(header.querySelector('.as-of')?.textContent).toMatch(/^Data as of 31 October 2026; .+ data as of 30 May 2024$/), { timeout: 10_000 });
    const sources = [...header.querySelectorAll('.source')].map((s) => s.textContent);
    expect(sources[0]).toBe(LEDGER_LINE);
    expect(sources[0]).toContain('重点项目台账-2026-10.xlsx');
    expect(sources.slice(1).join(' ')).toContain('CPPCC proposal No. 1320177');

    const panel = await screen.findByRole('region', { name: 'Projects by category and stage' }, { timeout: 10_000 });
    await waitFor(() => expect(panel.querySelector('.panel-summary')?.textContent).toContain(FIFTH), { timeout: 10_000 });
    const meta = panel.querySelector('.panel-meta')?.textContent ?? '';
    expect(meta).toContain('As of 31 October 2026');
    expect(meta).toContain(sourceLine(LEDGER, 'en'));
    expect(meta).not.toContain('1320177');
  });

  it('the projects view: each name in Chinese marked lang="zh", the fifth category, the ledger\'s stage wording; the CSV says the same', async () => {
    serveLedger();
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:x'; }, revokeObjectURL: () => {} }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderAppAt('?view=projects&lang=en');
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-row-id]')).toHaveLength(items.length), { timeout: 10_000 });
    const row = table.querySelector('tbody tr[data-row-id="L1"]') as HTMLElement;
    expect(within(row).getByText('台账测试项目一').closest('[lang="zh"]')).not.toBeNull();
    expect(within(row).getByText(FIFTH)).toBeInTheDocument();
    expect(row.textContent).toContain('Under construction (续建)');

    await userEvent.click(screen.getByRole('button', { name: PLANNER_MESSAGES.en.planner.csv }));
    expect(blobs).toHaveLength(1);
    const text = await new Promise<string>((resolve) => { const r = new FileReader(); r.onload = () => resolve(String(r.result)); r.readAsText(blobs[0]!); });
    const l1 = text.split('\r\n').find((line) => line.startsWith('台账测试项目一'));
    expect(l1).toContain(FIFTH);
    expect(l1).toContain('Under construction (续建)');
    expect(l1).toContain('台账测试责任单位');
  });

  it('the drawer: titled by the Chinese name, with the ledger\'s sheet and row, and says the record is from the ledger', async () => {
    serveLedger();
    await renderAppAt('?view=projects&project=L1&lang=en');
    const dialog = await screen.findByRole('dialog', { name: '台账测试项目一' }, { timeout: 10_000 });
    expect(within(dialog).getByRole('heading', { name: '台账测试项目一' })).toHaveAttribute('lang', 'zh');
    await waitFor(() => expect(dialog.textContent).toContain('2026年, row 5'), { timeout: 10_000 });
    expect(dialog.textContent).toContain(en.documentedBy.ledger);
    expect(dialog.textContent).toContain(FIFTH);
    expect(dialog.textContent).toContain('Under construction (续建)');
  });

  it('an export of the chart filtered to the fifth category: its caption cites the ledger and names 数字经济', () => {
    const words = { file: selectionLabel({ category: [FIFTH] }, LEDGER_PROJECTS, en, PLANNER_MESSAGES.en, 'en'),
      caption: selectionLabel({ category: [FIFTH] }, LEDGER_PROJECTS, en, PLANNER_MESSAGES.en, 'en', en.sep.enumeration) };
    const caption = chartCaption({ title: 'Projects by category and stage', unit: 'projects', source: sourceLine(LEDGER, 'en'),
      provenance: 'documented', asOf: LEDGER_PROJECTS.asOf, filters: words }, en, EXPORT_MESSAGES.en, 'en');
    expect(caption.sourceLine).toBe(`Source: ${sourceLine(LEDGER, 'en')}`);
    expect(caption.asOfLine).toBe('As of 31 October 2026');
    expect(caption.filtersLine).toContain(FIFTH);
    expect(caption.watermark).toBeUndefined();
  });
});
