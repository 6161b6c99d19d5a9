export interface FloorApi {
  /** Shown in findings and named by allow entries. */
  name: string;
  /** Run on minified code. */
  pattern: RegExp;
  /** First Chrome with the feature. */
  chrome: number;
  /** First Safari with the feature; null = never shipped. */
  safari: number | null;
}
export const FLOOR: { chrome: number; safari: number };
export const FLOOR_APIS: FloorApi[];
