// The turn report's "decide now" line in both languages: decisions counted with their plural, the ones due
// this month said only when there are some, and each language's list punctuation (French spaces its ";").
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { formatMessage, type Params } from "../../src/i18n/format";

const say = (locale: "en" | "fr", key: keyof typeof en, params: Params = {}) =>
  formatMessage((locale === "en" ? en : fr)[key] ?? "", params, { locale, number: (n) => String(n) });

describe("the decide-now line", () => {
  it("counts open decisions and those due this month", () => {
    expect(say("en", "summary.decisions", { count: 1, due: 0 })).toBe("1 decision waits for your answer (Decisions, D)");
    expect(say("en", "summary.decisions", { count: 3, due: 2 })).toBe("3 decisions wait for your answer, 2 by the end of this month (Decisions, D)");
    expect(say("fr", "summary.decisions", { count: 1, due: 1 })).toBe("1 décision attend votre réponse, dont 1 avant la fin du mois (Décisions, D)");
    expect(say("fr", "summary.decisions", { count: 2, due: 0 })).toBe("2 décisions attendent votre réponse (Décisions, D)");
  });

  it("separates items as each language punctuates", () => {
    expect(say("en", "summary.separator")).toBe("; ");
    expect(say("fr", "summary.separator")).toBe(" ; ");
  });
});
