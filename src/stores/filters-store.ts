import { create } from 'zustand';
import { projectFiltersSchema, type ProjectFilters } from '@/contract/schemas';
import { readParam, writeParams } from '@/lib/url';

export const FILTER_KEYS = ['category', 'stage', 'park', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Filters come from a shared link, so each one is checked with the contract's own schema. What does not
 * pass is reported (so the reader knows the view is wider than the link meant) and dropped from the URL.
 */
export function parseFilterParams(read: (key: string) => string | null): { filters: ProjectFilters; rejected: string[] } {
  const filters: ProjectFilters = {};
  const rejected: string[] = [];
  for (const key of FILTER_KEYS) {
    const raw = read(key);
    if (raw === null || raw.trim() === '') continue;
    const parsed = projectFiltersSchema.shape[key].safeParse(key === 'q' ? raw.trim() : raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
    else rejected.push(`${key}=${raw.slice(0, 40)}${raw.length > 40 ? '…' : ''}`);
  }
  return { filters, rejected };
}

function fromUrl() {
  const result = parseFilterParams(readParam);
  if (result.rejected.length) writeParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, result.filters[k] ?? null])));
  return result;
}

interface FiltersState {
  filters: ProjectFilters;
  rejected: string[];
  setFilter: <K extends FilterKey>(key: K, value: ProjectFilters[K] | undefined) => void;
  clear: () => void;
}

export const useFiltersStore = create<FiltersState>()((set, get) => ({
  ...fromUrl(),
  setFilter: (key, value) => {
    const filters = { ...get().filters };
    if (value === undefined || value === '') delete filters[key];
    else filters[key] = value;
    writeParams({ [key]: value ?? null });
    set({ filters, rejected: [] });
  },
  clear: () => {
    writeParams(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));
    set({ filters: {}, rejected: [] });
  },
}));

export const useProjectFilters = () => useFiltersStore((s) => s.filters);
export const useSetProjectFilter = () => useFiltersStore((s) => s.setFilter);
export const useClearProjectFilters = () => useFiltersStore((s) => s.clear);
export const useRejectedFilters = () => useFiltersStore((s) => s.rejected);
