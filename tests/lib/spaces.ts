/**
 * src/lib/format.ts joins a number, its unit and its qualifier with no-break spaces ("over CNY 30 bn" never
 * wraps before "bn"). Tests that read formatted text as a reader does compare through these, so an expected
 * value can be written with plain spaces; the formatter's own tests check the no-break spaces exactly.
 */
/** No-break and narrow no-break spaces read as plain spaces. */
export const normalizeSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every plain space as a no-break space: the exact text the formatter writes. */
export const noBreak = (text: string): string => text.replace(/ /g, '\u00a0');

/**
 * A Testing Library matcher for an accessible name or a text written with plain spaces. getByText's default
 * normaliser already collapses \s (no-break spaces included); a role's name is compared as computed, unnormalised.
 */
export const spaced = (expected: string | RegExp) => (content: string): boolean => {
  const text = normalizeSpaces(content);
  return typeof expected === 'string' ? text === expected : expected.test(text);
};
