/**
 * Quotation marks, once: some of the letter's sentences are stored with their own “…” (QUOTES.platformTask),
 * and both <q> and the figure popover add marks of their own. Neither may show “““…”””.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QUOTES } from '../../seeds/documented';
import { FigureValue } from '../../src/components/figure-value';
import { SourceQuote, unquoted } from '../../src/components/source-quote';

/** Marks as a reader sees them: <q> draws its own, so count them in. */
const shown = (q: HTMLElement) => `“${q.textContent ?? ''}”`;
const doubled = /““|””/;

describe('unquoted', () => {
  it('drops one pair that encloses the whole text', () => {
    expect(unquoted('“支持豫东南高新区申建”')).toBe('支持豫东南高新区申建');
    expect(unquoted(' “支持” ')).toBe('支持');
    expect(unquoted('“打造“增长极”的”')).toBe('打造“增长极”的');
  });

  it('keeps marks that belong to the text', () => {
    expect(unquoted('实施“万名学子回归”工程')).toBe('实施“万名学子回归”工程');
    expect(unquoted('“甲”和“乙”')).toBe('“甲”和“乙”');
    expect(unquoted('“未闭合')).toBe('“未闭合');
    expect(unquoted('”')).toBe('”');
    expect(unquoted('')).toBe('');
  });
});

describe('the page shows each quote in one pair of marks', () => {
  it('the seed really stores a quote with its own marks (else this file tests nothing)', () => {
    expect(QUOTES.platformTask).toMatch(/^“.*”$/);
  });

  it('SourceQuote: <q> holds the words without marks of its own', () => {
    const { container } = render(<SourceQuote quotes={[QUOTES.platformTask, QUOTES.students]} />);
    const [platform, students] = Array.from(container.querySelectorAll('q'));
    expect(platform?.textContent).toBe(QUOTES.platformTask.slice(1, -1));
    expect(shown(platform!)).not.toMatch(doubled);
    expect(students?.textContent).toBe(QUOTES.students); // inner marks are the letter's: kept
  });

  it('the figure popover quotes once', () => {
    render(<FigureValue figure={{ value: 63, unit: 'items', provenance: 'documented', quote: QUOTES.platformTask }} />);
    const button = screen.getByRole('button', { name: '63项' });
    expect(button).toHaveAccessibleDescription(`原文数值：63项原文：${QUOTES.platformTask}`);
    expect(button).not.toHaveAccessibleDescription(doubled);
  });
});
