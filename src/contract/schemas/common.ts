import { z } from 'zod/mini';

/** Bilingual text: the data itself carries both languages so the UI never guesses a translation. */
export const textSchema = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Text = z.infer<typeof textSchema>;

/**
 * Text a real source may give in Chinese only (a ledger's project names, units, parks): the English UI then
 * shows the Chinese, marked as Chinese. The app's own vocabulary and the demo's readings carry both.
 */
export const localTextSchema = z.object({ zh: z.string().check(z.minLength(1)), en: z.optional(z.string().check(z.minLength(1))) });
export type LocalText = z.infer<typeof localTextSchema>;

export const isoDateSchema = z.iso.date();

/**
 * An id a source names things by (categories, parks): ASCII slugs for the demo, or what a real source has, such
 * as a Chinese name. Letters and digits of any script, then also `.`, `_` and `-`; no spaces, commas or markup,
 * so it travels in a comma list in the URL.
 */
export const dataIdSchema = z.string().check(z.regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u));

/** Where a response's figures come from: an official document, the zone's own ledger, or a live service. */
export const SOURCE_KINDS = ['document', 'ledger', 'service'] as const;
export const sourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  /** The document's or the ledger's title, as the source writes it. */
  title: localTextSchema,
  /** Who issued the document, or who keeps the ledger or the service. */
  by: localTextSchema,
  /** The document's date, or the date the ledger or service reported. */
  date: isoDateSchema,
  /** A document's number, or the ledger's file name. */
  reference: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** A ledger loaded in this browser only (not published): the UI says 本地台账 and offers to remove it. */
  local: z.optional(z.boolean()),
});
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];

/** Where a ledger states a figure: its sheet and 1-based row, as Excel numbers them. */
export const rowRefSchema = z.object({ sheet: z.string().check(z.minLength(1)), row: z.number().check(z.int(), z.positive()) });
export type RowRef = z.infer<typeof rowRefSchema>;

/**
 * Where a value comes from. `documented` values are stated by the response's source (a document's words, with
 * the quote; a ledger's cells, with the sheet row); `derived` ones are computed from documented ones alone (and
 * carry the formula); anything with an illustrative input is `illustrative`; `inferred` is our reading of the source.
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
    /** A ledger's figure: the row that states it. */
    row: z.optional(rowRefSchema),
    /** How a derived figure was computed from documented ones, e.g. "50亿元 + 15亿元". */
    formula: z.optional(textSchema),
  })
  .check(
    z.refine((f) => (f.provenance !== 'documented' && f.provenance !== 'inferred') || !!f.quote || !!f.row, {
      message: 'documented and inferred figures need a source quote or a ledger row',
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

/**
 * Every resource states where its figures come from and the date its data describes; time-based figures are
 * computed at this date, and each panel shows its own.
 */
export const envelope = <T extends z.core.$ZodShape>(shape: T) =>
  z.object({ asOf: isoDateSchema, source: sourceSchema, ...shape });

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.optional(z.string()) }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
