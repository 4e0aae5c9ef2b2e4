// The map's layers: how a country is coloured (and hatched — colour is never the only signal) for deal
// status, former tier, or estimated leakage risk. Pure functions of the core state: no rules here, the
// risk estimate is the core's own formula applied to what the player can see.
import { expectedRiskPm, profileOf, type GameState, type CountryState } from "../../core";
import type { MessageKey } from "../../i18n";
import { palette, cssColour } from "../palette";

export type LayerId = "deal" | "tier" | "risk";
export const LAYERS: LayerId[] = ["deal", "tier", "risk"];

export type Texture = "solid" | "stripes" | "cross";

export interface Category {
  key: string;
  label: MessageKey;
  colour: number;
  texture: Texture;
}

export type DealStatus = "deal" | "negotiating" | "cooldown" | "none" | "adversary";

export function dealStatusOf(state: GameState, country: CountryState): DealStatus {
  if (profileOf(state, country.id).adversary) return "adversary";
  if (country.deal) return "deal";
  if (country.negotiation) return "negotiating";
  if (country.cooldownUntil > state.turn) return "cooldown";
  return "none";
}

/** Expected diversion rate (per-mille) of the chips this country would receive this month. */
export function estimatedRiskPm(state: GameState, country: CountryState): number {
  return expectedRiskPm(state, country);
}

export function riskBucket(state: GameState, ratePm: number): 0 | 1 | 2 | 3 {
  const max = Math.max(1, state.scenario.globals.maxLeakRate);
  const share = ratePm / max;
  if (share < 0.1) return 0;
  if (share < 0.25) return 1;
  if (share < 0.5) return 2;
  return 3;
}

export function categoriesOf(layer: LayerId): Category[] {
  const p = palette();
  switch (layer) {
    case "deal":
      return [
        { key: "deal", label: "layer.deal.deal", colour: p.dealStatus.deal, texture: "solid" },
        { key: "negotiating", label: "layer.deal.negotiating", colour: p.dealStatus.negotiating, texture: "stripes" },
        { key: "cooldown", label: "layer.deal.cooldown", colour: p.dealStatus.suspended, texture: "stripes" },
        { key: "none", label: "layer.deal.none", colour: p.dealStatus.none, texture: "solid" },
        { key: "adversary", label: "layer.deal.adversary", colour: p.dealStatus.adversary, texture: "cross" },
      ];
    case "tier":
      return [
        { key: "1", label: "layer.tier.1", colour: p.tiers[0], texture: "solid" },
        { key: "2", label: "layer.tier.2", colour: p.tiers[1], texture: "stripes" },
        { key: "3", label: "layer.tier.3", colour: p.tiers[2], texture: "cross" },
      ];
    case "risk":
      return [
        { key: "0", label: "layer.risk.0", colour: p.risk[0], texture: "solid" },
        { key: "1", label: "layer.risk.1", colour: p.risk[1], texture: "solid" },
        { key: "2", label: "layer.risk.2", colour: p.risk[2], texture: "stripes" },
        { key: "3", label: "layer.risk.3", colour: p.risk[3], texture: "cross" },
        // Not the red of "very high risk": adversaries are a different kind of place, not a riskier one.
        { key: "adversary", label: "layer.deal.adversary", colour: p.adversaryMuted, texture: "cross" },
      ];
  }
}

/** The category key of a scenario country in a layer. */
export function categoryKeyOf(layer: LayerId, state: GameState, country: CountryState): string {
  if (layer === "deal") return dealStatusOf(state, country);
  const profile = profileOf(state, country.id);
  if (layer === "tier") return String(profile.formerTier);
  if (profile.adversary) return "adversary";
  return String(riskBucket(state, estimatedRiskPm(state, country)));
}

export function darker(colour: number, factor = 0.55): string {
  const r = Math.round(((colour >> 16) & 0xff) * factor);
  const g = Math.round(((colour >> 8) & 0xff) * factor);
  const b = Math.round((colour & 0xff) * factor);
  return cssColour((r << 16) | (g << 8) | b);
}
