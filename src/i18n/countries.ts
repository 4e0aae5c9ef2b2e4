// Grammar of country names: French needs each name's gender, number and whether it takes an article
// (l'Inde, le Qatar, les Émirats arabes unis, Singapour); English needs "the" before a few (the Netherlands).
// Names not listed are guessed from their spelling (a final -e is feminine, a final -s plural), which
// is right for most of the world's names.
import type { Gender, Noun } from "./format";

const FEMININE = new Set([
  "IN", "CN", "FR", "DE", "IE", "SE", "PL", "SA", "MY", "TH", "ID", "TR", "EG", "AU", "KR", "KP", "RU", "BY",
  "IT", "ES", "NO", "FI", "CH", "BE", "AT", "GR", "HU", "RO", "CZ", "NZ", "AR", "CO", "JO", "ZA", "UA", "LT",
  "LV", "EE", "SK", "SI", "HR", "BG", "RS", "DZ", "TN", "LY", "SY", "MN", "GE", "AM", "ET", "TZ", "MA",
]);
const MASCULINE = new Set([
  "JP", "GB", "CA", "MX", "QA", "KW", "VN", "KZ", "BR", "IR", "PK", "BD", "LK", "NP", "MM", "KH", "LA", "PT",
  "DK", "LU", "CL", "PE", "VE", "UY", "PY", "EC", "IQ", "LB", "YE", "NG", "KE", "SN", "GH", "CM", "MZ", "ZW",
  "UZ", "TM", "KG", "TJ", "AZ", "AF", "BT", "BZ", "CU", "HT",
]);
const PLURAL: Record<string, Gender> = { AE: "m", NL: "m", US: "m", PH: "f", MV: "f", KM: "f", SC: "f", BS: "f", FJ: "f" };
/** No article in French: à Singapour, d'Israël. */
const NO_ARTICLE_FR = new Set(["SG", "IL", "TW", "BH", "OM", "CU", "MT", "MC", "HK", "MO", "CY", "SM", "NR", "TO"]);
/** "the" in English. */
const THE_EN = new Set(["AE", "GB", "NL", "PH", "US", "BS", "GM", "CF", "CD", "CG", "DO", "KM", "MH", "SB", "SC", "VA", "KY", "MV"]);

export function countryNoun(id: string, name: string, locale: string): Noun {
  if (locale !== "fr") return { kind: "noun", text: name, gender: "m", plural: false, article: THE_EN.has(id) && !/^the /i.test(name) };
  const plural = PLURAL[id];
  if (plural) return { kind: "noun", text: name, gender: plural, plural: true, article: true };
  const article = !NO_ARTICLE_FR.has(id);
  if (FEMININE.has(id)) return { kind: "noun", text: name, gender: "f", plural: false, article };
  if (MASCULINE.has(id)) return { kind: "noun", text: name, gender: "m", plural: false, article };
  const word = name.split(/[\s-]/)[0] ?? name;
  if (/s$/i.test(word) && word.length > 4) return { kind: "noun", text: name, gender: /es$/i.test(word) ? "f" : "m", plural: true, article };
  return { kind: "noun", text: name, gender: /e$/i.test(word) ? "f" : "m", plural: false, article };
}
