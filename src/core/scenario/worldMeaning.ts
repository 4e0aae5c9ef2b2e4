// Meaning checks for the living world's parts of a scenario: the tiered regime's parameters (and, with the
// dilemmas, their options). Kept apart from the general checks in meaning.ts.
import type { Problem } from "../problems";
import type { Scenario } from "./schema";

type Add = (path: string, message: string, extra?: Omit<Problem, "path" | "message">) => void;

export function tieredProblems(s: Pick<Scenario, "tiered" | "countries">, add: Add): void {
  const t = s.tiered;
  if (t.g2gCap < t.tier2Cap) add("tiered.g2gCap", "a government-to-government agreement cannot lower a country's cap", { expected: `at least tier2Cap (${t.tier2Cap})`, found: String(t.g2gCap), hint: "the rule doubled the cap: about 99,802 against 49,901" });
  const seen: Record<string, true> = Object.create(null) as Record<string, true>;
  t.g2gCountries.forEach((id, i) => {
    const path = `tiered.g2gCountries[${i}]`;
    const country = s.countries.find((c) => c.id === id);
    if (!country) add(path, `unknown country "${id}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(id) });
    else if (country.formerTier !== 2) add(path, `"${id}" was not Tier 2, so the Tier 2 cap never applied to it`, { expected: "a Tier 2 country", found: `Tier ${country.formerTier}` });
    if (seen[id]) add(path, `"${id}" is listed twice`, { expected: "each country once", found: JSON.stringify(id) });
    seen[id] = true;
  });
}
