/**
 * The one number formatter: KPIs, axes, tooltips, tables, CSV and exports all go through here,
 * so 319.3亿元 reads the same everywhere and "超300亿元" is never shown as a bare 300亿.
 */
import type { Qualifier, Unit } from '@/contract/schemas';

export type Lang = 'zh' | 'en';
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

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

/** Money arrives as integer 万元. Chinese reads in 亿 and 万; English in bn and mn. */
export function formatMoneyWan(wan: number, lang: Lang, { compact = false }: MoneyOptions = {}): string {
  const abs = Math.abs(wan);
  if (compact && wan === 0) return '0'; // an axis origin needs no unit
  if (lang === 'zh') {
    if (abs >= 10_000) return `${formatNumber(wan / 10_000, lang)}亿${compact ? '' : '元'}`;
    return `${formatNumber(wan, lang)}万${compact ? '' : '元'}`;
  }
  const [scaled, suffix] = abs >= 100_000 ? [wan / 100_000, 'bn'] : abs >= 100 || abs === 0 ? [wan / 100, 'mn'] : [wan * 10_000, ''];
  const n = formatNumber(scaled, lang);
  if (compact) return suffix ? `${n} ${suffix}` : n;
  return suffix ? `CNY ${n} ${suffix}` : `CNY ${n}`;
}

const UNIT_TEXT: Record<Exclude<Unit, 'wan-yuan' | 'percent'>, Record<Lang, (n: string) => string>> = {
  MW: { zh: (n) => `${n} MW`, en: (n) => `${n} MW` },
  GW: { zh: (n) => `${n} GW`, en: (n) => `${n} GW` },
  sets: { zh: (n) => `${n}台套`, en: (n) => `${n} sets` },
  items: { zh: (n) => `${n}项`, en: (n) => `${n} items` },
  count: { zh: (n) => n, en: (n) => n },
  km2: { zh: (n) => `${n}平方公里`, en: (n) => `${n} km²` },
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
  if (qualifier === 'over') return lang === 'zh' ? `${text}以上` : `over ${text}`;
  if (qualifier === 'approx') return lang === 'zh' ? `约${text}` : `about ${text}`;
  return text;
}

/** The unrounded value for tooltips: 3,193,000万元 rather than 319.3亿元. "Over" survives: it is part of the value. */
export function formatExact({ value, unit, qualifier = 'exact' }: Quantity, lang: Lang): string {
  if (unit !== 'wan-yuan') return formatQuantity({ value, unit, qualifier }, lang);
  const text = lang === 'zh' ? `${formatNumber(value, lang, 0)}万元` : `CNY ${formatNumber(value * 10_000, lang, 0)}`;
  return withQualifier(text, qualifier, lang);
}

export type MoneyUnit = '亿元' | '万元' | 'CNY bn' | 'CNY mn';
const WAN_PER: Record<MoneyUnit, number> = { 亿元: 10_000, 万元: 1, 'CNY bn': 100_000, 'CNY mn': 100 };

/** Unit label for an axis or a table header, from the largest value shown. */
export function moneyAxisUnit(maxWan: number, lang: Lang): MoneyUnit {
  if (lang === 'zh') return maxWan >= 10_000 ? '亿元' : '万元';
  return maxWan >= 100_000 ? 'CNY bn' : 'CNY mn';
}

/**
 * Money in a unit fixed for the whole chart. formatMoneyWan picks 亿 or 万 per value, so one axis could read
 * 2000万…1.2亿 under a label saying 亿元; here every tick is a bare number in the label's unit.
 */
export function formatMoneyIn(wan: number, unit: MoneyUnit, lang: Lang, { withUnit = false } = {}): string {
  const n = formatNumber(wan / WAN_PER[unit], lang);
  if (!withUnit) return n;
  return lang === 'zh' ? `${n}${unit}` : `CNY ${n} ${unit.slice('CNY '.length)}`;
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
export function formatDate(iso: string, lang: Lang, style: 'long' | 'month' = 'long'): string {
  const key = `${lang}|${style}`;
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], style === 'long'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      // 'short' reads 2024年5月 in zh-CN and May 2024 in en-GB; zh 'numeric' gave the ambiguous 2024/5.
      : { year: 'numeric', month: 'short', timeZone: 'UTC' });
    dateCache.set(key, f);
  }
  const date = new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : f.format(date);
}
