import { z } from 'zod/mini';

/** Bilingual text: the data itself carries both languages so the UI never guesses a translation. */
export const textSchema = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Text = z.infer<typeof textSchema>;

export const isoDateSchema = z.iso.date();

/**
 * Where a value comes from. Only `documented` values are the government's own words; `derived` ones are
 * computed from documented ones alone (and carry the formula); anything with an illustrative input is
 * `illustrative`; `inferred` is our reading of the letter.
 */
export const PROVENANCES = ['documented', 'derived', 'inferred', 'illustrative'] as const;
export const provenanceSchema = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof provenanceSchema>;

/** "超300亿元" is `over`: the formatter must never print it as a bare 300亿. */
export const qualifierSchema = z.enum(['exact', 'over', 'approx']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** Money is always integer 万元 on the wire; display units are the formatter's business. */
export const unitSchema = z.enum(['wan-yuan', 'MW', 'GW', 'sets', 'items', 'count', 'km2', 'percent']);
export type Unit = z.infer<typeof unitSchema>;

/**
 * A number with its provenance. A documented or inferred figure carries the verbatim source quote;
 * an illustrative one carries a note saying what it is instead.
 */
export const figureSchema = z
  .object({
    value: z.number(),
    unit: unitSchema,
    qualifier: z._default(qualifierSchema, 'exact'),
    provenance: provenanceSchema,
    quote: z.optional(z.string().check(z.minLength(1))),
    /** How a derived figure was computed from documented ones, e.g. "50亿元 + 15亿元". */
    formula: z.optional(textSchema),
  })
  .check(
    z.refine((f) => (f.provenance !== 'documented' && f.provenance !== 'inferred') || !!f.quote, {
      message: 'documented and inferred figures need a source quote',
      path: ['quote'],
    }),
    z.refine((f) => f.provenance !== 'derived' || !!f.formula, {
      message: 'derived figures need their formula',
      path: ['formula'],
    }),
    z.refine((f) => f.unit !== 'wan-yuan' || Number.isInteger(f.value), {
      message: 'money is integer 万元',
      path: ['value'],
    }),
  );
export type Figure = z.infer<typeof figureSchema>;

/** A statement (not a number) with its source quote; a reading also says what was read, and from which words. */
export const factSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    text: textSchema,
    quote: z.string().check(z.minLength(1)),
    provenance: z.enum(['documented', 'inferred']),
    reading: z.optional(textSchema),
  })
  .check(z.refine((f) => f.provenance !== 'inferred' || !!f.reading, { message: 'a reading says what was read', path: ['reading'] }));
export type Fact = z.infer<typeof factSchema>;

/** Every resource states the date its data describes; time-based figures are computed at this date. */
export const envelope = <T extends z.core.$ZodShape>(shape: T) =>
  z.object({ asOf: isoDateSchema, ...shape });

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.optional(z.string()) }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
