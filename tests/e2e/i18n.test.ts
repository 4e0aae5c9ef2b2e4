// The French catalogue covers every English message with the same placeholders, so switching language
// never shows an English fallback or a raw "{name}".
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { LEDGER_CAUSES } from "../../src/core";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("French has every English key", () => {
    expect(Object.keys(en).filter((key) => !(key in fr))).toEqual([]);
  });

  it("every ledger cause the core can record has a sentence", () => {
    expect(LEDGER_CAUSES.filter((cause) => !(`cause.${cause}` in en))).toEqual([]);
  });

  it("French messages use the same placeholders as English", () => {
    const mismatched = Object.entries(en)
      .filter(([key, text]) => JSON.stringify(placeholders(fr[key as keyof typeof en] ?? text)) !== JSON.stringify(placeholders(text)))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
