import type { AmountUnit, Mapping, StageMap } from '../model/types';

/** What a planner settled for a ledger layout, remembered for the next file with the same headers. */
export interface Remembered {
  mapping: Mapping;
  stages: StageMap;
  columnUnits: Record<number, AmountUnit>;
}

const PREFIX = 'yudongnan:ledger-mapping:';

/** Storage may be absent or full (private mode, WeChat): then nothing is remembered, and nothing breaks. */
export function recall(headerKey: string): Remembered | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + headerKey);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Remembered> | null;
    if (!value || typeof value.mapping !== 'object' || typeof value.stages !== 'object') return undefined;
    return { mapping: value.mapping, stages: value.stages, columnUnits: value.columnUnits ?? {} };
  } catch {
    return undefined;
  }
}

export function remember(headerKey: string, value: Remembered): void {
  try {
    localStorage.setItem(PREFIX + headerKey, JSON.stringify(value));
  } catch {
    // Not remembered: the next file is matched afresh, as this one was.
  }
}
