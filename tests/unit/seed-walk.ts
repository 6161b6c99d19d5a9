/** Walkers over the seed and the dataset, shared by the seed tests. */
import { isoDateSchema, type Figure } from '../../src/contract/schemas';

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
/** Every string in a tree (keys excluded), with its path. */
export function strings(node: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof node === 'string') return [{ path, text: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, `${path}.${k}`));
}
/** Every object (arrays excluded) in a tree, with its path, outermost first. */
export function objects(node: unknown, path = '$'): { path: string; node: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => objects(v, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const here = { path, node: node as Record<string, unknown> };
  return [here, ...Object.entries(node).flatMap(([k, v]) => objects(v, `${path}.${k}`))];
}
export const isText = (v: unknown): v is { zh: string; en: string } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { zh?: unknown }).zh === 'string' && typeof (v as { en?: unknown }).en === 'string';
