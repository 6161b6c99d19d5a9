import type { Figure, Funds } from '@/api/schemas';

/** The total of two documented funds is documented too; what has been deployed is not in the letter. */
export function fundTotals(data: Funds) {
  const sizeWan = data.funds.reduce((sum, f) => sum + f.size.value, 0);
  const latest = new Map<string, number>();
  for (const p of data.deployment) latest.set(p.fundId, p.cumulativeWan); // points are in month order
  const deployedWan = [...latest.values()].reduce((a, b) => a + b, 0);
  const total: Figure = { value: sizeWan, unit: 'wan-yuan', qualifier: 'exact', provenance: 'documented', quote: data.funds[0]?.size.quote };
  const deployed: Figure = { value: deployedWan, unit: 'wan-yuan', qualifier: 'exact', provenance: 'illustrative', note: { zh: '示例', en: 'Illustrative' } };
  return { total, deployed, sizeWan, deployedWan };
}
