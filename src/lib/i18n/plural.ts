/**
 * Plural forms keyed by CLDR category. Chinese has only "other"; English adds "one". Only "other" is
 * required, so a language with fewer forms never has to repeat itself.
 */
export type PluralForms<T> = { other: T } & Partial<Record<Intl.LDMLPluralRule, T>>;

/**
 * Marks a dictionary entry as plural forms, so the dictionary's inferred type keeps the optional
 * categories (without it, English's `one` would be an excess key against Chinese's `{ other }`).
 */
export const forms = <T>(f: PluralForms<T>): PluralForms<T> => f;
