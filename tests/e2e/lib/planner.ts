// Reading the projects view as the planner journey needs it: the rows of a virtualised table, and a CSV file.
import type { Locator } from 'playwright-core';

/**
 * Every row's name, top to bottom: the table is virtualised, so its box is scrolled a screen at a time and
 * each row is read by its aria-rowindex (its place in the whole list) as it passes.
 */
export async function rowNames(box: Locator): Promise<string[]> {
  return box.evaluate(async (el) => {
    const seen = new Map<number, string>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 40)));
    el.scrollTop = 0;
    for (let step = 0; step < 2000; step += 1) {
      await frame();
      for (const row of el.querySelectorAll('tbody > [role="row"], tbody > tr')) {
        const index = Number(row.getAttribute('aria-rowindex'));
        if (index) seen.set(index, (row.querySelector('td')?.textContent ?? '').trim());
      }
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += Math.max(40, el.clientHeight * 0.8);
    }
    el.scrollTop = 0;
    return [...seen].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  });
}

/** CSV text → records (quotes, doubled quotes, CRLF inside quotes). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '', record: string[] = [], quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 1; }
    else field += ch;
  }
  if (field || record.length) { record.push(field); records.push(record); }
  return records;
}

