import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

const columns = [{ key: 'own', header: 'own' }];

describe('the CSV writer', () => {
  it('writes the screen’s no-break spaces as plain spaces, which a spreadsheet search types', () => {
    const csv = toCsv([{ own: '300\u00a0MW' }], columns);
    expect(csv).toContain('300 MW');
    expect(csv).not.toContain('\u00a0');
  });

  it('still escapes a formula after the spaces are replaced', () => {
    expect(toCsv([{ own: '=1+1\u00a0MW' }], columns)).toContain("'=1+1 MW");
  });
});
