/**
 * Pure helpers for the key-items panel. Several facts share one sentence of the letter (the three parks,
 * the named partners); showing that sentence once per group keeps the source visible without repeating it.
 */
export function distinctQuotes(items: readonly { quote?: string }[]): string[] {
  return [...new Set(items.flatMap((i) => (i.quote ? [i.quote] : [])))];
}

export const APPLICATION_STAGES = ['applying', 'listed'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

/** Stable order for the platform list: what is being applied for first, then what is only listed. */
export function byApplicationStage<T extends { stage: ApplicationStage }>(items: readonly T[]): T[] {
  return APPLICATION_STAGES.flatMap((s) => items.filter((i) => i.stage === s));
}
