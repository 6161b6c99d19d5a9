/**
 * The one number formatter: KPIs, axes, tooltips, tables, CSV and exports all go through here,
 * so 319.3亿元 reads the same everywhere and "超300亿元" is never shown as a bare 300亿.
 */
import type { Qualifier, Unit } from '@/contract/schemas';

export type Lang = 'zh' | 'en';
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * No-break space: a number stays on one line with its unit, so "over CNY 30 bn" never leaves "bn" alone.
 * The qualifier keeps a plain space: where even the amount barely fits (a phone's KPI tile), the line breaks
 * after "over" instead of inside "bn" (body's overflow-wrap: anywhere splits an unbreakable run that does not
 * fit). Chinese writes most units without a space (319.3亿元) and needs none. Tests compare through
 * normalizeSpaces (tests/lib/spaces.ts).
 */
export const NBSP = '\u00a0';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions = {}) {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Chinese convention writes 1000 MW, not 1,000 MW; five digits and up are grouped. Not useGrouping 'min2':
 * Chrome 87 / Safari 14 read any string there as true and would group 1,000. The test is on the rounded
 * value, so 9999.999 groups as the 10,000 it prints.
 */
export function formatNumber(value: number, lang: Lang, maxDigits = 2): string {
  const rounded = Math.abs(Number(value.toFixed(maxDigits)));
  return nf(lang, { maximumFractionDigits: maxDigits, useGrouping: rounded >= 10_000 }).format(value);
}

export const formatPercent = (ratio: number, lang: Lang, digits = 1) =>
  nf(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);

interface MoneyOptions {
  /** Axis ticks: drop 元 / CNY to save room; the axis label carries the unit. */
  compact?: boolean;
}

/**
 * How an amount reads in each language: Chinese in 亿 and 万, English in bn and mn of CNY. The one place the
 * number formatter differs by language beyond its locale; everything below looks the language up here.
 */
interface MoneyLocale {
  /** The amount in its display scale, and the scale word ('' for plain yuan). */
  scale: (wan: number) => [number, string];
  write: (n: string, scale: string, compact: boolean) => string;
  /** The unrounded amount, for tooltips. */
  exact: (wan: number) => string;
  axisUnit: (maxWan: number) => MoneyUnit;
  inUnit: (n: string, unit: MoneyUnit) => string;
  over: (text: string) => string;
  approx: (text: string) => string;
}

const MONEY: Record<Lang, MoneyLocale> = {
  zh: {
    scale: (wan) => (Math.abs(wan) >= 10_000 ? [wan / 10_000, '亿'] : [wan, '万']),
    write: (n, scale, compact) => `${n}${scale}${compact ? '' : '元'}`,
    exact: (wan) => `${formatNumber(wan, 'zh', 0)}万元`,
    axisUnit: (maxWan) => (maxWan >= 10_000 ? '亿元' : '万元'),
    inUnit: (n, unit) => `${n}${unit}`,
    over: (text) => `${text}以上`,
    approx: (text) => `约${text}`,
  },
  en: {
    scale: (wan) => {
      const abs = Math.abs(wan);
      return abs >= 100_000 ? [wan / 100_000, 'bn'] : abs >= 100 || abs === 0 ? [wan / 100, 'mn'] : [wan * 10_000, ''];
    },
    write: (n, scale, compact) => (compact ? (scale ? `${n}${NBSP}${scale}` : n) : scale ? `CNY${NBSP}${n}${NBSP}${scale}` : `CNY${NBSP}${n}`),
    exact: (wan) => `CNY${NBSP}${formatNumber(wan * 10_000, 'en', 0)}`,
    axisUnit: (maxWan) => (maxWan >= 100_000 ? 'CNY bn' : 'CNY mn'),
    inUnit: (n, unit) => `CNY${NBSP}${n}${NBSP}${unit.slice('CNY '.length)}`,
    over: (text) => `over ${text}`,
    approx: (text) => `about ${text}`,
  },
};

/** Money arrives as integer 万元. Chinese reads in 亿 and 万; English in bn and mn. */
export function formatMoneyWan(wan: number, lang: Lang, { compact = false }: MoneyOptions = {}): string {
  if (compact && wan === 0) return '0'; // an axis origin needs no unit
  const [scaled, scale] = MONEY[lang].scale(wan);
  return MONEY[lang].write(formatNumber(scaled, lang), scale, compact);
}

const UNIT_TEXT: Record<Exclude<Unit, 'wan-yuan' | 'percent'>, Record<Lang, (n: string) => string>> = {
  MW: { zh: (n) => `${n}${NBSP}MW`, en: (n) => `${n}${NBSP}MW` },
  GW: { zh: (n) => `${n}${NBSP}GW`, en: (n) => `${n}${NBSP}GW` },
  sets: { zh: (n) => `${n}台套`, en: (n) => `${n}${NBSP}sets` },
  items: { zh: (n) => `${n}项`, en: (n) => `${n}${NBSP}items` },
  count: { zh: (n) => n, en: (n) => n },
  km2: { zh: (n) => `${n}平方公里`, en: (n) => `${n}${NBSP}km²` },
};

export interface Quantity {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
}

/** A value with its unit and qualifier, in the reader's language. */
export function formatQuantity({ value, unit, qualifier = 'exact' }: Quantity, lang: Lang, options: MoneyOptions = {}): string {
  let text: string;
  if (unit === 'wan-yuan') text = formatMoneyWan(value, lang, options);
  else if (unit === 'percent') text = formatPercent(value / 100, lang);
  else text = UNIT_TEXT[unit][lang](formatNumber(value, lang));
  return withQualifier(text, qualifier, lang);
}

function withQualifier(text: string, qualifier: Qualifier, lang: Lang): string {
  if (qualifier === 'over') return MONEY[lang].over(text);
  if (qualifier === 'approx') return MONEY[lang].approx(text);
  return text;
}

/** The unrounded value for tooltips: 3,193,000万元 rather than 319.3亿元. "Over" survives: it is part of the value. */
export function formatExact({ value, unit, qualifier = 'exact' }: Quantity, lang: Lang): string {
  if (unit !== 'wan-yuan') return formatQuantity({ value, unit, qualifier }, lang);
  return withQualifier(MONEY[lang].exact(value), qualifier, lang);
}

export type MoneyUnit = '亿元' | '万元' | 'CNY bn' | 'CNY mn';
const WAN_PER: Record<MoneyUnit, number> = { 亿元: 10_000, 万元: 1, 'CNY bn': 100_000, 'CNY mn': 100 };

/** Unit label for an axis or a table header, from the largest value shown. */
export const moneyAxisUnit = (maxWan: number, lang: Lang): MoneyUnit => MONEY[lang].axisUnit(maxWan);

/**
 * Money in a unit fixed for the whole chart. formatMoneyWan picks 亿 or 万 per value, so one axis could read
 * 2000万…1.2亿 under a label saying 亿元; here every tick is a bare number in the label's unit.
 */
export function formatMoneyIn(wan: number, unit: MoneyUnit, lang: Lang, { withUnit = false } = {}): string {
  const n = formatNumber(wan / WAN_PER[unit], lang);
  if (!withUnit) return n;
  return MONEY[lang].inUnit(n, unit);
}

export interface MoneyScale {
  unit: MoneyUnit;
  /** Axis tick: the number alone, the unit label carries the unit. */
  tick: (wan: number) => string;
  /** Tooltip: the same unit, spelled out. */
  value: (wan: number) => string;
}

/** One money chart's unit, ticks and tooltips, chosen once from the largest value it plots. */
export function moneyScale(maxWan: number, lang: Lang): MoneyScale {
  const unit = moneyAxisUnit(maxWan, lang);
  return { unit, tick: (wan) => formatMoneyIn(wan, unit, lang), value: (wan) => formatMoneyIn(wan, unit, lang, { withUnit: true }) };
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/** ISO date (YYYY-MM-DD or YYYY-MM) in the reader's language; parsed as UTC so no time zone shifts the day. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'month' | 'year' = 'long'): string {
  const key = `${lang}|${style}`;
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], style === 'long'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      // 'short' reads 2024年5月 in zh-CN and May 2024 in en-GB; zh 'numeric' gave the ambiguous 2024/5.
      : style === 'month' ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
        // A ledger's date given as a year alone: 2024年 / 2024.
        : { year: 'numeric', timeZone: 'UTC' });
    dateCache.set(key, f);
  }
  const date = new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : f.format(date);
}
