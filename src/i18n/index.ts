// The message catalogue: every string shown to people goes through `t`, numbers and dates through Intl.
// English is complete; another language falls back to English key by key, so a partial translation
// never shows a raw key.
import { en, type MessageKey } from "./en";
import { formatMessage, isolate, type Params } from "./format";
import { countryNoun } from "./countries";

export type { MessageKey, Params };
export type { Noun, Value } from "./format";
export { isolate, placeholderNames } from "./format";
export type Locale = "en" | "fr";
type Catalogue = Partial<Record<MessageKey, string>>;

let locale: Locale = "en";
let catalogue: Catalogue = en;

/** French is loaded on demand so English players do not download it. */
export async function setLocale(next: Locale): Promise<void> {
  catalogue = next === "fr" ? (await import("./fr")).fr : en;
  locale = next;
  document.documentElement.lang = next;
}

export function currentLocale(): Locale {
  return locale;
}

/**
 * Looks a message up and fills its placeholders (see format.ts: plurals, selects, French articles);
 * numbers are formatted for the locale, text from files is bidi-isolated.
 */
export function t(key: MessageKey, params: Params = {}): string {
  const template: string | undefined = catalogue[key] ?? en[key];
  if (template === undefined) return key;
  return formatMessage(template, params, { locale, number: (value) => formatNumber(value) });
}

/** Whether the catalogue has a message (optional variants such as a cause worded for a fall). */
export function hasMessage(key: string): key is MessageKey {
  return key in en;
}

/** A country name as a noun that messages can decline: {country}, {country:de}, {country, select, f {…}}. */
export function countryRef(id: string, name: string): ReturnType<typeof countryNoun> {
  return countryNoun(id, name, locale);
}

// Building an Intl.NumberFormat costs far more than formatting with one (a class's charts format thousands
// of numbers): one per locale and options, made on first use.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(options).format(value);
}

/** Large counts such as chips: "1.2M", "350K". */
export function formatCompact(value: number): string {
  return numberFormat({ notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Money in billions of dollars (the core's unit for investment): "$1.4T", "$350B". */
export function formatBillions(value: number): string {
  return formatDollars(value * 1e9);
}

/** Money in millions of dollars (the core's unit for revenue): "$2.9B", "$26M". */
export function formatMillions(value: number): string {
  return formatDollars(value * 1e6);
}

function formatDollars(value: number): string {
  return numberFormat({ style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Per-mille share (the core's unit) shown as a percentage. */
export function formatPerMille(value: number): string {
  return numberFormat({ style: "percent", maximumFractionDigits: 1 }).format(value / 1000);
}

/** A game month "2025-05" as "May 2025". */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  if (monthFormat?.locale !== locale) monthFormat = { locale, format: new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }) };
  return monthFormat.format.format(date);
}
let monthFormat: { locale: Locale; format: Intl.DateTimeFormat } | undefined;

let regionNames: Intl.DisplayNames | undefined;
let regionNamesLocale: Locale | undefined;

/** Country names come from the browser's own CLDR data, in the player's language. */
export function countryName(isoCode: string, fallback?: string): string {
  if (regionNamesLocale !== locale) {
    regionNames = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    regionNamesLocale = locale;
  }
  try {
    return regionNames?.of(isoCode) ?? fallback ?? isoCode;
  } catch {
    return fallback ?? isoCode;
  }
}

/** Scenario text may be a plain string or one string per language. */
export function localized(text: string | { en: string; fr?: string | undefined } | undefined): string {
  if (text === undefined) return "";
  if (typeof text === "string") return isolate(text);
  return isolate((locale === "fr" ? text.fr : undefined) ?? text.en);
}
