// Allies watch how the US treats others: chips licensed to the adversary, and generous deals without
// location verification for risky non-allies (precedents that leak to the rival), cost their trust month
// after month. Treat allies as allies and trust recovers towards how well they are supplied (turn.ts).
import { changeCountry, changeTrack, countryOf, type StepContext } from "./context";
import { exposureOf } from "./leakage";

/** Exposure from which a deal without location verification worries allies. */
export const LAX_DEAL_EXPOSURE = 400;

export function alliesReact(ctx: StepContext, toAdversary: number): void {
  const state = ctx.state;
  const allies = state.scenario.countries.filter((c) => c.ally);
  if (toAdversary > 0) {
    const params = { chips: toAdversary };
    changeTrack(ctx, "alliedTrust", -Math.min(4, 1 + Math.floor(toAdversary / 10_000)), "allies-object-adversary-sales", params);
    for (const ally of allies) changeCountry(ctx, countryOf(ctx, ally.id), "relations", -1, "allies-object-adversary-sales", params);
  }
  const lax = state.scenario.countries
    .filter((c) => !c.ally && !c.adversary)
    .map((c) => state.countries[c.id])
    .filter((c) => c !== undefined && c.deal !== null && !c.deal.terms.conditions.locationVerification && exposureOf(c) >= LAX_DEAL_EXPOSURE)
    .map((c) => c?.id ?? "");
  if (lax.length > 0) changeTrack(ctx, "alliedTrust", -Math.min(3, lax.length), "allies-fear-lax-deals", { countries: lax });
}
