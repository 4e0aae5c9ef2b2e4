// The rival as an actor. It resents US controls (grievance rises with entity listings, crackdowns and
// denied sales) and, past a point, retaliates as China did in 2025 (export controls on critical minerals,
// orders of US chips cancelled); it courts countries the US leaves waiting with Huawei Ascend shipments,
// which cut their dependence on US chips and tie them closer to it. Its compute grows in turn.ts from
// domestic chips, diversion and licensed sales.
import { changeCountry, changeTrack, countryOf, record, type StepContext } from "./context";
import { mulDiv, PER_MILLE, stepTowards } from "./math";
import { stream } from "./rng";
import type { CountryState, LedgerEntry } from "./state";

export const GRIEVANCE = { entityList: 18, crackdown: 5, adversaryLicenceDenied: 3 } as const;
/** Grievance at which retaliation becomes possible, and how fast it fades each month (per-mille of the gap to its rest). */
export const RETALIATION_THRESHOLD = 60;
const GRIEVANCE_REST = 15;
const GRIEVANCE_FADE_PM = 120;
/** Countries getting less than this share of their demand (per-mille), with no deal, are courted. */
const COURTING_BELOW_PM = 500;

export function aggrieve(ctx: StepContext, amount: number, why: string, country?: string): void {
  const params: LedgerEntry["params"] = { why };
  changeTrack(ctx, "rivalGrievance", amount, "rival-grievance", params, country);
}

/** The rival's move at the end of a month, after shipments. `metPm` is each country's share of demand met. */
export function rivalMoves(ctx: StepContext, metPm: Record<string, number>): void {
  const state = ctx.state;
  retaliate(ctx);
  changeTrack(ctx, "rivalGrievance", stepTowards(state.tracks.rivalGrievance, GRIEVANCE_REST, GRIEVANCE_FADE_PM), "grievance-fades");
  for (const profile of state.scenario.countries) {
    if (profile.adversary || profile.ally) continue;
    const country = state.countries[profile.id];
    const met = metPm[profile.id];
    if (!country || country.deal || met === undefined || country.demand === 0 || met >= COURTING_BELOW_PM) continue;
    court(ctx, countryOf(ctx, profile.id), met);
  }
}

function retaliate(ctx: StepContext): void {
  const state = ctx.state;
  const grievance = state.tracks.rivalGrievance;
  if (grievance < RETALIATION_THRESHOLD) return;
  const rng = stream(state.seed, "rival", "retaliation", state.turn);
  if (!rng.chancePm((grievance - 50) * 20)) return;
  if (rng.int(2) === 0) {
    // Export controls on critical minerals: industry and allies' supply chains pay.
    ctx.events.push({ type: "retaliation", kind: "controls" });
    changeTrack(ctx, "industryPressure", 8, "rival-retaliation", { kind: "controls" });
    changeTrack(ctx, "alliedTrust", -3, "rival-retaliation", { kind: "controls" });
    changeTrack(ctx, "politicalCapital", -4, "rival-retaliation", { kind: "controls" });
  } else {
    // Its firms told to cancel orders of US chips: licensed sales dry up and its own chips get the market.
    ctx.events.push({ type: "retaliation", kind: "purchase-ban" });
    for (const profile of state.scenario.countries) {
      if (!profile.adversary) continue;
      const country = countryOf(ctx, profile.id);
      const cut = mulDiv(country.demand, 300, PER_MILLE);
      if (cut === 0) continue;
      country.demand -= cut;
      record(ctx, { track: "demand", country: country.id, delta: -cut, cause: "rival-purchase-ban" });
    }
    changeTrack(ctx, "industryPressure", 5, "rival-purchase-ban");
    changeTrack(ctx, "alternativeMaturity", 25, "rival-purchase-ban");
  }
  changeTrack(ctx, "rivalGrievance", -40, "rival-retaliation");
}

/** Huawei Ascend shipments to a country left waiting: less dependent on US chips, closer to the rival. */
function court(ctx: StepContext, country: CountryState, metPm: number): void {
  // The more of its demand goes unmet, the more Ascend chips it buys. (Its own shortfall only: a decision
  // about another country leaves this one's path, and its keyed draws, unchanged.)
  const pull = PER_MILLE - metPm;
  const dependenceLost = Math.min(country.dependence - 300, Math.floor(pull / 40));
  if (dependenceLost > 0) {
    country.dependence -= dependenceLost;
    record(ctx, { track: "dependence", country: country.id, delta: -dependenceLost, cause: "rival-courting", params: { metPm, chips: mulDiv(country.demand, PER_MILLE - metPm, PER_MILLE) } });
  }
  const ties = Math.min(1000 - country.adversaryTies, Math.floor(pull / 80));
  if (ties > 0) {
    country.adversaryTies += ties;
    record(ctx, { track: "adversaryTies", country: country.id, delta: ties, cause: "rival-courting", params: { metPm } });
  }
  if (pull >= 700) changeCountry(ctx, country, "relations", -1, "rival-courting");
}
