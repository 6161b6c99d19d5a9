// axe-core in the real browser. Only serious and critical violations fail a journey;
// they are printed one per line with the offending selectors so the fix is obvious.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './build.mjs';

const AXE_PATH = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

interface AxeNode { target: unknown[]; failureSummary?: string; html: string }
interface AxeViolation { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated over the DevTools protocol, not added as a <script>: the page's CSP rightly refuses inline scripts.
  if (!hasAxe) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

export function formatViolations(label: string, violations: AxeViolation[]): string {
  const lines = [`${violations.length} serious/critical axe violation(s) on ${label}:`];
  for (const violation of violations) {
    lines.push(`  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`      at ${node.target.join(' ')}  ${node.html.slice(0, 120)}`);
      if (node.failureSummary) lines.push(`         ${node.failureSummary.replace(/\n\s*/g, ' | ')}`);
    }
    if (violation.nodes.length > 5) lines.push(`      … and ${violation.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/**
 * Soft assertion: a violation fails the journey with a readable list, but the journey goes
 * on, so one run reports every problem on the page instead of only the first.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect.soft(violations.length, formatViolations(label, violations)).toBe(0);
}
