// What the player knows about a country, in words. Intelligence figures (adversary ties, hub exposure,
// enforcement, risk) are marked as estimates; the hidden bargaining values are never shown here.
import { findProfile, profileOf, turnDate, type GameState, type CountryState } from "../../core";
import { t, formatMonth, formatCompact, formatPerMille, formatNumber, localized, countryName, countryRef, currentLocale, isolate, type MessageKey, type Noun } from "../../i18n";
import { el } from "../dom";
import { dealStatusOf, estimatedRiskPm, type LayerId } from "../map/layers";

/**
 * A country's name: the scenario's own (as the CLI prints it), in the player's language when the scenario
 * gives one; otherwise the browser's name for the code in that language.
 */
export function nameOf(state: GameState, id: string): string {
  const own = findProfile(state, id)?.name;
  if (own === undefined) return countryName(id, id);
  if (currentLocale() === "en") return localized(own);
  if (typeof own === "object" && own.fr) return isolate(own.fr);
  return countryName(id, localized(own));
}

/** The name as a noun for messages, so French can write de l'Inde, du Qatar, aux Émirats arabes unis. */
export function nounOf(state: GameState, id: string): Noun {
  return countryRef(id, nameOf(state, id));
}

export function statusLabel(state: GameState, country: CountryState): string {
  const status = dealStatusOf(state, country);
  if (status === "cooldown") return t("status.cooldown", { turn: country.cooldownUntil + 1 });
  return t(`status.${status}` as MessageKey);
}

export function describeCountryBrief(state: GameState, id: string, layer: LayerId): string {
  const country = state.countries[id];
  if (!country) return "";
  const profile = profileOf(state, id);
  const parts = [t("facts.formerTierShort", { tier: profile.formerTier }), statusLabel(state, country)];
  if (!profile.adversary) parts.push(t("facts.riskShort", { rate: formatPerMille(estimatedRiskPm(state, country)) }));
  if (layer === "deal" && country.deal) parts.push(t("facts.chipsPerMonth", { chips: formatCompact(country.deal.terms.chips), count: country.deal.terms.chips }));
  return parts.join(" · ");
}

function row(label: string, value: string | Node, estimate = false): HTMLElement[] {
  return [el("dt", {}, label), el("dd", { class: estimate ? "estimate" : undefined, title: estimate ? t("facts.estimateNote") : undefined }, value)];
}

function meter(perMille: number): HTMLElement {
  // A 6em track: the bar's length is the share, the number beside it says the same in words.
  return el("span", { class: "bar", style: `width:${((6 * perMille) / 1000).toFixed(2)}em`, "aria-hidden": "true" });
}

export function factList(state: GameState, country: CountryState): HTMLElement {
  const profile = profileOf(state, country.id);
  const share = (value: number) => el("span", {}, formatPerMille(value), meter(value));
  return el(
    "dl",
    { class: "facts" },
    row(t("facts.formerTier"), t(`layer.tier.${profile.formerTier}` as MessageKey)),
    profile.role ? row(t("facts.role"), localized(profile.role)) : null,
    row(t("facts.demand"), t("facts.chipsPerMonth", { chips: formatCompact(country.demand), count: country.demand })),
    row(t("facts.dependence"), share(country.dependence)),
    row(t("facts.adversaryTies"), share(country.adversaryTies), true),
    row(t("facts.hubExposure"), share(country.hubExposure), true),
    row(t("facts.enforcement"), share(country.enforcement), true),
    row(t("facts.relations"), t("facts.outOf100", { value: country.relations })),
    profile.adversary ? null : row(t("facts.risk"), t("facts.riskValue", { rate: formatPerMille(estimatedRiskPm(state, country)) }), true),
    row(t("facts.shipped"), t("facts.shippedValue", { chips: formatNumber(country.shipped) })),
    country.divertedDetected > 0 ? row(t("facts.detected"), t("facts.detectedValue", { chips: country.divertedDetected })) : null,
    country.crackdownUntil > state.turn ? row(t("facts.crackdown"), t("facts.until", { month: formatMonth(turnDate(state.scenario.startDate, country.crackdownUntil - 1)) })) : null,
    country.entityListed ? row(t("facts.entityListed"), t("common.yes")) : null,
    // Under the tiered rule nobody bargains: a bottom line would mean nothing there.
    state.policy === "tiered" || profile.adversary ? null : row(t("facts.bottomLine"), t("facts.bottomLineHidden")),
  );
}
