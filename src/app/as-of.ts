/**
 * The date the whole dataset describes (the letter's date). The header shows it before any data arrives;
 * every resource also carries its own asOf, which is what time-based figures are computed from.
 */
export const AS_OF = '2024-05-30';
