/** Walkers over the seed and the dataset, shared by the seed tests. */
import { isoDateSchema, type Figure } from '../../src/api/schemas';

export const isFigure = (v: unknown): v is Figure =>
  !!v && typeof v === 'object' && 'value' in v && 'unit' in v && 'provenance' in v;
/** Every Figure-shaped object in a tree (the seed module or the dataset), with its path. */
export function figures(node: unknown, path = '$'): { path: string; figure: Figure }[] {
  if (isFigure(node)) return [{ path, figure: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => figures(v, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => figures(v, `${path}.${k}`));
}
export function numbers(node: unknown): number[] {
  if (typeof node === 'number') return [node];
  if (Array.isArray(node)) return node.flatMap(numbers);
  if (!node || typeof node !== 'object') return [];
  return Object.values(node).flatMap(numbers);
}
export const isIsoDate = (s: string) => isoDateSchema.safeParse(s).success && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
