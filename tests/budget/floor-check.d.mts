import type { FloorApi } from './floor-apis.d.mts';

export interface FloorAllow {
  /** The name of an entry in floor-apis.mjs. */
  api: string;
  /** Why this use is safe on the floor; required. */
  reason: string;
  /** Limits the entry to files whose path in the build matches. */
  file?: RegExp;
  /** Limits the entry to hits whose surrounding code (≈200 chars before, 80 after) matches. */
  near?: RegExp;
}
export interface FloorFinding {
  file: string;
  api: string;
  chrome: number;
  safari: number | null;
  /** 1-based line of the hit (minified files are mostly one line). */
  line: number;
  index: number;
  /** About 40 characters either side of the hit, whitespace collapsed. */
  snippet: string;
}
export interface FloorScan {
  findings: FloorFinding[];
  allowed: (FloorFinding & { reason: string })[];
  unusedAllow: FloorAllow[];
}
export interface ShippedFile {
  name: string;
  code: string;
}
export function aboveFloor(api: FloorApi, floor?: { chrome: number; safari: number }): boolean;
export function validateAllow(allow: FloorAllow[], apis: FloorApi[]): void;
export function scanFloorDetailed(files: ShippedFile[], apis: FloorApi[], allow?: FloorAllow[], floor?: { chrome: number; safari: number }): FloorScan;
export function scanForFloor(files: ShippedFile[], apis: FloorApi[], allow?: FloorAllow[], floor?: { chrome: number; safari: number }): FloorFinding[];
export function collectShippedJs(dir: string): ShippedFile[];
