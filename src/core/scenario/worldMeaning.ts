// Meaning checks for the living world's parts of a scenario: the tiered regime's parameters (and, with the
// dilemmas, their options). Kept apart from the general checks in meaning.ts.
import type { Problem } from "../problems";
import type { Scenario, ScenarioEvent } from "./schema";

type Add = (path: string, message: string, extra?: Omit<Problem, "path" | "message">) => void;

export function tieredProblems(s: Pick<Scenario, "tiered" | "countries">, add: Add): void {
  const t = s.tiered;
  if (t.g2gCap < t.tier2Cap) add("tiered.g2gCap", "a government-to-government agreement cannot lower a country's cap", { expected: `at least tier2Cap (${t.tier2Cap})`, found: String(t.g2gCap), hint: "the rule doubled the cap: about 99,802 against 49,901" });
  tier2List(s, "g2gCountries", ", so the Tier 2 cap never applied to it", add);
  tier2List(s, "nveuCountries", ": National VEU allowances were for data centres in Tier 2 countries", add);
  if ((t.nveuCountries ?? []).length > 0 && !t.nveuCap) add("tiered.nveuCap", "countries host a National VEU data centre, but its allowance is 0", { expected: "the National VEU allowance (about 320,000 H100e over two years)", found: "0" });
}

function tier2List(s: Pick<Scenario, "tiered" | "countries">, field: "g2gCountries" | "nveuCountries", why: string, add: Add): void {
  const seen: Record<string, true> = Object.create(null) as Record<string, true>;
  (s.tiered[field] ?? []).forEach((id, i) => {
    const path = `tiered.${field}[${i}]`;
    const country = s.countries.find((c) => c.id === id);
    if (!country) add(path, `unknown country "${id}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(id) });
    else if (country.formerTier !== 2) add(path, `"${id}" was not Tier 2${why}`, { expected: "a Tier 2 country", found: `Tier ${country.formerTier}` });
    if (seen[id]) add(path, `"${id}" is listed twice`, { expected: "each country once", found: JSON.stringify(id) });
    seen[id] = true;
  });
}

/** Dilemmas: options unique, a default among them, effects that do something to things that exist. */
export function dilemmaProblems(events: readonly { at: number; value: ScenarioEvent }[], has: (id: string) => boolean, add: Add): void {
  events.forEach(({ at: i, value: event }) => {
    const at = `events[${i}]`;
    const choice = event.choice;
    if (!choice) {
      if (event.effects.length === 0) add(`${at}.effects`, "an event with no effects and no choice does nothing", { expected: "at least one effect, or a \"choice\"", found: "an empty list" });
      return;
    }
    const ids: Record<string, true> = Object.create(null) as Record<string, true>;
    choice.options.forEach((option, j) => {
      const path = `${at}.choice.options[${j}]`;
      if (ids[option.id]) add(`${path}.id`, `the option id "${option.id}" is used twice in this dilemma`, { expected: "unique option ids", found: JSON.stringify(option.id) });
      ids[option.id] = true;
      option.effects.forEach((effect, k) => {
        if ((effect.kind === "track" || effect.kind === "country" || effect.kind === "compliance") && effect.add === 0) add(`${path}.effects[${k}].add`, "an effect that adds 0 does nothing", { expected: "a non-zero amount", found: "0" });
        if (effect.kind !== "track" && !has(effect.country)) add(`${path}.effects[${k}].country`, `unknown country "${effect.country}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(effect.country), hint: "a misspelt code, or a country not (yet) listed in \"countries\"" });
      });
    });
    if (!ids[choice.default]) add(`${at}.choice.default`, `the default "${choice.default}" is not one of the options`, { expected: `one of ${choice.options.map((o) => `"${o.id}"`).join(", ")}`, found: JSON.stringify(choice.default), hint: "the default applies when the player does not answer: it must name an option" });
  });
}
