// The tiers of the rescinded AI Diffusion rule (90 FR 4544, January 15, 2025), as far as they are sourced.
// A scenario whose countries the rule named must give them the tier the rule gave, unless it declares
// "customTiers": true (a fictional or counterfactual world).

/** Tier 1: exactly 18 destinations, 17 countries plus Taiwan, in addition to the United States. */
export const TIER1_DESTINATIONS = [
  "AU", "BE", "CA", "DK", "FI", "FR", "DE", "IE", "IT",
  "JP", "NL", "NZ", "NO", "KR", "ES", "SE", "TW", "GB",
] as const;

/**
 * Tier 3: Country Group D:5 (arms-embargoed countries) plus Macau. The full count is unverified (sources say
 * 22, or "23 plus Macau"); these are the members no source disputes. Hong Kong is treated as China for
 * export controls since 2020. Other countries may also be Tier 3 in a scenario; these must be.
 */
export const TIER3_KNOWN = ["CN", "HK", "MO", "RU", "IR", "KP", "BY", "VE", "CU", "SY", "MM", "AF"] as const;

export function ruleTierOf(id: string): 1 | 3 | null {
  if ((TIER1_DESTINATIONS as readonly string[]).includes(id)) return 1;
  if ((TIER3_KNOWN as readonly string[]).includes(id)) return 3;
  return null;
}
