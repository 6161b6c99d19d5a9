/**
 * Pure helpers for the key-items panel. Several facts share one sentence of the letter (the three parks,
 * the named partners); showing that sentence once per group keeps the source visible without repeating it.
 */
export function distinctQuotes(items: readonly { quote?: string }[]): string[] {
  return [...new Set(items.flatMap((i) => (i.quote ? [i.quote] : [])))];
}

export const APPLICATION_STAGES = ['listed', 'next-step'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

/** Stable order for the platform list: what the policy's task list holds first, then the letter's next steps. */
export function byApplicationStage<T extends { stage: ApplicationStage }>(items: readonly T[]): T[] {
  return APPLICATION_STAGES.flatMap((s) => items.filter((i) => i.stage === s));
}
