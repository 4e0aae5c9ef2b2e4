// The message format: a small subset of ICU MessageFormat, enough for two languages and no library to
// download. A template holds
//   {name}                         a value (numbers are formatted for the locale, nouns get their article)
//   {name:form}                    a noun in a grammatical form: de, à, en (French contractions), Le (capitalised), bare
//   {name, plural, one {…} other {…}}   plural categories from Intl.PluralRules; # is the number; =0 {…} exact
//   {name, select, f {…} pl {…} other {…}}  a choice; a noun selects on its gender and number (m, f, pl)
// Text from files (scenario titles, country names) is bidi-isolated wherever it is substituted, so a
// right-to-left override in a file can never turn the game's own words around.
export type Gender = "m" | "f";

/** A country name with what French needs to put an article and a preposition in front of it. */
export interface Noun {
  readonly kind: "noun";
  readonly text: string;
  readonly gender: Gender;
  readonly plural: boolean;
  /** Takes the definite article (l'Inde, le Qatar); city-states and a few islands do not (Singapour, Israël). */
  readonly article: boolean;
}

export type Value = string | number | Noun;
export type Params = Record<string, Value>;

const FSI = "\u2068";
const PDI = "\u2069";
/** Strong right-to-left letters and the explicit bidi controls (embeddings, overrides, isolates, marks). */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Wraps text that could reorder its surroundings in a first-strong isolate; plain Latin text is left as is. */
export function isolate(text: string): string {
  if (!BIDI_SENSITIVE.test(text)) return text;
  if (text.startsWith(FSI) && text.endsWith(PDI) && !text.slice(1, -1).includes(PDI)) return text;
  // A stray pop-directional-isolate inside would close the isolate early: drop it.
  return FSI + text.replace(/[\u2069]/g, "") + PDI;
}

const ELIDES = /^[aeiouyàâäéèêëîïôöûü]/i;

function capitalise(text: string): string {
  // Skip a leading isolate mark so "l'Inde" becomes "L'Inde".
  const start = text.startsWith(FSI) ? 1 : 0;
  return text.slice(0, start) + text.charAt(start).toUpperCase() + text.slice(start + 1);
}

/** The noun with its article or preposition, in French. */
function frenchForm(noun: Noun, form: string): string {
  const name = isolate(noun.text);
  const elide = ELIDES.test(noun.text);
  const lower = form.toLowerCase();
  let out: string;
  if (lower === "bare") out = name;
  else if (!noun.article) {
    if (lower === "de") out = elide ? `d’${name}` : `de ${name}`;
    else if (lower === "à" || lower === "en") out = `à ${name}`;
    else out = name;
  } else if (noun.plural) {
    out = lower === "de" ? `des ${name}` : lower === "à" || lower === "en" ? `aux ${name}` : `les ${name}`;
  } else if (elide) {
    out = lower === "de" ? `de l’${name}` : lower === "à" ? `à l’${name}` : lower === "en" ? `en ${name}` : `l’${name}`;
  } else if (noun.gender === "f") {
    out = lower === "de" ? `de la ${name}` : lower === "à" ? `à la ${name}` : lower === "en" ? `en ${name}` : `la ${name}`;
  } else {
    out = lower === "de" ? `du ${name}` : lower === "à" || lower === "en" ? `au ${name}` : `le ${name}`;
  }
  return form.charAt(0) !== lower.charAt(0) ? capitalise(out) : out;
}

/** English: "the" where the name needs it (the Netherlands), nothing else changes with the form. */
function englishForm(noun: Noun, form: string): string {
  const name = isolate(noun.text);
  if (form.toLowerCase() === "bare" || !noun.article) return name;
  return form.charAt(0) === form.charAt(0).toUpperCase() && form !== "" ? `The ${name}` : `the ${name}`;
}

export function nounForm(noun: Noun, form: string, locale: string): string {
  return locale === "fr" ? frenchForm(noun, form) : englishForm(noun, form);
}

export function selectKey(value: Value | undefined): string {
  if (value === undefined) return "other";
  if (typeof value === "object") return value.plural ? "pl" : value.gender;
  return String(value);
}

/** Splits "one {a {b}} other {c}" into its options. */
function parseOptions(body: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body.charAt(i))) i += 1;
    const open = body.indexOf("{", i);
    if (open < 0) break;
    const key = body.slice(i, open).trim();
    const close = matching(body, open);
    options.set(key, body.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text.charAt(i) === "{") depth += 1;
    else if (text.charAt(i) === "}") {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

export interface FormatEnv {
  locale: string;
  number(value: number): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

function valueText(value: Value, env: FormatEnv): string {
  if (typeof value === "number") return env.number(value);
  if (typeof value === "string") return isolate(value);
  return nounForm(value, "", env.locale);
}

/** Fills a template. An unknown placeholder is left as written, so a missing parameter shows in tests. */
export function formatMessage(template: string, params: Params, env: FormatEnv): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matching(template, open);
    const inner = template.slice(open + 1, close);
    out += placeholder(inner, params, env) ?? template.slice(open, close + 1);
    i = close + 1;
  }
  return out;
}

function placeholder(inner: string, params: Params, env: FormatEnv): string | undefined {
  const simple = /^\s*(\w+)\s*(?::\s*([\p{L}]+)\s*)?$/u.exec(inner);
  if (simple) {
    const value = params[simple[1] ?? ""];
    if (value === undefined) return undefined;
    const form = simple[2];
    if (form && typeof value === "object") return nounForm(value, form, env.locale);
    return valueText(value, env);
  }
  const complex = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/.exec(inner);
  if (!complex) return undefined;
  const value = params[complex[1] ?? ""];
  const options = parseOptions(complex[3] ?? "");
  if (complex[2] === "plural") {
    if (typeof value !== "number") return undefined;
    const chosen = options.get(`=${value}`) ?? options.get(pluralCategory(env.locale, value)) ?? options.get("other");
    if (chosen === undefined) return undefined;
    return formatMessage(chosen.replace(/#/g, env.number(value)), params, env);
  }
  const chosen = options.get(selectKey(value)) ?? options.get("other");
  return chosen === undefined ? undefined : formatMessage(chosen, params, env);
}

/** Every placeholder name a template uses (for the catalogue tests). */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  const scan = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf("{", i);
      if (open < 0) break;
      const close = matching(text, open);
      const inner = text.slice(open + 1, close);
      const simple = /^\s*(\w+)\s*(?::\s*[\p{L}]+\s*)?$/u.exec(inner);
      const complex = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/.exec(inner);
      if (simple?.[1]) names.add(simple[1]);
      else if (complex?.[1]) {
        names.add(complex[1]);
        for (const option of parseOptions(complex[3] ?? "").values()) scan(option);
      }
      i = close + 1;
    }
  };
  scan(template);
  return [...names].sort();
}
