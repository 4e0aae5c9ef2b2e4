// The message catalogues: French covers every English message with the same placeholders, every template
// renders with every country of the bundled scenarios in both languages (no raw placeholder left, French
// articles and contractions right), and plurals follow Intl.PluralRules.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { en, type MessageKey } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { LEDGER_CAUSES } from "../../src/core";
import { placeholderNames, formatMessage, isolate, type Params } from "../../src/i18n/format";
import { countryNoun } from "../../src/i18n/countries";

const root = resolve(import.meta.dirname, "../..");
const scenarioCountries = ["may-2025", "tutorial"].flatMap((id) => {
  const scenario = JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")) as { countries: { id: string; name: string | { en: string; fr?: string } }[] };
  return scenario.countries;
});

const frenchName = (country: (typeof scenarioCountries)[number]) =>
  (typeof country.name === "object" && country.name.fr) || new Intl.DisplayNames(["fr"], { type: "region" }).of(country.id) || country.id;
const englishName = (country: (typeof scenarioCountries)[number]) => (typeof country.name === "string" ? country.name : country.name.en);

function sampleParams(template: string, country: Params[string], count: number): Params {
  const params: Params = {};
  for (const name of placeholderNames(template)) params[name] = typeof country === "object" && ["country", "peer"].includes(name) ? country : count;
  return params;
}

describe("message catalogues", () => {
  it("French has every English key", () => {
    expect(Object.keys(en).filter((key) => !(key in fr))).toEqual([]);
  });

  it("every ledger cause the core can record has a sentence", () => {
    expect(LEDGER_CAUSES.filter((cause) => !(`cause.${cause}` in en))).toEqual([]);
  });

  it("French messages use the same placeholders as English", () => {
    const mismatched = Object.entries(en)
      .filter(([key, text]) => JSON.stringify(placeholderNames(fr[key as MessageKey] ?? text)) !== JSON.stringify(placeholderNames(text)))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  const rendered: string[] = [];
  afterAll(() => expect(rendered.length).toBeGreaterThan(10_000));

  for (const [locale, catalogue, nameOf] of [["en", en, englishName], ["fr", fr, frenchName]] as const) {
    it(`renders every ${locale} template with every country, in the singular and the plural`, () => {
      const env = { locale, number: (n: number) => new Intl.NumberFormat(locale).format(n) };
      const problems: string[] = [];
      for (const [key, template] of Object.entries(catalogue)) {
        for (const country of scenarioCountries) {
          for (const count of [1, 2]) {
            const text = formatMessage(template, sampleParams(template, countryNoun(country.id, nameOf(country), locale), count), env);
            rendered.push(text);
            if (/\{|\}/.test(text)) problems.push(`${key} (${country.id}): ${text}`);
            if (locale === "fr" && /\b(de|à) (le|les) |\bde [AEIOUÉ]|\b(le|la) [AEIOUÉ]|\bà Le |\(s\)/.test(text)) problems.push(`${key} (${country.id}): ${text}`);
            if (locale === "en" && !key.startsWith("debrief.") && /\(s\)|\b1 (chips|offers|points|requests)\b/.test(text)) problems.push(`${key} (${country.id}): ${text}`);
          }
        }
      }
      expect([...new Set(problems.map((p) => p.replace(/ \(..\):/, ":")))].slice(0, 40)).toEqual([]);
    });
  }
});

describe("French grammar of country names", () => {
  const fr = { locale: "fr", number: (n: number) => String(n) };
  const render = (template: string, id: string, name: string) => formatMessage(template, { country: countryNoun(id, name, "fr") }, fr);
  it("puts the article and contracts it", () => {
    expect(render("{country:de}", "IN", "Inde")).toBe("de l’Inde");
    expect(render("{country:de}", "QA", "Qatar")).toBe("du Qatar");
    expect(render("{country:de}", "AE", "Émirats arabes unis")).toBe("des Émirats arabes unis");
    expect(render("{country:à}", "IN", "Inde")).toBe("à l’Inde");
    expect(render("{country:à}", "QA", "Qatar")).toBe("au Qatar");
    expect(render("{country:à}", "AE", "Émirats arabes unis")).toBe("aux Émirats arabes unis");
    expect(render("{country:à}", "SA", "Arabie saoudite")).toBe("à l’Arabie saoudite");
    expect(render("{country:Le}", "SA", "Arabie saoudite")).toBe("L’Arabie saoudite");
    expect(render("{country:en}", "MY", "Malaisie")).toBe("en Malaisie");
    expect(render("{country:en}", "SG", "Singapour")).toBe("à Singapour");
    expect(render("{country:de}", "IL", "Israël")).toBe("d’Israël");
  });

  it("agrees the verb and the pronoun with the country", () => {
    const template = fr.locale === "fr" ? (frMessages["cause.demand-unmet"]) : "";
    expect(render(template, "SA", "Arabie saoudite")).toBe("L’Arabie saoudite reçoit trop peu des puces dont elle a besoin");
    expect(render(template, "QA", "Qatar")).toBe("Le Qatar reçoit trop peu des puces dont il a besoin");
    expect(render(template, "AE", "Émirats arabes unis")).toBe("Les Émirats arabes unis reçoivent trop peu des puces dont ils ont besoin");
    expect(render(frMessages["reply.counter"], "IN", "Inde")).toBe("L’Inde fait une contre-offre.");
  });

  it("counts with Intl.PluralRules in both languages", () => {
    const count = (locale: string, key: MessageKey, n: number) => formatMessage((locale === "fr" ? frMessages : en)[key], { count: n }, { locale, number: (v) => String(v) });
    expect(count("en", "cause.licences-left-pending", 1)).toBe("1 licence request left waiting");
    expect(count("en", "cause.licences-left-pending", 3)).toBe("3 licence requests left waiting");
    expect(count("fr", "cause.licences-left-pending", 0)).toBe("0 demande de licence laissée en attente");
    expect(count("fr", "cause.licences-left-pending", 2)).toBe("2 demandes de licence laissées en attente");
  });
});

describe("text from files", () => {
  it("is isolated, so a right-to-left override cannot turn the game's own words around", () => {
    const title = "Evil\u202Etitle";
    const text = formatMessage(en["newGame.fileOption"], { title }, { locale: "en", number: String });
    expect(text).toBe(`\u2068${title}\u2069 (from your file)`);
    expect(isolate("plain")).toBe("plain");
    expect(isolate("a\u2069b\u202E")).toBe("\u2068ab\u202E\u2069");
  });
});

const frMessages = fr as Record<MessageKey, string>;
